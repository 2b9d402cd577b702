import type { SentenceFeatures } from '../types.js';

/**
 * A fact about one sentence, computed once and remembered for as long as the
 * sentence's features live. Sentence features are never changed after
 * extraction, and every conflict rule meets the same sentence in each of its
 * matches (with many sources, in each pair of sides), the scorer in each of its
 * candidate pairs: without this the rules recomputed speakers, claim words and
 * names per match, a quarter of a large comparison's time.
 */
export function perSentence<T>(compute: (f: SentenceFeatures) => T): (f: SentenceFeatures) => T {
  const memo = new WeakMap<SentenceFeatures, T>();
  return (f) => {
    let v = memo.get(f);
    if (v === undefined && !memo.has(f)) {
      v = compute(f);
      memo.set(f, v);
    }
    return v as T;
  };
}
