import cues from '../features/cues.json' with { type: 'json' };
import type { Conflict, SentenceFeatures } from '../types.js';
import { claimOverlap } from './claim-overlap.js';
import { sameQuotation } from './compare-quotes.js';
import { findSpeakers, type Speaker } from './find-speakers.js';
import { ordered } from './ordered-values.js';
import type { RuleSide } from './rule.js';
import { mentionedIn, sameEntity } from './same-entity.js';

const REPORTATIVE = new Set(cues.reportative);
const REPORTING = new Set(cues.attribution.filter((c) => !c.includes(' ')));
/** Share of claim words two sides must have in common before their attributions are compared. */
const SAME_CLAIM = 0.5;
/** Share of claim words that makes two unquoted statements the same statement. */
const SAME_STATEMENT = 0.7;

function speakers(side: RuleSide): Speaker[] {
  return side.features.flatMap((f) => findSpeakers(f));
}

/** A reportative hedge ("reportedly", "allegedly") and the word it hedges (the next content word: "allegedly opening fire" → "open"). */
interface Hedge { word: string; hedged: string; pos: string }

function hedges(side: RuleSide): Hedge[] {
  return side.features.flatMap((f) =>
    f.tokens.flatMap((t, i) => {
      if (!REPORTATIVE.has(t.lower)) return [];
      const next = f.tokens.slice(i + 1, i + 4).find((n) => !n.stop && n.kind === 'word' && n.pos !== 'ADV');
      return next ? [{ word: t.text, hedged: next.lemma, pos: next.pos }] : [];
    }),
  );
}

/** Whether a side says the hedged word itself, as the same part of speech (a flat "shot", not the noun "shooting"). */
const says = (side: RuleSide, h: Hedge) => side.features.some((f) => f.tokens.some((t) => t.lemma === h.hedged && t.pos === h.pos && !t.stop));

/** Whether a side passes anything on from someone: a reporting verb or "according to". */
function attributes(features: SentenceFeatures[]): boolean {
  return features.some((f) => f.tokens.some((t, i) => (REPORTING.has(t.lower) && t.pos === 'VERB') || (t.lower === 'according' && f.tokens[i + 1]?.lower === 'to')));
}

/**
 * Who vouches for a claim. Two findings:
 * - different sources: both sides credit the same statement (the same quotation, or with
 *   no quotation nearly the same claim words) to named people or bodies, and none of one side's is the other's (name variants agree) nor
 *   mentioned on the other side at all: "…," Foreign Minister Kowalski said vs "…,"
 *   Interior Minister Nowak said;
 * - hedged vs flat: one side passes the claim on with "reportedly" or "allegedly", the
 *   other states that same thing (the hedged word) flatly with no source at all.
 * A claim stated as fact by one side and as "police said" by the other is not reported:
 * on news paraphrases that difference is routine (one outlet drops "he said"), and a
 * conflict must be something a fact-checker would act on.
 */
export function detectAttributionConflict(a: RuleSide, b: RuleSide): Conflict[] {
  if (claimOverlap(a.features, b.features) < SAME_CLAIM) return [];
  const conflicts: Conflict[] = [];
  // Only people are compared: "Google CEO" and "Larry Page", "the Academy" and its producers may be one source.
  const na = speakers(a).filter((s) => s.person);
  const nb = speakers(b).filter((s) => s.person);
  // The same statement: the same quotation on both sides, or (with no quotation on either) nearly the same claim words.
  const qa = a.features.flatMap((f) => f.quotes.map((q) => q.text));
  const qb = b.features.flatMap((f) => f.quotes.map((q) => q.text));
  const sameStatement =
    qa.length > 0 && qb.length > 0 ? qa.some((x) => qb.some((y) => sameQuotation(x, y)))
      : qa.length === 0 && qb.length === 0 && claimOverlap(a.features, b.features) >= SAME_STATEMENT;
  if (
    sameStatement && na.length > 0 && nb.length > 0 &&
    !na.some((x) => nb.some((y) => sameEntity(x.parts, y.parts))) &&
    !na.some((x) => mentionedIn(x.parts, b.features)) && !nb.some((y) => mentionedIn(y.parts, a.features))
  ) {
    conflicts.push({
      kind: 'attribution',
      values: { [a.source]: na[0].text, [b.source]: nb[0].text },
      explanation: `${a.source} credits this to ${na[0].text}, ${b.source} to ${nb[0].text}`,
    });
  }
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const hx = hedges(x).filter((h) => says(y, h));
    if (hx.length > 0 && hedges(y).length === 0 && !attributes(y.features)) {
      const w = hx.map((h) => h.word);
      conflicts.push({
        kind: 'attribution',
        values: ordered(a.source, b.source, { [x.source]: w.join(', '), [y.source]: 'stated as fact' }),
        // Told from the hedging side: that is where the reader must look.
        explanation: `${x.source} hedges this ("${w.join('", "')}"), ${y.source} states it as fact`,
      });
    }
  }
  return conflicts;
}
