import type { SentenceFeatures, TermWeights } from '../types.js';

/**
 * How many candidates a sentence keeps in each direction when the other side is
 * an article-sized document (up to FULL_CANDIDATES_UP_TO sentences); the scorer
 * only ever sees these, and each costs one full pair scoring. Measured on ECB+
 * (test/bench): on 300 document pairs, 6, 8 and 12 keep 100% of the silver
 * sentence pairs the aligner accepts; at 800 × 800 sentences 8 instead of 12
 * costs a quarter less time; at 2,500 × 2,500 the matches found drop by 2%
 * (weak partial overlaps). Larger documents keep fewer, down to MIN_CANDIDATES.
 */
export const CANDIDATES_PER_SENTENCE = 8;
/** The fewest candidates a sentence keeps in each direction, however large the input. */
export const MIN_CANDIDATES = 4;
/** Size of the other side up to which every sentence keeps CANDIDATES_PER_SENTENCE. */
export const FULL_CANDIDATES_UP_TO = 1000;

/** Candidates kept per sentence against a side of `size` sentences: 8 up to 1,000, then ∝ 1/√size, at least 4. */
export function candidatesPerSentence(size: number): number {
  if (size <= FULL_CANDIDATES_UP_TO) return CANDIDATES_PER_SENTENCE;
  return Math.max(MIN_CANDIDATES, Math.round(CANDIDATES_PER_SENTENCE * Math.sqrt(FULL_CANDIDATES_UP_TO / size)));
}

/**
 * The most candidates any one sentence receives from the sentences of the other
 * side. A sentence ends up in a handful of links at most (groups of up to three,
 * a second claim), so when thousands of sentences all rank the same few first
 * (a 5 MB run-on line against a short article; a generic sentence in a long
 * report), scoring every such pair is waste: it keeps its best proposers only.
 */
export const MAX_PROPOSALS = 4 * CANDIDATES_PER_SENTENCE;

/**
 * A term found in more than this many sentences of the other document is
 * "common": it cannot tell those sentences apart, and walking its whole posting
 * list for every sentence would make the cost grow with n×m. Common terms are
 * only looked up in a window of this many postings around the sentence's own
 * relative position (news of the same story runs roughly in parallel, and a
 * window keeps a file of one sentence repeated thousands of times linear).
 */
export const COMMON_TERM_POSTINGS = 64;

/** Interned term ids and their weights, shared by every document pair of one comparison. */
interface TermTable {
  /** Ids of content-word keys. */
  ids: Map<string, number>;
  /** Ids of lemma terms (a map of their own, so no "L:" key string is built per word). */
  lemmaIds: Map<string, number>;
  weight: number[];
  /** Each sentence's index terms, computed once per comparison (50 sources means 49 alignments per document). */
  sentences: WeakMap<SentenceFeatures, IndexedSentence>;
}

/** A sentence as the index sees it: its distinct term ids. */
interface IndexedSentence {
  terms: Int32Array;
}

const EMPTY: IndexedSentence = { terms: new Int32Array(0) };

/** One term table per weight table, i.e. per comparison. */
const tables = new WeakMap<TermWeights, TermTable>();

/**
 * Candidate sentence pairs between two documents from an inverted index over
 * informative terms (stems and lemmas of content words, numbers), never all
 * n×m pairs: each sentence keeps the CANDIDATES_PER_SENTENCE partners with the
 * most shared term weight, in both directions (fewer for very large documents,
 * see candidatesPerSentence). Rare terms are looked up in full;
 * common terms (more than COMMON_TERM_POSTINGS sentences of the other side) only
 * near the sentence's position, so the cost stays linear in the number of
 * sentences (DESIGN §7). Inputs small enough that no term is common see exactly
 * the exhaustive ranking.
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
  let table = tables.get(weights);
  if (!table) tables.set(weights, (table = { ids: new Map(), lemmaIds: new Map(), weight: [], sentences: new WeakMap() }));
  const termsX = x.map((f, i) => (skipX.has(i) ? EMPTY : indexed(f, weights, table)));
  const termsY = y.map((f, j) => (skipY.has(j) ? EMPTY : indexed(f, weights, table)));
  const pairs: number[] = [];
  rank(termsX, termsY, table, (i, j) => pairs.push(i * y.length + j));
  rank(termsY, termsX, table, (j, i) => pairs.push(i * y.length + j));
  // Sorted numerically (a Float64Array sorts numbers without a comparator), then without duplicates.
  const sorted = Float64Array.from(pairs).sort();
  const out: Array<[number, number]> = [];
  for (let k = 0; k < sorted.length; k++) {
    if (k > 0 && sorted[k] === sorted[k - 1]) continue;
    out.push([Math.floor(sorted[k] / y.length), sorted[k] % y.length]);
  }
  return out;
}

/**
 * For every sentence of `from`, its best partners in `to` by shared term weight
 * (ties by position), reported through `add(from, to)`; a `to` sentence proposed
 * by more than MAX_PROPOSALS sentences keeps the strongest proposers.
 */
function rank(from: IndexedSentence[], to: IndexedSentence[], table: TermTable, add: (i: number, j: number) => void): void {
  const postings = buildPostings(to, table.weight.length);
  const acc = new Float64Array(to.length);
  const touched: number[] = [];
  const keep = candidatesPerSentence(to.length);
  // Proposals each `to` sentence receives: [from index, shared weight].
  const proposals: Array<Array<[number, number]> | undefined> = new Array(to.length);
  const scale = to.length / Math.max(1, from.length);
  for (let i = 0; i < from.length; i++) {
    const { terms } = from[i];
    if (terms.length === 0) continue;
    for (const t of terms) {
      const list = postings[t];
      if (list === undefined) continue;
      const w = table.weight[t];
      let lo = 0;
      let hi = list.length;
      if (list.length > COMMON_TERM_POSTINGS) {
        // Postings are in sentence order: start the window at the first one at or after the proportional position.
        const centre = lowerBound(list, Math.floor(i * scale));
        lo = Math.max(0, Math.min(centre - COMMON_TERM_POSTINGS / 2, list.length - COMMON_TERM_POSTINGS));
        hi = lo + COMMON_TERM_POSTINGS;
      }
      for (let k = lo; k < hi; k++) {
        const j = list[k];
        if (acc[j] === 0) touched.push(j);
        acc[j] += w;
      }
    }
    // Pairs with a single index word in common stay candidates: the scorer may find a second
    // matched word through a synonym or a spelling variant, which the index cannot see.
    for (const j of topK(touched, acc, keep)) (proposals[j] ??= []).push([i, acc[j]]);
    for (const j of touched) acc[j] = 0;
    touched.length = 0;
  }
  proposals.forEach((list, j) => {
    if (!list) return;
    if (list.length > MAX_PROPOSALS) list = list.sort((p, q) => q[1] - p[1] || p[0] - q[0]).slice(0, MAX_PROPOSALS);
    for (const [i] of list) add(i, j);
  });
}

/** The k entries of `items` with the highest `acc` (ties: lower index first), without sorting them all. */
function topK(items: number[], acc: Float64Array, k: number): number[] {
  const better = (p: number, q: number) => acc[p] > acc[q] || (acc[p] === acc[q] && p < q);
  const best: number[] = [];
  for (const j of items) {
    if (best.length === k && !better(j, best[k - 1])) continue;
    if (best.length < k) best.push(j);
    else best[k - 1] = j;
    for (let at = best.length - 1; at > 0 && better(best[at], best[at - 1]); at--) {
      [best[at], best[at - 1]] = [best[at - 1], best[at]];
    }
  }
  return best;
}

/** Index of the first element of the ascending `list` that is ≥ `value`. */
function lowerBound(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index terms of a sentence as interned ids: content-word stems, and lemmas
 * (prefixed) so "met" finds "meeting". A lemma term weighs what its word's stem
 * weighs (the weight table knows stems only; an unknown key would count as the
 * rarest of all and swamp the ranking). Memoised per comparison.
 */
function indexed(f: SentenceFeatures, weights: TermWeights, table: TermTable): IndexedSentence {
  const known = table.sentences.get(f);
  if (known) return known;
  const ids = new Set<number>();
  const intern = (map: Map<string, number>, term: string, w: number) => {
    let id = map.get(term);
    if (id === undefined) {
      id = table.weight.length;
      map.set(term, id);
      table.weight.push(w);
    }
    ids.add(id);
  };
  for (const i of f.content) {
    const t = f.tokens[i];
    const w = weights.weight(t.key);
    intern(table.ids, t.key, w);
    if (t.kind !== 'number' && t.lemma !== t.key) intern(table.lemmaIds, t.lemma, w);
  }
  const result: IndexedSentence = { terms: Int32Array.from(ids) };
  table.sentences.set(f, result);
  return result;
}

/** Posting lists by term id (`terms` ids in all): the ascending indices of the sentences that contain the term. */
function buildPostings(sentences: IndexedSentence[], terms: number): Array<number[] | undefined> {
  const lists: Array<number[] | undefined> = new Array(terms);
  sentences.forEach((s, j) => {
    for (const t of s.terms) {
      const list = lists[t];
      if (list) list.push(j);
      else lists[t] = [j];
    }
  });
  return lists;
}
