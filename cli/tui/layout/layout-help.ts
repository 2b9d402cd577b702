import { KEYS } from '../state/key-to-action.js';
import { THEME } from '../../../src/export/theme.js';
import { seg, type Line } from './segment.js';
import { lineWidth, padLine, truncateLine } from './truncate-line.js';

/** The help overlay: every key, then the markers legend, in a box that fits `width`. */
export function layoutHelp(width: number): Line[] {
  const keyWidth = Math.max(...KEYS.map(([k]) => k.length)) + 2;
  const body: Line[] = [
    [seg('Keys', 'bold')],
    ...KEYS.map(([k, what]): Line => [seg(k.padEnd(keyWidth), 'key'), seg(what)]),
    [],
    [seg('Markers', 'bold')],
    ...(['agreement', 'partial', 'conflict', 'unique', 'ignored'] as const).map((r): Line => [seg(`${THEME[r].marker} `, r), seg(THEME[r].label)]),
    [],
    [seg('In the detail: ', 'dim'), seg('[-only in A-]', 'onlyA'), seg(' '), seg('{+only in B+}', 'onlyB'), seg(' shared words plain', 'dim')],
  ];
  const widest = Math.max(...body.map(lineWidth));
  // No box when it would cut the text: on a narrow terminal every column is worth more than a frame.
  if (width < widest + 4) return [...body, [seg('any key closes this help · q quits', 'dim')]].map((l) => truncateLine(l, width));
  const inner = widest;
  const boxed: Line[] = [[seg(`╭${'─'.repeat(inner + 2)}╮`, 'dim')]];
  for (const l of body) boxed.push([seg('│ ', 'dim'), ...padLine(truncateLine(l, inner), inner), seg(' │', 'dim')]);
  boxed.push([seg(`╰${'─'.repeat(inner + 2)}╯`, 'dim')]);
  boxed.push([seg('any key closes this help · q quits', 'dim')]);
  return boxed.map((l) => truncateLine(l, width));
}
