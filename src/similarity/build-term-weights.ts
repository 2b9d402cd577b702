import type { SentenceFeatures, TermWeights } from '../types.js';

/**
 * Inverse document frequency of every matching key over a set of sentences
 * (the sentences of one comparison): a word every sentence uses says little,
 * a name two sentences share says a lot. Smoothed so that a key seen once in a
 * two-sentence set still counts, and floored so that no content word is worth
 * nothing.
 */
export function buildTermWeights(sentences: SentenceFeatures[]): TermWeights {
  const df = new Map<string, number>();
  for (const f of sentences) {
    const seen = new Set<string>();
    for (const i of f.content) seen.add(f.tokens[i].key);
    for (const key of seen) df.set(key, (df.get(key) ?? 0) + 1);
  }
  const n = sentences.length;
  const cache = new Map<string, number>();
  return {
    weight(key: string): number {
      let w = cache.get(key);
      if (w === undefined) {
        w = Math.max(0.25, Math.log((n + 1) / ((df.get(key) ?? 0) + 0.5)) / Math.log(n + 2) + 0.5);
        cache.set(key, w);
      }
      return w;
    },
  };
}

/** Equal weights for every content word: what `storydiff score` uses for a lone pair. */
export const UNIFORM_WEIGHTS: TermWeights = { weight: () => 1 };
