import type { Conflict, Note, PairScore, Relation } from '../types.js';
import calibration from '../similarity/calibration.json' with { type: 'json' };
import { describeCharacterisation } from './describe-characterisation.js';
import { detectAttributionConflict } from './detect-attribution-conflict.js';
import { detectDateConflict } from './detect-date-conflict.js';
import { detectNameConflict } from './detect-name-conflict.js';
import { detectNegationConflict } from './detect-negation-conflict.js';
import { detectNumberConflict } from './detect-number-conflict.js';
import { detectPolarityConflict } from './detect-polarity-conflict.js';
import { detectQuoteConflict } from './detect-quote-conflict.js';
import type { ConflictRule, RuleSide } from './rule.js';

/** The conflict rules, in the order their findings are listed. */
export const CONFLICT_RULES: ConflictRule[] = [
  detectNumberConflict,
  detectDateConflict,
  detectNameConflict,
  detectNegationConflict,
  detectPolarityConflict,
  detectQuoteConflict,
  detectAttributionConflict,
];

/** Score at or above which a match with no conflict is an agreement rather than a partial overlap. */
export const AGREEMENT_SCORE: number = calibration.agreement;

/** The outcome of classifying one match. */
export interface Classification {
  relation: Relation;
  conflicts: Conflict[];
  notes: Note[];
}

/**
 * The relation of a match: a conflict when any rule finds a checkable
 * disagreement between two of its sides; otherwise an agreement when the
 * score says they make the same claim, else a partial overlap. Every pair of
 * sides is checked, so with three or more sources each conflict names the
 * sources on each side. Tone differences become notes, never conflicts.
 */
export function classifyMatch(sides: RuleSide[], score: PairScore): Classification {
  const conflicts: Conflict[] = [];
  const notes: Note[] = [];
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) {
      for (const rule of CONFLICT_RULES) conflicts.push(...rule(sides[i], sides[j]));
      notes.push(...describeCharacterisation(sides[i], sides[j]));
    }
  }
  const relation: Relation = conflicts.length > 0 ? 'conflict' : score.score >= AGREEMENT_SCORE ? 'agreement' : 'partial';
  return { relation, conflicts, notes };
}
