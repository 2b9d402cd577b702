import type { PairScore, SentenceFeatures, TermWeights } from '../types.js';
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

/** At most this many sentences of one side in one link (a long sentence against two or three short ones). */
const MAX_GROUP = 3;
/** A merge must raise the coverage of the side it completes by at least this much. */
const MERGE_GAIN = 0.12;
/** A second, separate link for a sentence already matched needs this much of its own content covered. */
const SECOND_CLAIM_COVERAGE = 0.6;

/**
 * Whether a pair's evidence is more than one common word: two or more distinct
 * matched content words, or one when both sentences are tiny (headlines).
 */
export function hasEnoughEvidence(s: PairScore, a: SentenceFeatures[], b: SentenceFeatures[]): boolean {
  const matched = s.evidence.shared.length + s.evidence.similar.length;
  if (matched >= 2) return true;
  const size = (g: SentenceFeatures[]) => g.reduce((n, f) => n + f.content.length, 0);
  return matched === 1 && size(a) <= 3 && size(b) <= 3;
}

/**
 * Aligns the sentences of two documents without assuming order:
 *  1. candidates from the inverted index, each scored;
 *  2. greedy one-to-one matching by descending score (the best pairs first, so a
 *     sentence goes to its strongest partner; ties broken by position);
 *  3. one-to-many: a remaining sentence whose best partner is taken joins that
 *     partner's link when together they explain the partner clearly better
 *     (coverage gain ≥ MERGE_GAIN), or forms a second link with it when its own
 *     content is mostly found there (one long sentence carrying two claims).
 * Pairs below `threshold`, or whose evidence is a single common word, are never linked.
 */
export function alignSentences(
  x: SentenceFeatures[],
  y: SentenceFeatures[],
  weights: TermWeights,
  threshold: number,
  skipX: ReadonlySet<number> = new Set(),
  skipY: ReadonlySet<number> = new Set(),
): Link[] {
  const scored: Array<{ i: number; j: number; s: PairScore }> = [];
  for (const [i, j] of generateCandidates(x, y, weights, skipX, skipY)) {
    const s = scorePair([x[i]], [y[j]], weights);
    if (s.score >= threshold && hasEnoughEvidence(s, [x[i]], [y[j]])) scored.push({ i, j, s });
  }
  scored.sort((p, q) => q.s.score - p.s.score || p.i - q.i || p.j - q.j);

  const links: Link[] = [];
  const linkOfX = new Map<number, Link>();
  const linkOfY = new Map<number, Link>();
  for (const { i, j, s } of scored) {
    if (linkOfX.has(i) || linkOfY.has(j)) continue;
    const link: Link = { x: [i], y: [j], score: s };
    links.push(link);
    linkOfX.set(i, link);
    linkOfY.set(j, link);
  }

  for (const { i, j, s } of scored) {
    const lx = linkOfX.get(i);
    const ly = linkOfY.get(j);
    if (lx && ly) continue;
    if (!lx && ly) {
      // x[i] is free; its partner y[j] is already linked.
      if (tryMerge(ly, 'x', i, x, y, weights)) { linkOfX.set(i, ly); continue; }
      if (s.coverageA >= SECOND_CLAIM_COVERAGE) {
        const link: Link = { x: [i], y: [j], score: s };
        links.push(link);
        linkOfX.set(i, link);
      }
    } else if (lx && !ly) {
      if (tryMerge(lx, 'y', j, x, y, weights)) { linkOfY.set(j, lx); continue; }
      if (s.coverageB >= SECOND_CLAIM_COVERAGE) {
        const link: Link = { x: [i], y: [j], score: s };
        links.push(link);
        linkOfY.set(j, link);
      }
    }
  }
  return links;
}

/** Adds sentence `index` to the `side` of `link` when the merged group explains the other side clearly better. */
function tryMerge(link: Link, side: 'x' | 'y', index: number, x: SentenceFeatures[], y: SentenceFeatures[], weights: TermWeights): boolean {
  const group = side === 'x' ? link.x : link.y;
  if (group.length >= MAX_GROUP) return false;
  const merged = [...group, index].sort((p, q) => p - q);
  const gx = (side === 'x' ? merged : link.x).map((k) => x[k]);
  const gy = (side === 'y' ? merged : link.y).map((k) => y[k]);
  const s = scorePair(gx, gy, weights);
  // The side that was NOT extended is the one whose coverage must rise.
  const before = side === 'x' ? link.score.coverageB : link.score.coverageA;
  const after = side === 'x' ? s.coverageB : s.coverageA;
  if (after - before < MERGE_GAIN || s.score < link.score.score) return false;
  if (side === 'x') link.x = merged;
  else link.y = merged;
  link.score = s;
  return true;
}
