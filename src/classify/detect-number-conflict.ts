import type { Conflict, NumberMention } from '../types.js';
import type { RuleSide } from './rule.js';

/** Relative tolerance of an approximate number ("about 100" agrees with 97). */
const APPROX_TOLERANCE = 0.1;

function agrees(p: NumberMention, q: NumberMention): boolean {
  if (p.value === q.value) return true;
  if (p.approx || q.approx) return Math.abs(p.value - q.value) <= APPROX_TOLERANCE * Math.max(Math.abs(p.value), Math.abs(q.value));
  return false;
}

/**
 * Numbers that count the same thing (same unit or counted noun on both sides)
 * but disagree: "two cables" vs "three cables", "150 m" vs "60 m". A number
 * with no unit is never compared, and a value that the other side also states
 * somewhere (a conversion "150 m (492 ft)") is not a conflict: precision first.
 */
export function detectNumberConflict(a: RuleSide, b: RuleSide): Conflict[] {
  const na = a.features.flatMap((f) => f.numbers);
  const nb = b.features.flatMap((f) => f.numbers);
  const conflicts: Conflict[] = [];
  const reported = new Set<string>();
  for (const p of na) {
    if (!p.unit || nb.some((q) => agrees(p, q))) continue;
    const rival = nb.find((q) => q.unit === p.unit && !na.some((r) => agrees(r, q)));
    if (!rival) continue;
    const key = `${p.text}|${rival.text}`;
    if (reported.has(key)) continue;
    reported.add(key);
    conflicts.push({
      kind: 'number',
      values: { [a.source]: p.text, [b.source]: rival.text },
      explanation: `${a.source} says ${p.text}, ${b.source} says ${rival.text}`,
    });
  }
  return conflicts;
}
