import cues from '../features/cues.json' with { type: 'json' };
import type { Conflict, SentenceFeatures, Token } from '../types.js';
import { claimOverlap } from './claim-overlap.js';
import { perSentence } from '../features/per-sentence.js';
import type { RuleSide } from './rule.js';

const GROUPS = cues.opposites as Record<string, string[]>;
/** Each group and the group it opposes. */
const OPPOSED: Array<[string, string]> = [['up', 'down'], ['approve', 'reject'], ['convict', 'acquit']];
/** Share of claim words (names included) the sides must share: the same subject going opposite ways. */
const SAME_CLAIM = 0.6;

const NEGATORS = new Set(cues.negators);

/** Whether a token has a negator among the three tokens before it ("not guilty", "did not rise"). */
function negated(f: SentenceFeatures, k: number): boolean {
  return f.tokens.slice(Math.max(0, k - 3), k).some((t) => NEGATORS.has(t.lower.replace(/’/g, "'")));
}

function opposite(group: string): string {
  const pair = OPPOSED.find(([x, y]) => x === group || y === group)!;
  return pair[0] === group ? pair[1] : pair[0];
}

const GROUP_WORDS = new Map(Object.entries(GROUPS).map(([g, words]) => [g, new Set(words)]));

/** For each group, the words of a sentence that say its direction (see used), worked out once per sentence. */
const directions = perSentence((f: SentenceFeatures): Map<string, Token[]> => {
  const out = new Map<string, Token[]>();
  const isIn = (set: Set<string> | undefined, t: Token) => set !== undefined && !t.stop && t.kind === 'word' && (set.has(t.lemma) || set.has(t.lower));
  for (const pair of OPPOSED) {
    for (const group of pair) {
      const own = GROUP_WORDS.get(group);
      const other = GROUP_WORDS.get(opposite(group));
      out.set(group, f.tokens.filter((t, k) => (isIn(own, t) && !negated(f, k)) || (isIn(other, t) && negated(f, k))));
    }
  }
  return out;
});

/** Words of a side that say a group's direction: its own words, or the opposite group's words negated ("not guilty" = acquit). */
function used(side: SentenceFeatures[], group: string): Token[] {
  return side.flatMap((f) => directions(f).get(group) ?? []);
}

/**
 * Opposite direction or outcome for the same claim: "Indian stocks close higher" vs
 * "Indian stocks close lower", "the rupee rose" vs "the rupee fell", "the jury convicted"
 * vs "the jury acquitted". A kind of negation: one side asserts the opposite of the other.
 * Fires only when each side uses one group alone (a side saying both "rose" and "fell"
 * describes a movement, not a direction) and the sides share most of their claim words.
 */
export function detectPolarityConflict(a: RuleSide, b: RuleSide): Conflict[] {
  for (const [g1, g2] of OPPOSED) {
    for (const [x, y] of [[g1, g2], [g2, g1]]) {
      const ax = used(a.features, x);
      const by = used(b.features, y);
      if (ax.length === 0 || by.length === 0 || used(a.features, y).length > 0 || used(b.features, x).length > 0) continue;
      if (claimOverlap(a.features, b.features, true) < SAME_CLAIM) return [];
      const va = ax.map((t) => t.text).join(', ');
      const vb = by.map((t) => t.text).join(', ');
      return [{ kind: 'negation', values: { [a.source]: va, [b.source]: vb }, explanation: `Opposite directions: ${a.source} says ${va}, ${b.source} says ${vb}` }];
    }
  }
  return [];
}
