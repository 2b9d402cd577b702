import type { SentenceFeatures, Token } from '../types.js';
import cues from '../features/cues.json' with { type: 'json' };
import { perSentence } from '../features/per-sentence.js';

const ATTRIBUTION = new Set(cues.attribution);

/** A sentence's claim words, without and with its name parts. */
const sentenceClaimWords = perSentence((f: SentenceFeatures): [Set<string>, Set<string>] => {
  const out = new Set<string>();
  const mentions = [...f.names, ...f.numbers, ...f.dates];
  const inMention = (t: Token) => mentions.some((m) => t.start < m.end && m.start < t.end);
  for (const i of f.content) {
    const t = f.tokens[i];
    if (t.kind !== 'word' || inMention(t) || ATTRIBUTION.has(t.lower) || t.pos === 'AUX') continue;
    out.add(t.lemma);
  }
  const withNames = new Set(out);
  for (const n of f.names) for (const p of n.parts) withNames.add(p);
  return [out, withNames];
});

/**
 * Content words that carry the claim: no names, numbers, dates, reporting verbs or negation
 * cues (with `withNames`, the name parts too). Read-only: a one-sentence side gets the set
 * remembered for that sentence.
 */
export function claimWords(side: SentenceFeatures[], withNames = false): ReadonlySet<string> {
  if (side.length === 1) return sentenceClaimWords(side[0])[withNames ? 1 : 0];
  const out = new Set<string>();
  for (const f of side) for (const w of sentenceClaimWords(f)[withNames ? 1 : 0]) out.add(w);
  return out;
}

/**
 * How much of the shorter side's claim words the other side shares (0..1): the overlap
 * coefficient over lemmas, names and numbers set aside. Rules whose finding depends on the
 * two sides making the same claim (a different name in the same role, a negated predicate)
 * ask for a high value so a loose match never yields a conflict. With `withNames` the
 * names count too (who does it is part of the claim when the rule is not about names).
 */
export function claimOverlap(a: SentenceFeatures[], b: SentenceFeatures[], withNames = false): number {
  const wa = claimWords(a, withNames);
  const wb = claimWords(b, withNames);
  const small = Math.min(wa.size, wb.size);
  if (small === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / small;
}
