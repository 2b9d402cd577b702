import type { Line } from '../layout/segment.js';
import { inkStyle, type InkStyle } from './tui-theme.js';

// SGR codes for the colour names the theme uses (the 16 standard colours every terminal has).
const FG: Record<string, number> = { black: 30, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37, gray: 90 };
const BG: Record<string, number> = { black: 40, red: 41, green: 42, yellow: 43, blue: 44, magenta: 45, cyan: 46, white: 47, gray: 100 };

// Article text is untrusted (DESIGN §8): control characters (ESC, BEL, C1) are removed from
// every segment before our own SGR codes are added, so only our colour codes reach Ink.
const CONTROL = /[\x00-\x1f\x7f-\x9f]/g;

function sgr(style: InkStyle): string {
  const codes: number[] = [];
  if (style.bold) codes.push(1);
  if (style.dimColor) codes.push(2);
  if (style.underline) codes.push(4);
  if (style.inverse) codes.push(7);
  if (style.color && FG[style.color]) codes.push(FG[style.color]);
  if (style.backgroundColor && BG[style.backgroundColor]) codes.push(BG[style.backgroundColor]);
  return codes.length ? `\x1b[${codes.join(';')}m` : '';
}

const cache = [new WeakMap<Line, string>(), new WeakMap<Line, string>()];

/**
 * One line as a string with SGR colour codes. Ink re-measures and re-tokenises
 * every text node on each frame; one pre-styled string per line instead of one
 * nested <Text> per segment keeps a redraw cheap. Cached per line object, and
 * row layouts are cached, so scrolling re-uses the strings.
 */
export function lineToAnsi(line: Line, color: boolean): string {
  const memo = cache[color ? 1 : 0];
  const hit = memo.get(line);
  if (hit !== undefined) return hit;
  let out = '';
  for (const s of line) {
    const text = s.text.replace(CONTROL, '');
    const open = sgr(inkStyle(s.style, color));
    out += open ? `${open}${text}\x1b[0m` : text;
  }
  memo.set(line, out);
  return out;
}
