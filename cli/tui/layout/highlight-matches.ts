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
