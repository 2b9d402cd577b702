import type { Conflict, SentenceFeatures, SourceId } from '../types.js';

/** One side of a matched pair as a conflict rule sees it. */
export interface RuleSide {
  /** Source id (A, B, …). */
  source: SourceId;
  /** Features of the side's sentences, in order. */
  features: SentenceFeatures[];
  /** The side's sentences joined with spaces. */
  text: string;
}

/**
 * A conflict rule: given two sides of a match (already known to be about the same
 * thing), the checkable disagreements it finds. One rule per file (DESIGN §1).
 */
export type ConflictRule = (a: RuleSide, b: RuleSide) => Conflict[];
