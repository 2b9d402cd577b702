import stringSimilarity from 'string-similarity';
import type { NameMention, SentenceFeatures } from '../types.js';

/** Initials of a multi-word name ("united states" → "us"), so "US" = "U.S." = "United States". */
function initials(parts: string[]): string {
  return parts.length > 1 ? parts.map((p) => p[0]).join('') : '';
}

/** "israel" ~ "israeli", "russia" ~ "russian": a place and its demonym share a long prefix. */
function demonymOf(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 4 && l.startsWith(s.slice(0, Math.max(4, s.length - 1))) && l.length - s.length <= 3;
}

/**
 * Whether two name mentions can be the same person, place or organisation: they share a
 * word (Lloyd J. Austin = Austin), one is the initials of the other (US = United States),
 * a place and its demonym (Israel ~ Israeli), or a spelling variant (Dice ≥ 0.8). Generous
 * on purpose: a name conflict is only reported when this says "certainly different".
 */
export function sameEntity(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  for (const p of a) for (const q of b) if (p === q || demonymOf(p, q)) return true;
  const ja = a.join('');
  const jb = b.join('');
  if (ja === initials(b) || jb === initials(a)) return true;
  if (ja.length >= 4 && jb.length >= 4 && stringSimilarity.compareTwoStrings(a.join(' '), b.join(' ')) >= 0.8) return true;
  return false;
}

/** Whether the words of `parts` occur anywhere on a side (lower-case, as names or plain words: "the israeli minister"). */
export function mentionedIn(parts: string[], side: SentenceFeatures[]): boolean {
  for (const f of side) {
    for (const n of f.names) if (sameEntity(parts, n.parts)) return true;
    for (const t of f.tokens) {
      const w = t.lower.replace(/[.’']/g, '');
      if (w.length >= 3 && parts.some((p) => p === w || demonymOf(p, w))) return true;
      if (parts.length > 1 && w === initials(parts)) return true;
    }
  }
  return false;
}

/** Names of a sentence that are not dates or weekdays ("Monday" is a PROPN to the tagger). */
export function realNames(f: SentenceFeatures): NameMention[] {
  return f.names.filter((n) => !f.dates.some((d) => n.start < d.end && d.start < n.end) && n.parts.some((p) => /\p{L}{2}/u.test(p)));
}
