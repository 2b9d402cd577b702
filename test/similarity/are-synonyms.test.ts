import { describe, expect, it } from 'vitest';
import { areSynonyms } from '../../src/similarity/are-synonyms.js';
import { matchWords } from '../../src/similarity/match-words.js';
import { tokenize } from '../../src/features/extract-features.js';

describe('areSynonyms (precomputed WordNet table)', () => {
  it('finds common synonyms used as the same part of speech', () => {
    expect(areSynonyms('buy', 'VERB', 'purchase', 'VERB')).toBe(true);
    expect(areSynonyms('car', 'NOUN', 'automobile', 'NOUN')).toBe(true);
  });

  it('rejects the pair when the parts of speech differ', () => {
    expect(areSynonyms('buy', 'VERB', 'purchase', 'NOUN')).toBe(false);
    expect(areSynonyms('stress', 'VERB', 'tension', 'NOUN')).toBe(false);
  });

  it('keeps rare senses out (suffer ~ stand only in the sense "tolerate")', () => {
    expect(areSynonyms('suffer', 'VERB', 'stand', 'VERB')).toBe(false);
  });

  it('knows nothing of unknown words and function-word tags', () => {
    expect(areSynonyms('zzzqx', 'NOUN', 'car', 'NOUN')).toBe(false);
    expect(areSynonyms('the', 'DET', 'a', 'DET')).toBe(false);
  });
});

describe('matchWords', () => {
  const tok = (sentence: string, word: string) => tokenize(sentence).find((t) => t.lower === word)!;

  it('matches inflections by lemma, synonyms by WordNet and spelling variants by Dice, in that order of strength', () => {
    const lemma = matchWords(tok('They met on Monday.', 'met'), tok('They meet often.', 'meet'));
    const syn = matchWords(tok('They purchased the house.', 'purchased'), tok('They bought the house.', 'bought'));
    const fuzzy = matchWords(tok('The bond is unshakeable.', 'unshakeable'), tok('The bond is unbreakable.', 'unbreakable'));
    expect(lemma?.via).toMatch(/exact|lemma/);
    expect(syn?.via).toBe('synonym');
    expect(fuzzy?.via).toBe('fuzzy');
    expect(lemma!.strength).toBeGreaterThan(syn!.strength);
    expect(syn!.strength).toBeGreaterThan(fuzzy!.strength);
  });

  it('never matches different numbers or short look-alike words', () => {
    expect(matchWords(tok('He paid 150 dollars.', '150'), tok('He paid 160 dollars.', '160'))).toBeNull();
    expect(matchWords(tok('The cat slept.', 'cat'), tok('The car stopped.', 'car'))).toBeNull();
  });
});
