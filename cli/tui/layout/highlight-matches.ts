import { seg, type Segment, type Style } from './segment.js';

/**
 * Text as search compares it: lower case, and typographic quotes as the ASCII ones a
 * reader types (news text writes Israel’s, a keyboard Israel's). Each replacement is
 * one UTF-16 unit for one, so positions in the folded text are positions in the text.
 */
export function foldForSearch(text: string): string {
  return text.toLowerCase().replace(/[‘’‚‛ʼ′]/g, "'").replace(/[“”„‟″]/g, '"');
}

/** Splits text into segments, marking every occurrence of `query` (compared folded) as a search hit. */
export function highlightMatches(text: string, query: string, style: Style = 'plain'): Segment[] {
  if (!query) return [seg(text, style)];
  const lower = foldForSearch(text);
  const q = foldForSearch(query);
  // toLowerCase can change length for a few characters (İ); then fall back to no highlight.
  if (lower.length !== text.length) return [seg(text, style)];
  const out: Segment[] = [];
  let from = 0;
  for (let at = lower.indexOf(q); at >= 0 && q.length > 0; at = lower.indexOf(q, at + q.length)) {
    if (at > from) out.push(seg(text.slice(from, at), style));
    out.push(seg(text.slice(at, at + q.length), 'hit'));
    from = at + q.length;
  }
  if (from < text.length) out.push(seg(text.slice(from), style));
  return out;
}

/** Marks whole-word occurrences of `words` (any case) in the plain parts of `segments`. */
export function markWords(segments: Segment[], words: string[], style: Style): Segment[] {
  const list = words.map((w) => w.trim()).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (list.length === 0) return segments;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const out: Segment[] = [];
  for (const s of segments) {
    if (s.style !== 'plain') {
      out.push(s);
      continue;
    }
    let from = 0;
    for (const m of s.text.matchAll(re)) {
      if (m.index! > from) out.push(seg(s.text.slice(from, m.index), s.style));
      out.push(seg(m[0], style));
      from = m.index! + m[0].length;
    }
    if (from < s.text.length) out.push(seg(s.text.slice(from), s.style));
  }
  return out;
}
