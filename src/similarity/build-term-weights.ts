import type { SentenceFeatures, TermWeights } from '../types.js';
import background from './background-df.json' with { type: 'json' };

/**
 * Background document frequencies (per sentence) of matching keys, counted by
 * test/eval/fit-weights.ts over the STS-B training sentences (news, captions,
 * forums) and shipped as data, so that a lone pair (`storydiff score`) still
 * knows that "said" says less than "Gallant". Keys seen once are left out to
 * keep the file small; they count as unseen, i.e. rare.
 */
/**
 * IDF over `n` sentences with document frequencies `df`, scaled to 0..1 and
 * floored so that no content word is worth nothing. fit-weights.ts uses the
 * same function on the counts it is about to ship.
 */
export function idfFrom(n: number, df: Record<string, number>): (key: string) => number {
  const max = Math.log(n + 1);
  return (key) => {
    const d = Object.prototype.hasOwnProperty.call(df, key) ? df[key] : 0;
    return Math.max(0.1, Math.log((n + 1) / (d + 1)) / max);
  };
}

/** Background IDF of a key (see background-df.json). */
export const backgroundIdf: (key: string) => number = idfFrom(background.n, background.df as Record<string, number>);

/** Background weights only: what `storydiff score` uses for a lone pair. */
export const BACKGROUND_WEIGHTS: TermWeights = { weight: backgroundIdf };

/** Equal weights for every content word (kept for callers and for the evaluation's ablation). */
export const UNIFORM_WEIGHTS: TermWeights = { weight: () => 1 };

/**
 * Weights for the sentences of one comparison: the background IDF of a word,
 * lowered when the word recurs across this comparison's sentences (the story's
 * own topic words, "Israel" in an Israel story, tell sentences apart less than
 * their rarity in general text suggests). The collection factor is 1 for a
 * word in one or two sentences and falls towards 0.5 for a word in every sentence.
 */
/** How far a word found in every sentence of the comparison falls (0.5 = to half its weight). */
export const COLLECTION = { drop: 0.5 };

export function buildTermWeights(sentences: SentenceFeatures[], idf: (key: string) => number = backgroundIdf): TermWeights {
  const df = new Map<string, number>();
  for (const f of sentences) {
    const seen = new Set<string>();
    for (const i of f.content) seen.add(f.tokens[i].key);
    for (const key of seen) df.set(key, (df.get(key) ?? 0) + 1);
  }
  const n = Math.max(1, sentences.length);
  const cache = new Map<string, number>();
  return {
    weight(key: string): number {
      let w = cache.get(key);
      if (w === undefined) {
        const d = df.get(key) ?? 0;
        const local = d <= 2 ? 1 : 1 - COLLECTION.drop * Math.log(d - 1) / Math.log(Math.max(2, n - 1));
        w = idf(key) * Math.max(1 - COLLECTION.drop, local);
        cache.set(key, w);
      }
      return w;
    },
  };
}
