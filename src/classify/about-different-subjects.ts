import type { SentenceFeatures } from '../types.js';
import { perSentence } from '../features/per-sentence.js';
import type { RuleSide } from './rule.js';
import { mentionedIn, realNames, sameEntity } from './same-entity.js';

/**
 * Who or what a side is about: its proper names (not dates), and capitalised
 * adjectives, which in news are mostly demonyms ("French unemployment",
 * "Australian troops") and name the subject as surely as a place does.
 */
function subjects(side: SentenceFeatures[]): string[][] {
  return side.length === 1 ? sentenceSubjects(side[0]) : side.flatMap(sentenceSubjects);
}

const sentenceSubjects = perSentence((f: SentenceFeatures): string[][] => {
  const out: string[][] = [];
  // "$US1.2" reaches the name tagger too; a name has no digits.
  for (const n of realNames(f)) if (!n.parts.some((p) => /\d/.test(p))) out.push(n.parts);
  for (const t of f.tokens) if (t.pos === 'ADJ' && /^\p{Lu}\p{Ll}/u.test(t.text)) out.push([t.lower]);
  return out;
});

/**
 * Whether two matched sides are about different subjects, so a differing number, date
 * or polarity is not a disagreement but two facts: "Australian unemployment rose to 5.1
 * percent" and "French unemployment rose to 10 percent"; a 7.3 quake in Nepal and a 6.6
 * quake off Indonesia. True when both sides name someone or something and no name of
 * one can be the same entity as, or is mentioned on, the other. Generous towards
 * "different": a missed conflict costs a fact-checker less than a false one.
 */
export function aboutDifferentSubjects(a: RuleSide, b: RuleSide): boolean {
  const sa = subjects(a.features);
  const sb = subjects(b.features);
  if (sa.length === 0 || sb.length === 0) return false;
  const linked = sa.some((p) => sb.some((q) => sameEntity(p, q)) || mentionedIn(p, b.features)) || sb.some((q) => mentionedIn(q, a.features));
  return !linked;
}
