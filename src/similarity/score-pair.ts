import type { Evidence, PairScore, SentenceFeatures, TermWeights, Token } from '../types.js';
import calibration from './calibration.json' with { type: 'json' };
import { matchWords, type WordMatch } from './match-words.js';

interface Side {
  tokens: Token[];
  weights: number[];
}

function side(group: SentenceFeatures[], weights: TermWeights): Side {
  const tokens: Token[] = [];
  for (const f of group) for (const i of f.content) tokens.push(f.tokens[i]);
  return { tokens, weights: tokens.map((t) => weights.weight(t.key)) };
}

/** For every token of `from`, its best match among the tokens of `to` (null when none). */
function bestMatches(from: Side, to: Side): Array<{ match: WordMatch; other: Token } | null> {
  const byKey = new Map<string, Token>();
  const byLemma = new Map<string, Token>();
  for (const t of to.tokens) {
    if (!byKey.has(t.key)) byKey.set(t.key, t);
    if (t.kind !== 'number' && !byLemma.has(t.lemma)) byLemma.set(t.lemma, t);
  }
  return from.tokens.map((t) => {
    const exact = byKey.get(t.key);
    if (exact) return { match: { strength: 1, via: 'exact' as const }, other: exact };
    const lemma = t.kind !== 'number' ? byLemma.get(t.lemma) : undefined;
    if (lemma) return { match: { strength: 1, via: 'lemma' as const }, other: lemma };
    let best: { match: WordMatch; other: Token } | null = null;
    for (const o of to.tokens) {
      const m = matchWords(t, o);
      if (m && (!best || m.strength > best.match.strength)) best = { match: m, other: o };
    }
    return best;
  });
}

function coverage(s: Side, matches: Array<{ match: WordMatch } | null>): number {
  let total = 0;
  let found = 0;
  for (let i = 0; i < s.tokens.length; i++) {
    total += s.weights[i];
    found += s.weights[i] * (matches[i]?.match.strength ?? 0);
  }
  return total > 0 ? found / total : 0;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** The feature vector of a pair; the combination in calibration.json turns it into a score. */
export function pairFeatures(a: SentenceFeatures[], b: SentenceFeatures[], weights: TermWeights) {
  const sa = side(a, weights);
  const sb = side(b, weights);
  const ma = bestMatches(sa, sb);
  const mb = bestMatches(sb, sa);
  const p = coverage(sa, ma);
  const r = coverage(sb, mb);
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  const exactA = coverage(sa, ma.map((m) => (m && m.match.via === 'exact' ? m : null)));
  const exactB = coverage(sb, mb.map((m) => (m && m.match.via === 'exact' ? m : null)));
  const namesA = new Set(a.flatMap((f) => f.names.flatMap((n) => n.parts)));
  const namesB = new Set(b.flatMap((f) => f.names.flatMap((n) => n.parts)));
  const numsA = new Set(a.flatMap((f) => f.numbers.map((n) => String(n.value))));
  const numsB = new Set(b.flatMap((f) => f.numbers.map((n) => String(n.value))));
  const lenA = sa.tokens.length;
  const lenB = sb.tokens.length;
  const features: Record<string, number> = {
    soft_f1: f1,
    soft_min: Math.min(p, r),
    soft_max: Math.max(p, r),
    exact_f1: exactA + exactB > 0 ? (2 * exactA * exactB) / (exactA + exactB) : 0,
    name_jaccard: jaccard(namesA, namesB),
    number_jaccard: jaccard(numsA, numsB),
    length_ratio: lenA && lenB ? Math.min(lenA, lenB) / Math.max(lenA, lenB) : 0,
  };
  return { features, coverageA: p, coverageB: r, sa, sb, ma, mb, namesA, namesB, numsA, numsB };
}

/** Weighted sum of features from calibration.json, clipped to 0..1. */
export function combine(features: Record<string, number>): number {
  const w = calibration.weights as Record<string, number>;
  let s = w.bias ?? 0;
  for (const [name, value] of Object.entries(features)) s += (w[name] ?? 0) * value;
  if ((calibration as { link?: string }).link === 'logistic') s = 1 / (1 + Math.exp(-s));
  return Math.min(1, Math.max(0, s));
}

/**
 * Similarity of two groups of sentences (one sentence each, or one against two),
 * in 0..1, with the evidence: IDF-weighted soft alignment of content words (exact
 * stem, lemma, spelling variant), names and numbers as anchors. Symmetric:
 * scorePair(a, b) and scorePair(b, a) give the same score.
 */
export function scorePair(a: SentenceFeatures[], b: SentenceFeatures[], weights: TermWeights): PairScore {
  const { features, coverageA, coverageB, sa, ma, namesA, namesB, numsA, numsB } = pairFeatures(a, b, weights);
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
  void namesA;
  const numbers = [...new Set(a.flatMap((f) => f.numbers).filter((n) => numsB.has(String(n.value))).map((n) => n.text))];
  void numsA;
  const rounded: Record<string, number> = {};
  for (const [k, v] of Object.entries(features)) rounded[k] = Math.round(v * 1e4) / 1e4;
  return {
    score,
    coverageA: Math.round(coverageA * 1e4) / 1e4,
    coverageB: Math.round(coverageB * 1e4) / 1e4,
    evidence: { shared: [...shared], similar, names, numbers, features: rounded },
  };
}
