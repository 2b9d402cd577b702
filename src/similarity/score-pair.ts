import type { Evidence, PairScore, SentenceFeatures, TermWeights, Token } from '../types.js';
import { perSentence } from '../features/per-sentence.js';
import calibration from './calibration.json' with { type: 'json' };
import { bestMatches, bestMatchesSpace, internKey, matchSide, VIA, vocabularyGeneration, type BestMatches, type MatchKinds, type MatchSide, type WordMatch } from './match-words.js';

/**
 * What the scorer reads of a sentence, worked out once per sentence and kept
 * while the sentence lives: its content tokens as the matcher sees them, the
 * word pairs, names and numbers it states, and (per weight table) its content
 * weights. Alignment scores each sentence against several partners (50 sources:
 * dozens), so per-pair work is only the pair's own.
 */
/** Shared by the many sentences that name no one and state no number (never added to). */
const NONE: Set<string> = new Set();

const prepare = perSentence((f: SentenceFeatures): Side => {
  // Keys of the words (content or not: word pairs include stop words), one look-up each.
  // Plain arrays for what is thrown away: small typed arrays are allocated outside the heap, one by one.
  const keyOf: number[] = new Array(f.tokens.length);
  f.tokens.forEach((t, i) => {
    keyOf[i] = t.kind === 'word' || t.kind === 'number' ? internKey(t.key) : -1;
  });
  const tokens: Token[] = [];
  const keys: number[] = [];
  for (const i of f.content) {
    tokens.push(f.tokens[i]);
    keys.push(keyOf[i] >= 0 ? keyOf[i] : internKey(f.tokens[i].key));
  }
  const pairs = gramPairs(grams(keyOf));
  return {
    words: matchSide(tokens, pairs, keys, true),
    gramCount: pairs.length / 2,
    names: f.names.length === 0 ? NONE : new Set(f.names.flatMap((n) => n.parts)),
    numbers: f.numbers.length === 0 ? NONE : new Set(f.numbers.map((n) => String(n.value))),
    negated: f.negations > 0,
    weighedBy: undefined,
  };
});

/**
 * Each weight table's weights by interned key id (NaN: not asked yet): a key's
 * weight is asked once per comparison instead of once per token per pair.
 */
const weightTables = new WeakMap<TermWeights, { generation: number; table: Float64Array }>();

/** The weight table of `weights`, holding the weights of every key of the sides' words. */
function weightTable(weights: TermWeights, sides: Side[]): Float64Array {
  const known = weightTables.get(weights);
  // Ids of an earlier vocabulary (trimVocabulary) index nothing now.
  let table = known && known.generation === vocabularyGeneration() ? known.table : undefined;
  for (const side of sides) {
    // A sentence's keys are looked at once per weight table, not once per pair (the table only grows).
    if (table && side.weighedBy === weights) continue;
    side.weighedBy = weights;
    const w = side.words;
    const n = w.tokens.length;
    for (let k = 0; k < n; k++) {
      const id = w.data[w.base + k];
      if (!table || id >= table.length) {
        const grown = new Float64Array(Math.max(1024, 2 * (table?.length ?? 0), id + 1)).fill(NaN);
        if (table) grown.set(table);
        weightTables.set(weights, { generation: vocabularyGeneration(), table: (table = grown) });
      }
      if (Number.isNaN(table[id])) table[id] = weights.weight(w.tokens[k].key);
    }
  }
  return table!;
}

/** One side of a pair: a sentence (prepared once, see prepare), or a group of sentences read as one. */
interface Side {
  /** Content tokens for the matcher, with the side's word pairs as the tail (see grams). */
  words: MatchSide;
  /** Word pairs: gramCount (first, second) key-id pairs in words.data from words.tailAt, sorted, distinct. */
  gramCount: number;
  names: Set<string>;
  numbers: Set<string>;
  negated: boolean;
  /** The weight table last known to hold the weights of all this side's keys. */
  weighedBy: TermWeights | undefined;
}

function union(sets: Set<string>[]): Set<string> {
  if (sets.length === 1) return sets[0];
  const out = new Set<string>();
  for (const s of sets) for (const x of s) out.add(x);
  return out;
}

function side(group: SentenceFeatures[]): Side {
  if (group.length === 1) return prepare(group[0]);
  const ps = group.map(prepare);
  const pairs = gramPairs(mergeGrams(ps.map((p) => gramsOf(p))));
  return {
    words: matchSide(ps.flatMap((p) => p.words.tokens), pairs),
    gramCount: pairs.length / 2,
    names: union(ps.map((p) => p.names)),
    numbers: union(ps.map((p) => p.numbers)),
    negated: ps.some((p) => p.negated),
    weighedBy: undefined,
  };
}

/** Share of a side's content weight found on the other side (soft: each match counts its strength); `exactOnly` counts exact and lemma matches only. */
function coverage(s: Side, table: Float64Array, m: BestMatches, exactOnly = false): number {
  let total = 0;
  let found = 0;
  const keys = s.words.data;
  const base = s.words.base;
  for (let i = 0; i < s.words.tokens.length; i++) {
    const w = table[keys[base + i]];
    total += w;
    const via = m.via[i];
    if (via !== 0 && (!exactOnly || via <= 2)) found += w * m.strength[i];
  }
  return total > 0 ? found / total : 0;
}

/**
 * Matched content weight left after setting aside the single strongest matched
 * word, as a share of the side's content weight; the larger of the two sides.
 * Near 0 when a pair's only evidence is one word (the alignment's penalty).
 */
function breadthOf(s: Side, table: Float64Array, m: BestMatches): number {
  let total = 0;
  let found = 0;
  let top = 0;
  const keys = s.words.data;
  const base = s.words.base;
  for (let i = 0; i < s.words.tokens.length; i++) {
    const w = table[keys[base + i]];
    total += w;
    if (m.via[i] === 0) continue;
    const v = w * m.strength[i];
    found += v;
    top = Math.max(top, v);
  }
  return total > 0 ? (found - top) / total : 0;
}

function harmonic(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Both sides name something of the kind and share none of it: a sign of different events ("Lohan" vs "Reid"). */
function disjoint(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  for (const x of a) if (b.has(x)) return 0;
  return 1;
}

/**
 * Word-order agreement of the matched words: the share of matched word pairs
 * that keep their relative order on the other side (1 = same order, 0.5 ≈ shuffled).
 * Order matters less in news than in STS captions, so the regression decides its weight.
 */
function concordance(m: BestMatches, n: number): number {
  const at: number[] = [];
  for (let i = 0; i < n; i++) if (m.via[i] !== 0) at.push(m.at[i]);
  if (at.length < 2) return 1;
  let same = 0;
  let total = 0;
  for (let i = 0; i < at.length; i++) {
    for (let j = i + 1; j < at.length; j++) {
      if (at[i] === at[j]) continue;
      total++;
      if (at[j] > at[i]) same++;
    }
  }
  return total ? same / total : 1;
}

/**
 * Adjacent word pairs of a sentence (stop words included; `keyOf` is each word's
 * interned key, -1 for punctuation and symbols), by matching key: each
 * pair as one number (interned key ids, first × 2^26 + second: exact below 2^53,
 * and a process never interns 2^26 distinct strings), sorted and distinct.
 */
function grams(keyOf: number[]): number[] {
  const words: number[] = [];
  for (const id of keyOf) if (id >= 0) words.push(id);
  const pairs: number[] = [];
  for (let i = 0; i + 1 < words.length; i++) pairs.push(words[i] * GRAM + words[i + 1]);
  return distinct(pairs.sort((p, q) => p - q));
}

const GRAM = 2 ** 26;

/** The distinct values of a sorted array (in place). */
function distinct(sorted: number[]): number[] {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  sorted.length = n;
  return sorted;
}

/** Word pairs as (first, second) key ids, to keep in a matcher side's tail: half the bytes of the numbers. */
function gramPairs(g: number[]): number[] {
  const out: number[] = new Array(2 * g.length);
  for (let i = 0; i < g.length; i++) {
    const first = Math.floor(g[i] / GRAM);
    out[2 * i] = first;
    out[2 * i + 1] = g[i] - first * GRAM;
  }
  return out;
}

/** The word pairs of a prepared sentence as numbers again. */
function gramsOf(s: Side): number[] {
  const out: number[] = new Array(s.gramCount);
  const d = s.words.data;
  for (let i = 0, at = s.words.tailAt; i < s.gramCount; i++, at += 2) out[i] = d[at] * GRAM + d[at + 1];
  return out;
}

/** The word pairs of a group of sentences (pairs never span two sentences). */
function mergeGrams(all: number[][]): number[] {
  return distinct(all.flat().sort((p, q) => p - q));
}

/** Dice overlap of the sets of adjacent word pairs: shared phrasing, not only shared words. */
function bigramDice(a: Side, b: Side): number {
  if (a.gramCount + b.gramCount === 0) return 0;
  const da = a.words.data;
  const db = b.words.data;
  const endA = a.words.tailAt + 2 * a.gramCount;
  const endB = b.words.tailAt + 2 * b.gramCount;
  let inter = 0;
  // Both lists are sorted by (first, second): one merge walk counts the pairs in common.
  for (let i = a.words.tailAt, j = b.words.tailAt; i < endA && j < endB; ) {
    const c = da[i] - db[j] || da[i + 1] - db[j + 1];
    if (c < 0) i += 2;
    else if (c > 0) j += 2;
    else {
      inter++;
      i += 2;
      j += 2;
    }
  }
  return (2 * inter) / (a.gramCount + b.gramCount);
}

/** The feature names, in the order fit-weights.ts fits them. */
export const FEATURE_NAMES = [
  'soft_f1', 'soft_min', 'exact_f1', 'bigram_dice', 'order', 'length_ratio',
  'name_jaccard', 'name_disjoint', 'number_jaccard', 'number_disjoint', 'negation_mismatch',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

let scratchA: BestMatches = bestMatchesSpace(64);
let scratchB: BestMatches = bestMatchesSpace(64);

/** The feature vector of a pair, with what scorePair reports beside it. */
function measure(a: SentenceFeatures[], b: SentenceFeatures[], weights: TermWeights, kinds: MatchKinds) {
  const sa = side(a);
  const sb = side(b);
  const table = weightTable(weights, [sa, sb]);
  // Scratch space, reused by every pair: a pair's matches are read before the next pair is scored.
  const ma = (scratchA = bestMatches(sa.words, sb.words, kinds, scratchA));
  const mb = (scratchB = bestMatches(sb.words, sa.words, kinds, scratchB));
  const p = coverage(sa, table, ma);
  const r = coverage(sb, table, mb);
  const lenA = sa.words.tokens.length;
  const lenB = sb.words.tokens.length;
  const softF1 = harmonic(p, r);
  const features: Record<FeatureName, number> = {
    soft_f1: softF1,
    soft_min: Math.min(p, r),
    exact_f1: harmonic(coverage(sa, table, ma, true), coverage(sb, table, mb, true)),
    bigram_dice: bigramDice(sa, sb),
    // Order only means something where words match: scaled by the overlap.
    order: softF1 * (concordance(ma, lenA) + concordance(mb, lenB)) / 2,
    length_ratio: lenA && lenB ? Math.min(lenA, lenB) / Math.max(lenA, lenB) : 0,
    name_jaccard: jaccard(sa.names, sb.names),
    name_disjoint: disjoint(sa.names, sb.names),
    number_jaccard: jaccard(sa.numbers, sb.numbers),
    number_disjoint: disjoint(sa.numbers, sb.numbers),
    negation_mismatch: sa.negated !== sb.negated ? 1 : 0,
  };
  const breadth = Math.max(breadthOf(sa, table, ma), breadthOf(sb, table, mb));
  return { features, breadth, coverageA: p, coverageB: r, sa, sb, ma, mb, table };
}

/** A token's best match on the other side, as pairFeatures reports it. */
type Best = { match: WordMatch; other: Token; at: number } | null;

function asBest(m: BestMatches, n: number, other: MatchSide): Best[] {
  return Array.from(m.via.subarray(0, n), (via, i) =>
    via === 0 ? null : { match: { strength: m.strength[i], via: VIA[via]! }, other: other.tokens[m.at[i]], at: m.at[i] },
  );
}

/** The feature vector of a pair; the combination in calibration.json turns it into a score. */
export function pairFeatures(a: SentenceFeatures[], b: SentenceFeatures[], weights: TermWeights, kinds: MatchKinds = {}) {
  const { features, breadth, coverageA, coverageB, sa, sb, ma, mb, table } = measure(a, b, weights, kinds);
  const weightsOf = (s: Side) => Array.from(s.words.tokens, (_, k) => table[s.words.data[s.words.base + k]]);
  return {
    features,
    breadth,
    coverageA,
    coverageB,
    sa: { tokens: sa.words.tokens, weights: weightsOf(sa) },
    sb: { tokens: sb.words.tokens, weights: weightsOf(sb) },
    ma: asBest(ma, sa.words.tokens.length, sb.words),
    mb: asBest(mb, sb.words.tokens.length, sa.words),
    namesA: sa.names,
    namesB: sb.names,
    numsA: sa.numbers,
    numsB: sb.numbers,
  };
}

/**
 * The features of a sentence compared with itself when it names nothing and
 * states no number: every overlap feature at 1, every mismatch at 0.
 */
const IDENTICAL: Record<FeatureName, number> = {
  soft_f1: 1, soft_min: 1, exact_f1: 1, bigram_dice: 1, order: 1, length_ratio: 1,
  name_jaccard: 0, name_disjoint: 0, number_jaccard: 0, number_disjoint: 0, negation_mismatch: 0,
};

function linear(features: Record<string, number>, w: Record<string, number>): number {
  let s = w.bias ?? 0;
  for (const [name, value] of Object.entries(features)) s += (w[name] ?? 0) * value;
  return s;
}

/**
 * Linear combination of features with the fitted weights of calibration.json,
 * rescaled so that a sentence against itself scores 1 (the regression predicts
 * gold/5, and identical sentences sit at the top of that scale), clipped to 0..1.
 * The rescaling is linear, so it leaves Pearson r unchanged.
 */
const FITTED = calibration.weights as Record<string, number>;
/** linear(IDENTICAL) of the fitted weights, worked out once. */
let fittedTop: number | undefined;

export function combine(features: Record<string, number>, w: Record<string, number> = FITTED): number {
  const top = w === FITTED ? (fittedTop ??= linear(IDENTICAL, w)) : linear(IDENTICAL, w);
  const s = linear(features, w) / (top > 0 ? top : 1);
  return Math.min(1, Math.max(0, s));
}

/** The fitted weights in FEATURE_NAMES order, for scorePair's own feature vectors. */
const FITTED_VECTOR = FEATURE_NAMES.map((name) => FITTED[name] ?? 0);

/** combine(features) for a vector measure() built (its keys are FEATURE_NAMES in order, so the sum runs in the same order). */
function combineMeasured(features: Record<FeatureName, number>): number {
  const top = (fittedTop ??= linear(IDENTICAL, FITTED));
  let s = FITTED.bias ?? 0;
  for (let k = 0; k < FEATURE_NAMES.length; k++) s += FITTED_VECTOR[k] * features[FEATURE_NAMES[k]];
  return Math.min(1, Math.max(0, s / (top > 0 ? top : 1)));
}

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * Similarity of two groups of sentences (one sentence each, or one against two),
 * in 0..1, with the evidence: IDF-weighted soft alignment of content words (exact
 * stem, lemma, WordNet synonym, spelling variant), shared phrasing, word order,
 * names and numbers as anchors, negation; combined by the regression fitted by
 * test/eval/fit-weights.ts. Symmetric: scorePair(a, b) and scorePair(b, a) give the same score.
 */
export function scorePair(a: SentenceFeatures[], b: SentenceFeatures[], weights: TermWeights): PairScore {
  const { features, breadth, coverageA, coverageB, sa, sb, ma } = measure(a, b, weights, {});
  const score = round4(combineMeasured(features));
  // Arrays, not sets: a pair matches a handful of words, and most pairs are scored only to be dropped.
  const shared: string[] = [];
  const similar: Evidence['similar'] = [];
  const seenSimilar: string[] = [];
  const tokensA = sa.words.tokens;
  const tokensB = sb.words.tokens;
  for (let i = 0; i < tokensA.length; i++) {
    const via = ma.via[i];
    if (via === 0) continue;
    const t = tokensA[i];
    if (via === 1) {
      if (!shared.includes(t.lower)) shared.push(t.lower);
    } else {
      const other = tokensB[ma.at[i]];
      const k = `${t.lower}|${other.lower}`;
      if (!seenSimilar.includes(k)) {
        seenSimilar.push(k);
        similar.push({ a: t.text, b: other.text, via: VIA[via] as Evidence['similar'][number]['via'] });
      }
    }
  }
  const namesB = sb.names;
  const numsB = sb.numbers;
  const names = namesB.size === 0 ? [] : [...new Set(a.flatMap((f) => f.names).filter((n) => n.parts.some((p) => namesB.has(p))).map((n) => n.text))];
  const numbers = numsB.size === 0 ? [] : [...new Set(a.flatMap((f) => f.numbers).filter((n) => numsB.has(String(n.value))).map((n) => n.text))];
  const rounded: Record<string, number> = {
    soft_f1: round4(features.soft_f1),
    soft_min: round4(features.soft_min),
    exact_f1: round4(features.exact_f1),
    bigram_dice: round4(features.bigram_dice),
    order: round4(features.order),
    length_ratio: round4(features.length_ratio),
    name_jaccard: round4(features.name_jaccard),
    name_disjoint: round4(features.name_disjoint),
    number_jaccard: round4(features.number_jaccard),
    number_disjoint: round4(features.number_disjoint),
    negation_mismatch: round4(features.negation_mismatch),
    // Not a regression input: the alignment reads it (one-common-word penalty).
    breadth: round4(breadth),
  };
  return {
    score,
    coverageA: round4(coverageA),
    coverageB: round4(coverageB),
    evidence: { shared, similar, names, numbers, features: rounded },
  };
}
