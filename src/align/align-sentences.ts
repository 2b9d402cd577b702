import type { PairScore, SentenceFeatures, TermWeights } from '../types.js';
import calibration from '../similarity/calibration.json' with { type: 'json' };
import { scorePair } from '../similarity/score-pair.js';
import { generateCandidates } from './generate-candidates.js';

/** A group of sentences of document X matched with a group of document Y. */
export interface Link {
  /** Sentence indices in X, ascending. */
  x: number[];
  /** Sentence indices in Y, ascending. */
  y: number[];
  /** The score of the whole group pair, with evidence. */
  score: PairScore;
}

/**
 * Settings of the alignment. Exported as one object so the evaluation
 * (test/eval) can measure each part's contribution. nearBest and minBreadth
 * are chosen on ECB+ alignment F1 by test/eval/fit-threshold.ts and read from
 * calibration.json (see test/eval/RESULTS.md).
 */
const fitted = (calibration as { alignment?: { nearBest?: number; minBreadth?: number } }).alignment ?? {};
export const ALIGNMENT = {
  /** At most this many sentences of one side in one link (a long sentence against two or three short ones). */
  maxGroup: 3,
  /** A merge must raise the coverage of the side it completes by at least this much. */
  mergeGain: 0.1,
  /**
   * A sentence joins a group only when more than half of its own content weight is
   * found on the other side: in a true split (one long sentence told as two short
   * ones) each short sentence is mostly contained in the long one.
   */
  mergeContained: 0.5,
  /**
   * A pair that is neither sentence's best is still linked when its score is at
   * least this share of both sentences' best scores: two outlets often spread one
   * event over several sentences, and each of those pairs is a real correspondence.
   */
  nearBest: fitted.nearBest ?? 0.7,
  /**
   * Evidence beyond the single strongest matched word, as a share of the smaller
   * side's content weight, below which a pair is not linked: one shared word
   * ("Israel" in an Israel story) is no evidence of a shared claim.
   */
  minBreadth: fitted.minBreadth ?? 0.1,
};

/** Content-word weight of the matched words of a pair, without its strongest word, relative to the smaller side. */
function breadth(s: PairScore): number {
  return s.evidence.features.breadth ?? 1;
}

/**
 * Whether a pair's evidence is more than one common word: after setting aside
 * the strongest matched word, enough matched content weight remains
 * (ALIGNMENT.minBreadth); or, for two tiny sentences (headlines), one word.
 */
export function hasEnoughEvidence(s: PairScore, a: SentenceFeatures[], b: SentenceFeatures[]): boolean {
  const matched = s.evidence.shared.length + s.evidence.similar.length;
  const size = (g: SentenceFeatures[]) => g.reduce((n, f) => n + f.content.length, 0);
  if (matched === 1 && size(a) <= 3 && size(b) <= 3) return true;
  return matched >= 2 && breadth(s) >= ALIGNMENT.minBreadth;
}

/** Score with its best partner at which a sentence counts as told in full there (the same sentence, reworded at most trivially). */
const FULLY_TOLD = 0.98;

interface Scored {
  i: number;
  j: number;
  s: PairScore;
}

/**
 * Aligns the sentences of two documents using the whole document, not only pair
 * scores, and without assuming order:
 *  1. candidates from the inverted index, each scored; pairs below `threshold`
 *     or whose evidence is one common word are dropped;
 *  2. every sentence's best partner is known on both sides. Mutual best pairs
 *     are linked first (in descending score);
 *  3. a sentence whose best partner prefers another sentence joins that partner's
 *     link when the group explains the partner clearly better (coverage gain ≥
 *     ALIGNMENT.mergeGain, the group scores no lower, and the added sentence is
 *     itself explained (more than half of it found on the other side, and the
 *     group's own coverage does not fall): one long sentence
 *     against two short ones. Otherwise it gets a link of its own to that partner
 *     only when the pair is nearly as good as the partner's best
 *     (ALIGNMENT.nearBest): a sentence that carries two claims;
 *  4. remaining pairs that are near-best for both sentences are linked as well.
 * Sentences with no such partner stay unmatched.
 */
export function alignSentences(
  x: SentenceFeatures[],
  y: SentenceFeatures[],
  weights: TermWeights,
  threshold: number,
  skipX: ReadonlySet<number> = new Set(),
  skipY: ReadonlySet<number> = new Set(),
): Link[] {
  const scored: Scored[] = [];
  for (const [i, j] of generateCandidates(x, y, weights, skipX, skipY)) {
    const s = scorePair([x[i]], [y[j]], weights);
    if (s.score >= threshold && hasEnoughEvidence(s, [x[i]], [y[j]])) scored.push({ i, j, s });
  }
  scored.sort((p, q) => q.s.score - p.s.score || p.i - q.i || p.j - q.j);
  const bestX = new Map<number, Scored>();
  const bestY = new Map<number, Scored>();
  for (const c of scored) {
    if (!bestX.has(c.i)) bestX.set(c.i, c);
    if (!bestY.has(c.j)) bestY.set(c.j, c);
  }

  const links: Link[] = [];
  const linksOfX = new Map<number, Link[]>();
  const linksOfY = new Map<number, Link[]>();
  // Pair (i, j) as one number: no string per pair (large inputs have hundreds of thousands).
  const linked = new Set<number>();
  const pairKey = (i: number, j: number) => i * y.length + j;
  const listOf = (map: Map<number, Link[]>, k: number) => {
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    return list;
  };
  const addLink = (link: Link) => {
    links.push(link);
    for (const i of link.x) listOf(linksOfX, i).push(link);
    for (const j of link.y) listOf(linksOfY, j).push(link);
    for (const i of link.x) for (const j of link.y) linked.add(pairKey(i, j));
  };

  // 2. Mutual best pairs.
  for (const c of scored) {
    if (bestX.get(c.i) === c && bestY.get(c.j) === c) addLink({ x: [c.i], y: [c.j], score: c.s });
  }

  // 3. One-sided best pairs: merge into the partner's link, or a link of their own when near-best for the partner.
  for (const c of scored) {
    if (linked.has(pairKey(c.i, c.j))) continue;
    const bestOfI = bestX.get(c.i) === c;
    const bestOfJ = bestY.get(c.j) === c;
    if (!bestOfI && !bestOfJ) continue;
    if (bestOfI) {
      // x[i] prefers y[j], but y[j] prefers another x: can x[i] join y[j]'s link?
      const home = (linksOfY.get(c.j) ?? []).find((l) => l.y.length === 1 && !l.x.includes(c.i));
      if (home && c.s.coverageA >= ALIGNMENT.mergeContained && tryMerge(home, 'x', c.i, x, y, weights)) {
        listOf(linksOfX, c.i).push(home);
        linked.add(pairKey(c.i, c.j));
        continue;
      }
      if (c.s.score >= ALIGNMENT.nearBest * bestY.get(c.j)!.s.score) addLink({ x: [c.i], y: [c.j], score: c.s });
    } else {
      const home = (linksOfX.get(c.i) ?? []).find((l) => l.x.length === 1 && !l.y.includes(c.j));
      if (home && c.s.coverageB >= ALIGNMENT.mergeContained && tryMerge(home, 'y', c.j, x, y, weights)) {
        listOf(linksOfY, c.j).push(home);
        linked.add(pairKey(c.i, c.j));
        continue;
      }
      if (c.s.score >= ALIGNMENT.nearBest * bestX.get(c.i)!.s.score) addLink({ x: [c.i], y: [c.j], score: c.s });
    }
  }

  // 4. Pairs that are nearly the best for both of their sentences — unless one of them has an
  // identical twin on the other side (a copied sentence, a document against itself): it is
  // told in full there, and a further link would only pair it with a neighbour of its twin.
  const toldInFull = (c: Scored) => bestX.get(c.i)!.s.score >= FULLY_TOLD && bestY.get(c.j)!.s.score >= FULLY_TOLD;
  for (const c of scored) {
    if (linked.has(pairKey(c.i, c.j)) || toldInFull(c)) continue;
    if (c.s.score >= ALIGNMENT.nearBest * bestX.get(c.i)!.s.score && c.s.score >= ALIGNMENT.nearBest * bestY.get(c.j)!.s.score) {
      addLink({ x: [c.i], y: [c.j], score: c.s });
    }
  }
  return links.sort((p, q) => p.x[0] - q.x[0] || p.y[0] - q.y[0]);
}

/** Adds sentence `index` to the `side` of `link` when the merged group explains the other side clearly better. */
function tryMerge(link: Link, side: 'x' | 'y', index: number, x: SentenceFeatures[], y: SentenceFeatures[], weights: TermWeights): boolean {
  const group = side === 'x' ? link.x : link.y;
  if (group.length >= ALIGNMENT.maxGroup) return false;
  const merged = [...group, index].sort((p, q) => p - q);
  const gx = (side === 'x' ? merged : link.x).map((k) => x[k]);
  const gy = (side === 'y' ? merged : link.y).map((k) => y[k]);
  const s = scorePair(gx, gy, weights);
  // The side that was NOT extended is the one whose coverage must rise...
  const before = side === 'x' ? link.score.coverageB : link.score.coverageA;
  const after = side === 'x' ? s.coverageB : s.coverageA;
  if (after - before < ALIGNMENT.mergeGain || s.score < link.score.score) return false;
  // ...and the added sentence must itself be explained by the other side: the extended
  // group's coverage may not fall by more than mergeGain. A sentence that only lends
  // a word or two ("United States") while its own claim is absent stays out.
  const extBefore = side === 'x' ? link.score.coverageA : link.score.coverageB;
  const extAfter = side === 'x' ? s.coverageA : s.coverageB;
  if (extAfter < extBefore - ALIGNMENT.mergeGain) return false;
  if (side === 'x') link.x = merged;
  else link.y = merged;
  link.score = s;
  return true;
}
