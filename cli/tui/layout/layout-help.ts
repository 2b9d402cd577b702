import { KEYS } from '../state/key-to-action.js';
import { MARKS } from '../theme/tui-theme.js';
import { packItems } from './layout-header.js';
import { sanitizeText } from './sanitize-text.js';
import { seg, type Line } from './segment.js';
import { lineWidth, padLine, truncateLine } from './truncate-line.js';

const FOOTER: Line = [seg('any key closes this help · q quits', 'dim')];

/**
 * The help overlay: every key, the markers legend, the diff marks, in a box that
 * fits `width`. It takes the whole screen above the status bar; when `maxLines`
 * is short it drops the box first, then the legends, so the keys (quit last of
 * all) stay readable on an 80×24 terminal and smaller.
 */
export function layoutHelp(width: number, maxLines = Infinity, exportTo?: string): Line[] {
  const keyWidth = Math.max(...KEYS.map(([k]) => k.length)) + 2;
  // With -f tui -o FILE, e writes that one file (format from its extension).
  const list = KEYS.map(([k, what]): [string, string] => [k, k === 'e' && exportTo !== undefined ? `export the report to ${sanitizeText(exportTo)} (-o)` : what]);
  const keys: Line[] = [[seg('Keys', 'bold')], ...list.map(([k, what]): Line => [seg(k.padEnd(keyWidth), 'key'), seg(what)])];
  const markers = (['agreement', 'partial', 'conflict', 'note', 'unique', 'ignored'] as const).map((r): Line => [seg(`${MARKS[r].marker} `, r), seg(MARKS[r].label)]);
  const legend: Line[] = [
    [],
    [seg('Markers', 'bold')],
    ...packItems(markers, Math.max(1, Math.min(width - 4, Math.max(...keys.map(lineWidth)))), 3),
    [seg(`${MARKS.note.marker} note: `, 'note'), seg('how the sources differ across the story (tone); not a conflict', 'dim')],
    [],
    [seg('In the detail: ', 'dim'), seg('[-only in A-]', 'onlyA'), seg(' '), seg('{+only in B+}', 'onlyB'), seg(' shared words plain', 'dim')],
  ];
  const body = [...keys, ...legend];
  const widest = Math.max(...body.map(lineWidth));
  // No box when it would cut the text or take the last lines: every column and line is worth more than a frame.
  if (width >= widest + 4 && body.length + 3 <= maxLines) {
    const inner = widest;
    const boxed: Line[] = [[seg(`╭${'─'.repeat(inner + 2)}╮`, 'dim')]];
    for (const l of body) boxed.push([seg('│ ', 'dim'), ...padLine(truncateLine(l, inner), inner), seg(' │', 'dim')]);
    boxed.push([seg(`╰${'─'.repeat(inner + 2)}╯`, 'dim')]);
    boxed.push(FOOTER);
    return boxed.map((l) => truncateLine(l, width));
  }
  const max = Math.max(1, maxLines);
  const plain = body.length + 1 <= max ? [...body, FOOTER] : keys.length + 1 <= max ? [...keys, FOOTER] : keys.length <= max ? keys : [...keys.slice(0, max - 1), keys[keys.length - 1]];
  return plain.map((l) => truncateLine(l, width));
}
