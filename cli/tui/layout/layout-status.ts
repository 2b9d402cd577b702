import type { Filter } from '../state/types.js';
import { sanitizeText } from './sanitize-text.js';
import { seg, type Line } from './segment.js';
import { clusterWidth, displayWidth, graphemes } from '../../../src/export/display-width.js';
import { lineWidth, truncateLine } from './truncate-line.js';
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

// Key hints in the order shown, each with its priority when the line is short (1 = kept longest):
// how to get help and how to quit must stay visible on any terminal wide enough for them.
const MAIN_KEYS: Array<[string, number]> = [['Enter detail', 3], ['f filter', 4], ['/ search', 5], ['e export', 6], ['? help', 1], ['q quit', 2]];
const DETAIL_KEYS: Array<[string, number]> = [['Esc back', 3], ['j/k scroll', 4], ['n/p next/prev', 5], ['? help', 1], ['q quit', 2]];

/** The key hints that fit `room` columns, dropping the least needed first, in their usual order. */
export function fitKeys(keys: Array<[string, number]>, room: number): string {
  const kept = new Set<string>();
  let used = 0;
  for (const [key] of [...keys].sort((p, q) => p[1] - q[1])) {
    const add = key.length + (kept.size > 0 ? 3 : 0);
    if (used + add > room) break;
    kept.add(key);
    used += add;
  }
  return keys.filter(([k]) => kept.has(k)).map(([k]) => k).join(' · ');
}

/**
 * The status bar: a separator, then either the search being typed or the active
 * filter, search, position and the main keys; a message (export result) on its own line.
 */
export function layoutStatus(info: StatusInfo, width: number): Line[] {
  const lines: Line[] = [[seg('─'.repeat(width), 'dim')]];
  if (info.draft !== null) {
    // The end of the draft is where the typing happens: a long one shows its tail, hints go first.
    const hint = '  Enter apply · Esc clear';
    const room = width - 2 - (width - 2 >= displayWidth(info.draft) + hint.length ? hint.length : 0);
    lines.push([seg('/', 'key'), seg(tail(sanitizeText(info.draft), room)), seg('█', 'dim'), ...(room < width - 2 ? [seg(hint, 'dim')] : [])]);
  } else {
    const parts: Line = [seg('filter: ', 'dim'), seg(info.filter, 'bold')];
    if (info.query) parts.push(seg('  search: ', 'dim'), seg(`"${sanitizeText(info.query)}"`, 'hit'));
    parts.push(seg(`  ${info.count === 0 ? 0 : info.selected + 1}/${info.count} rows`, 'dim'));
    const keys = fitKeys(info.view === 'detail' ? DETAIL_KEYS : MAIN_KEYS, width - lineWidth(parts) - 2);
    if (keys) parts.push(seg(`  ${keys}`, 'dim'));
    lines.push(parts);
  }
  const out = lines.map((l) => truncateLine(l, width));
  // A message (where the export went) may be long: up to two wrapped lines, then cut.
  if (info.message) out.push(...wrapSegments([seg(sanitizeText(info.message), 'notice')], width).slice(0, 2).map((l) => truncateLine(l, width)));
  return out;
}

/** The end of `text` in at most `width` columns, starting with "…" when the start was dropped. */
function tail(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  const kept: string[] = [];
  let used = 1;
  for (const g of graphemes(text).reverse()) {
    const w = clusterWidth(g);
    if (used + w > width) break;
    kept.unshift(g);
    used += w;
  }
  return `…${kept.join('')}`;
}
