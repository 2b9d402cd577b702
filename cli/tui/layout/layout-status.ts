import type { Filter } from '../state/types.js';
import { sanitizeText } from './sanitize-text.js';
import { seg, type Line } from './segment.js';
import { truncateLine } from './truncate-line.js';
import { wrapSegments } from './wrap-segments.js';

/** What the status bar shows. */
export interface StatusInfo {
  view: 'main' | 'detail';
  filter: Filter;
  query: string;
  draft: string | null;
  selected: number;
  count: number;
  message: string | null;
}

/**
 * The status bar: a separator, then either the search being typed or the active
 * filter, search, position and the main keys; a message (export result) on its own line.
 */
export function layoutStatus(info: StatusInfo, width: number): Line[] {
  const lines: Line[] = [[seg('─'.repeat(width), 'dim')]];
  if (info.draft !== null) {
    lines.push([seg('/', 'key'), seg(sanitizeText(info.draft)), seg('█', 'dim'), seg('  Enter apply · Esc clear', 'dim')]);
  } else {
    const parts: Line = [seg('filter: ', 'dim'), seg(info.filter, 'bold')];
    if (info.query) parts.push(seg('  search: ', 'dim'), seg(`"${sanitizeText(info.query)}"`, 'hit'));
    parts.push(seg(`  ${info.count === 0 ? 0 : info.selected + 1}/${info.count} rows`, 'dim'));
    const keys = info.view === 'detail' ? 'Esc back · j/k scroll · ? help · q quit' : 'Enter detail · f filter · / search · e export · ? help · q quit';
    parts.push(seg(`  ${keys}`, 'dim'));
    lines.push(parts);
  }
  const out = lines.map((l) => truncateLine(l, width));
  // A message (where the export went) may be long: up to two wrapped lines, then cut.
  if (info.message) out.push(...wrapSegments([seg(sanitizeText(info.message), 'notice')], width).slice(0, 2).map((l) => truncateLine(l, width)));
  return out;
}
