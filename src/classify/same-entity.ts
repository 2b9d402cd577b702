import stringSimilarity from 'string-similarity';
import type { NameMention, SentenceFeatures } from '../types.js';
import { perSentence } from '../features/per-sentence.js';

/** Initials of a multi-word name ("united states" → "us"), so "US" = "U.S." = "United States". */
function initials(parts: string[]): string {
  return parts.length > 1 ? parts.map((p) => p[0]).join('') : '';
}

/** "israel" ~ "israeli", "russia" ~ "russian": a place and its demonym share a long prefix. */
function demonymOf(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 4 && l.startsWith(s.slice(0, Math.max(4, s.length - 1))) && l.length - s.length <= 3;
}

/** Edit distance of two short words (names), capped: only "at most 2" matters. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Two name words that are the same name spelt differently (Morsi/Mursi, Jeffrey/Jeffery, Muqtada/Moqtada). */
function variantWord(p: string, q: string): boolean {
  if (p === q) return true;
  if (p.length < 4 || q.length < 4) return false;
  return editDistance(p, q) <= (Math.min(p.length, q.length) >= 7 ? 2 : 1);
}

/** Name words split on hyphens too ("al-sadr" → "al", "sadr"). */
function words(parts: string[]): string[] {
  return parts.flatMap((p) => p.split('-')).filter((p) => p !== '');
}

/**
 * Whether two name mentions can be the same person, place or organisation: they share a
 * word (Lloyd J. Austin = Austin), one is the initials of the other (US = United States),
 * a place and its demonym (Israel ~ Israeli), or a spelling variant (Dice ≥ 0.8). Generous
 * on purpose: a name conflict is only reported when this says "certainly different".
 */
export function sameEntity(a: string[], b: string[]): boolean {
  // The rules ask about the same two names once per match and rule, and a story repeats its
  // names: remembered by their words (bounded, so endless distinct names cannot grow it).
  const k = `${a.join(' ')}\u0000${b.join(' ')}`;
  let v = sameMemo.get(k);
  if (v === undefined) {
    if (sameMemo.size >= SAME_MEMO_MAX) sameMemo.clear();
    sameMemo.set(k, (v = sameEntityOf(a, b)));
  }
  return v;
}

const SAME_MEMO_MAX = 100_000;
const sameMemo = new Map<string, boolean>();

function sameEntityOf(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  for (const p of words(a)) for (const q of words(b)) if (variantWord(p, q) || demonymOf(p, q)) return true;
  const ja = a.join('');
  const jb = b.join('');
  if (ja === initials(b) || jb === initials(a)) return true;
  if (ja.length >= 4 && jb.length >= 4 && stringSimilarity.compareTwoStrings(a.join(' '), b.join(' ')) >= 0.8) return true;
  return false;
}

/** Whether the words of `parts` occur anywhere on a side (lower-case, as names or plain words: "the israeli minister"). */
export function mentionedIn(parts: string[], side: SentenceFeatures[]): boolean {
  const init = parts.length > 1 ? initials(parts) : null;
  for (const f of side) {
    for (const n of f.names) if (sameEntity(parts, n.parts)) return true;
    for (const w of plainWords(f)) {
      if (w.length >= 3 && parts.some((p) => p === w || demonymOf(p, w))) return true;
      if (init !== null && w === init) return true;
    }
  }
  return false;
}

/** A sentence's words in lower case without dots and apostrophes ("u.s." → "us"), once per sentence. */
const plainWords = perSentence((f: SentenceFeatures): string[] => f.tokens.map((t) => t.lower.replace(/[.’']/g, '')));

/** Names of a sentence that are not dates or weekdays ("Monday" is a PROPN to the tagger). */
export const realNames = perSentence((f: SentenceFeatures): NameMention[] =>
  f.names.filter((n) => !f.dates.some((d) => n.start < d.end && d.start < n.end) && n.parts.some((p) => /\p{L}{2}/u.test(p))),
);

/** Titles that stand before a person's name ("Senator Smith", "Gen. Jeffrey"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'gen', 'general', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'secretary', 'minister', 'judge', 'justice', 'mayor', 'king', 'queen', 'prince', 'pope', 'chancellor', 'premier', 'coach']);

/**
 * A mention that names a person: a first and last name ("Anna Kowalski"), or a title
 * before a surname ("Senator Smith"). Places, organisations and demonyms are not
 * persons: their variants (Athens ~ Greek, Obama ~ U.S. as metonymy) are too many to tell apart.
 */
export function isPerson(n: NameMention): boolean {
  const raw = n.text.split(/\s+/).map((w) => w.toLowerCase().replace(/[.’']/g, ''));
  const alpha = n.parts.every((p) => /^\p{L}[\p{L}-]*$/u.test(p)) && !n.text.split(/\s+/).some((w) => /^\p{Lu}{2,}$/u.test(w.replace(/\./g, '')));
  if (!alpha) return false;
  if (n.parts.length >= 2 && n.parts.length <= 4) return true;
  return n.parts.length === 1 && TITLES.has(raw[Math.max(0, raw.indexOf(n.parts[0]) - 1)] ?? '');
}

/** Same person: the surnames (last words) are the same or spelling variants, or a lone surname matches any word of the other. */
export function samePerson(a: string[], b: string[]): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 1 || wb.length === 1) return wa.some((p) => wb.some((q) => variantWord(p, q)));
  return variantWord(wa[wa.length - 1], wb[wb.length - 1]);
}
