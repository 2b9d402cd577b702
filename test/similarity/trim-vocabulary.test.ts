import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { toJson } from '../../src/export/to-json.js';
import { scoreTexts } from '../../src/score-texts.js';
import { trimVocabulary, vocabularyGeneration } from '../../src/similarity/match-words.js';
import { CORPUS_PAIR, corpusInput } from '../support/corpus.js';

const P: [string, string] = ['Nine people died when the bridge collapsed.', '9 people were killed as the bridge fell.'];
const Q: [string, string] = ['Quarterly revenue at the brewery rose sharply.', 'Brewery revenue rose sharply in the quarter.'];

describe('trimVocabulary (a long-running process does not keep every word it met)', () => {
  it('starts the interned-id tables afresh, and scores and comparisons stay the same', () => {
    trimVocabulary(0);
    const generation = vocabularyGeneration();
    // P's words take the first ids and fill the background weight table there; then Q's.
    const p = scoreTexts(...P);
    const q = scoreTexts(...Q);
    trimVocabulary(0);
    expect(vocabularyGeneration()).toBe(generation + 1);
    // Now Q's words take the first ids: the table that outlives comparisons must not give them P's weights.
    expect(scoreTexts(...Q)).toEqual(q);
    expect(scoreTexts(...P)).toEqual(p);
    const pair = CORPUS_PAIR.map(corpusInput);
    const before = toJson(compare(pair));
    trimVocabulary(0);
    expect(toJson(compare(pair))).toBe(before);
  });
});
