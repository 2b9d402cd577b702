import type { Evidence, PairScore, SentenceFeatures, TermWeights, Token } from '../types.js';
import calibration from './calibration.json' with { type: 'json' };
import { bestMatch, indexTokens, type MatchKinds, type WordMatch } from './match-words.js';

interface Side {
  /** Content tokens of the group, in reading order. */
  tokens: Token[];
  weights: number[];
}

type Best = { match: WordMatch; other: Token; at: number } | null;

function side(group: SentenceFeatures[], weights: TermWeights): Side {
  const tokens: Token[] = [];
  for (const f of group) for (const i of f.content) tokens.push(f.tokens[i]);
  return { tokens, weights: tokens.map((t) => weights.weight(t.key)) };
}

/** For every token of `from`, its best match among the tokens of `to` (null when none), with the position matched. */
function bestMatches(from: Side, to: Side, kinds: MatchKinds): Best[] {
  const index = indexTokens(to.tokens, kinds);
  return from.tokens.map((t) => {
    const m = bestMatch(t, index, kinds);
    return m ? { match: m.match, other: to.tokens[m.at], at: m.at } : null;
  });
}

/** Share of a side's content weight found on the other side (soft: each match counts its strength). */
function coverage(s: Side, matches: Best[], keep: (m: WordMatch) => boolean = () => true): number {
  let total = 0;
  let found = 0;
  for (let i = 0; i < s.tokens.length; i++) {
    total += s.weights[i];
    const m = matches[i];
    if (m && keep(m.match)) found += s.weights[i] * m.match.strength;
  }
  return total > 0 ? found / total : 0;
}

/**
 * Matched content weight left after setting aside the single strongest matched
 * word, as a share of the side's content weight; the larger of the two sides.
 * Near 0 when a pair's only evidence is one word (the alignment's penalty).
 */
function breadthOf(s: Side, matches: Best[]): number {
  let total = 0;
  let found = 0;
  let top = 0;
  for (let i = 0; i < s.tokens.length; i++) {
    total += s.weights[i];
    const m = matches[i];
    if (!m) continue;
    const v = s.weights[i] * m.match.strength;
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
function concordance(matches: Best[]): number {
  const at: number[] = [];
  for (const m of matches) if (m) at.push(m.at);
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

/** Dice overlap of the sets of adjacent word pairs (stop words included): shared phrasing, not only shared words. */
function bigramDice(a: SentenceFeatures[], b: SentenceFeatures[]): number {
  const grams = (g: SentenceFeatures[]) => {
    const out = new Set<string>();
    for (const f of g) {
      const words = f.tokens.filter((t) => t.kind === 'word' || t.kind === 'number').map((t) => t.key);
      for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
    }
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  if (ga.size + gb.size === 0) return 0;
  let inter = 0;
  for (const x of ga) if (gb.has(x)) inter++;
  return (2 * inter) / (ga.size + gb.size);
}

/** The feature names, in the order fit-weights.ts fits them. */
export const FEATURE_NAMES = [
  'soft_f1', 'soft_min', 'exact_f1', 'bigram_dice', 'order', 'length_ratio',
  'name_jaccard', 'name_disjoint', 'number_jaccard', 'number_disjoint', 'negation_mismatch',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The feature vector of a pair; the combination in calibration.json turns it into a score. */
export function pairFeatures(a: SentenceFeatures[], b: SentenceFeatures[], weights: TermWeights, kinds: MatchKinds = {}) {
  const sa = side(a, weights);
  const sb = side(b, weights);
  const ma = bestMatches(sa, sb, kinds);
  const mb = bestMatches(sb, sa, kinds);
  const p = coverage(sa, ma);
  const r = coverage(sb, mb);
  const isExact = (m: WordMatch) => m.via === 'exact' || m.via === 'lemma';
  const namesA = new Set(a.flatMap((f) => f.names.flatMap((n) => n.parts)));
  const namesB = new Set(b.flatMap((f) => f.names.flatMap((n) => n.parts)));
  const numsA = new Set(a.flatMap((f) => f.numbers.map((n) => String(n.value))));
  const numsB = new Set(b.flatMap((f) => f.numbers.map((n) => String(n.value))));
  const lenA = sa.tokens.length;
  const lenB = sb.tokens.length;
  const softF1 = harmonic(p, r);
  const negA = a.reduce((n, f) => n + f.negations, 0) > 0;
  const negB = b.reduce((n, f) => n + f.negations, 0) > 0;
  const features: Record<FeatureName, number> = {
    soft_f1: softF1,
    soft_min: Math.min(p, r),
    exact_f1: harmonic(coverage(sa, ma, isExact), coverage(sb, mb, isExact)),
    bigram_dice: bigramDice(a, b),
    // Order only means something where words match: scaled by the overlap.
    order: softF1 * (concordance(ma) + concordance(mb)) / 2,
    length_ratio: lenA && lenB ? Math.min(lenA, lenB) / Math.max(lenA, lenB) : 0,
    name_jaccard: jaccard(namesA, namesB),
    name_disjoint: disjoint(namesA, namesB),
    number_jaccard: jaccard(numsA, numsB),
    number_disjoint: disjoint(numsA, numsB),
    negation_mismatch: negA !== negB ? 1 : 0,
  };
  const breadth = Math.max(breadthOf(sa, ma), breadthOf(sb, mb));
  return { features, breadth, coverageA: p, coverageB: r, sa, sb, ma, mb, namesA, namesB, numsA, numsB };
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
export function combine(features: Record<string, number>, w: Record<string, number> = calibration.weights as Record<string, number>): number {
  const top = linear(IDENTICAL, w);
  const s = linear(features, w) / (top > 0 ? top : 1);
  return Math.min(1, Math.max(0, s));
}

/**
 * Similarity of two groups of sentences (one sentence each, or one against two),
 * in 0..1, with the evidence: IDF-weighted soft alignment of content words (exact
 * stem, lemma, WordNet synonym, spelling variant), shared phrasing, word order,
 * names and numbers as anchors, negation; combined by the regression fitted by
 * test/eval/fit-weights.ts. Symmetric: scorePair(a, b) and scorePair(b, a) give the same score.
 */
export function scorePair(a: SentenceFeatures[], b: SentenceFeatures[], weights: TermWeights): PairScore {
  const { features, breadth, coverageA, coverageB, sa, ma, namesB, numsB } = pairFeatures(a, b, weights);
  const score = Math.round(combine(features) * 1e4) / 1e4;
  const shared = new Set<string>();
  const similar: Evidence['similar'] = [];
  const seenSimilar = new Set<string>();
  sa.tokens.forEach((t, i) => {
    const m = ma[i];
    if (!m) return;
    if (m.match.via === 'exact') shared.add(t.lower);
    else {
      const k = `${t.lower}|${m.other.lower}`;
      if (!seenSimilar.has(k)) {
        seenSimilar.add(k);
        similar.push({ a: t.text, b: m.other.text, via: m.match.via });
      }
    }
  });
  const names = [...new Set(a.flatMap((f) => f.names).filter((n) => n.parts.some((p) => namesB.has(p))).map((n) => n.text))];
  const numbers = [...new Set(a.flatMap((f) => f.numbers).filter((n) => numsB.has(String(n.value))).map((n) => n.text))];
  const rounded: Record<string, number> = {};
  for (const [k, v] of Object.entries(features)) rounded[k] = Math.round(v * 1e4) / 1e4;
  // Not a regression input: the alignment reads it (one-common-word penalty).
  rounded.breadth = Math.round(breadth * 1e4) / 1e4;
  return {
    score,
    coverageA: Math.round(coverageA * 1e4) / 1e4,
    coverageB: Math.round(coverageB * 1e4) / 1e4,
    evidence: { shared: [...shared], similar, names, numbers, features: rounded },
  };
}
