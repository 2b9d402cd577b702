import type { Conflict, Note, PairScore, Relation } from '../types.js';
import calibration from '../similarity/calibration.json' with { type: 'json' };
import { describeAttributionDifference } from './describe-attribution-difference.js';
import { describeCharacterisation } from './describe-characterisation.js';
import { detectAttributionConflict } from './detect-attribution-conflict.js';
import { detectDateConflict } from './detect-date-conflict.js';
import { detectNameConflict } from './detect-name-conflict.js';
import { detectNegationConflict } from './detect-negation-conflict.js';
import { detectNumberConflict } from './detect-number-conflict.js';
import { detectPolarityConflict } from './detect-polarity-conflict.js';
import { detectQuoteConflict } from './detect-quote-conflict.js';
import type { ConflictRule, RuleSide } from './rule.js';
import { aboutDifferentSubjects } from './about-different-subjects.js';

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

/**
 * Rules whose finding only means something when both sides speak of the same subject: a
 * different number, date or polarity about two different subjects is two facts, not a
 * disagreement. Names, quotes and attribution compare who is credited, so they still run.
 */
const SAME_SUBJECT_RULES = new Set<ConflictRule>([detectNumberConflict, detectDateConflict, detectNegationConflict, detectPolarityConflict]);

/**
 * A pair scoring below this shares too little to say its numbers or dates describe the
 * same fact ("Ross was paid $3 million" / "the film has brought in over $363 million",
 * 0.19). Every hand-made truly conflicting pair, reworded ones included, scores 0.46 or
 * more; see test/eval/measure-false-conflicts.ts for the rates this keeps.
 */
const SAME_FACT_SCORE = 0.3;

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
 * sources on each side. Tone differences, and a claim stated as fact by one side
 * and credited to someone by the other, become notes, never conflicts.
 */
export function classifyMatch(sides: RuleSide[], score: PairScore): Classification {
  const conflicts: Conflict[] = [];
  const notes: Note[] = [];
  let distinctFacts = false;
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) {
      // Asked only when a same-subject rule finds something (most matches have no finding at all).
      let different: boolean | undefined;
      const isDifferent = () => (different ??= score.score < SAME_FACT_SCORE || aboutDifferentSubjects(sides[i], sides[j]));
      const found: Conflict[] = [];
      // Below SAME_FACT_SCORE a same-subject rule's findings are two facts, and that only changes the
      // relation of an agreement (a score far above): such rules need not run at all.
      const weak = score.score < SAME_FACT_SCORE && SAME_FACT_SCORE <= AGREEMENT_SCORE;
      for (const rule of CONFLICT_RULES) {
        if (weak && SAME_SUBJECT_RULES.has(rule)) continue;
        const findings = rule(sides[i], sides[j]);
        if (findings.length === 0) continue;
        // Different values about different subjects are two facts: not a conflict, and not an agreement either.
        if (SAME_SUBJECT_RULES.has(rule) && isDifferent()) distinctFacts = true;
        else found.push(...findings);
      }
      conflicts.push(...found);
      notes.push(...describeCharacterisation(sides[i], sides[j]));
      // A pair whose sources already conflict over who vouches for the claim needs no softer note on it.
      if (!found.some((c) => c.kind === 'attribution')) notes.push(...describeAttributionDifference(sides[i], sides[j]));
    }
  }
  const relation: Relation = conflicts.length > 0 ? 'conflict' : score.score >= AGREEMENT_SCORE && !distinctFacts ? 'agreement' : 'partial';
  return { relation, conflicts, notes };
}
