import type { SentenceFeatures, TermWeights } from '../types.js';

/** How many candidates each sentence keeps; the scorer only ever sees these. */
export const CANDIDATES_PER_SENTENCE = 12;

/**
 * Candidate sentence pairs between two documents from an inverted index over
 * informative terms (stems and lemmas of content words, numbers), never all
 * n×m pairs: each sentence keeps the CANDIDATES_PER_SENTENCE partners with the
 * most shared term weight, in both directions. Terms found in more than a few
 * percent of the other document's sentences are skipped as uninformative, which
 * also keeps the cost near-linear on very large inputs.
 *
 * `skipX` / `skipY` are sentence indices to leave out (boilerplate).
 * Returns pairs [x, y], sorted, without duplicates.
 */
export function generateCandidates(
  x: SentenceFeatures[],
  y: SentenceFeatures[],
  weights: TermWeights,
  skipX: ReadonlySet<number> = new Set(),
  skipY: ReadonlySet<number> = new Set(),
): Array<[number, number]> {
  const pairs = new Set<number>();
  const add = (i: number, j: number) => pairs.add(i * y.length + j);
  for (const [from, to, skipFrom, skipTo, flip] of [
    [x, y, skipX, skipY, false],
    [y, x, skipY, skipX, true],
  ] as const) {
    const index = buildIndex(to, skipTo);
    const cap = Math.max(25, Math.ceil(to.length * 0.05));
    const acc = new Float64Array(to.length);
    const touched: number[] = [];
    for (let i = 0; i < from.length; i++) {
      if (skipFrom.has(i)) continue;
      for (const term of termsOf(from[i])) {
        const postings = index.get(term);
        if (!postings || postings.length > cap) continue;
        const w = weights.weight(term.startsWith('L:') ? term : term);
        for (const j of postings) {
          if (acc[j] === 0) touched.push(j);
          acc[j] += w;
        }
      }
      touched.sort((p, q) => acc[q] - acc[p] || p - q);
      for (const j of touched.slice(0, CANDIDATES_PER_SENTENCE)) (flip ? add(j, i) : add(i, j));
      for (const j of touched) acc[j] = 0;
      touched.length = 0;
    }
  }
  return [...pairs].sort((p, q) => p - q).map((k) => [Math.floor(k / y.length), k % y.length] as [number, number]);
}

/** Index terms of a sentence: content-word stems, and lemmas (prefixed) so "met" finds "meeting". */
function termsOf(f: SentenceFeatures): Set<string> {
  const terms = new Set<string>();
  for (const i of f.content) {
    const t = f.tokens[i];
    terms.add(t.key);
    if (t.kind !== 'number' && t.lemma !== t.key) terms.add(`L:${t.lemma}`);
  }
  return terms;
}

function buildIndex(sentences: SentenceFeatures[], skip: ReadonlySet<number>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  sentences.forEach((f, j) => {
    if (skip.has(j)) return;
    for (const term of termsOf(f)) {
      const list = index.get(term);
      if (list) list.push(j);
      else index.set(term, [j]);
    }
  });
  return index;
}
