import { describe, expect, test } from 'vitest';
import { loadNlp, loadSplitter } from '../src/nlp.js';
import { splitSentences } from '../src/segment/split-sentences.js';
import { segmentDocument } from '../src/segment/segment-document.js';
import { CORPUS_PAIR, corpusInput } from './support/corpus.js';

describe('wink-nlp instances', () => {
  test('small inputs split with the shared instance, large ones with their own', () => {
    expect(loadSplitter(false)).toBe(loadNlp());
    expect(loadSplitter(true)).not.toBe(loadNlp());
    expect(loadSplitter(true)).toBe(loadSplitter(true));
  });

  test('the sentence-detection-only instance finds the same boundaries on real articles', () => {
    for (const path of CORPUS_PAIR) {
      const doc = segmentDocument(corpusInput(path), 0);
      for (const p of doc.paragraphs) {
        const body = doc.text.slice(p.start, p.end);
        expect(splitSentences(body, { large: true })).toEqual(splitSentences(body));
      }
    }
  });

  test('the reduced pipe still tags parts of speech, negation and lemmas', () => {
    const nlp = loadNlp();
    const its = nlp.its;
    const doc = nlp.readDoc('Austin did not meet Gallant on Monday.');
    expect(doc.tokens().out(its.pos)).toEqual(['PROPN', 'AUX', 'PART', 'VERB', 'PROPN', 'ADP', 'PROPN', 'PUNCT']);
    expect(doc.tokens().out(its.negationFlag)).toContain(true);
    expect(doc.tokens().out(its.lemma as never)).toContain('meet');
  });
});
