import { seg, type Segment, type Style } from './segment.js';

/** Splits text into segments, marking every case-insensitive occurrence of `query` as a search hit. */
export function highlightMatches(text: string, query: string, style: Style = 'plain'): Segment[] {
  if (!query) return [seg(text, style)];
  const lower = text.toLowerCase();
  const q = query.toLowerCase();
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
