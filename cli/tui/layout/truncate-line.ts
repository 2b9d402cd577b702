import { clusterWidth, displayWidth, graphemes } from '../../../src/export/display-width.js';
import { seg, type Line } from './segment.js';

/**
 * Cuts a line to at most `width` columns, ending in "…" when something was cut,
 * so a header or status line can never wrap or overflow the terminal.
 */
export function truncateLine(line: Line, width: number): Line {
  const w = Math.max(0, Math.floor(width));
  const total = line.reduce((n, s) => n + displayWidth(s.text), 0);
  if (total <= w) return line;
  if (w === 0) return [];
  const out: Line = [];
  let used = 0;
  const budget = w - 1; // room for the ellipsis
  for (const s of line) {
    let text = '';
    for (const ch of graphemes(s.text)) {
      const cw = clusterWidth(ch);
      if (used + cw > budget) break;
      text += ch;
      used += cw;
    }
    if (text) out.push(seg(text, s.style));
    if (used >= budget || text.length < s.text.length) break;
  }
  out.push(seg('…', 'dim'));
  return out;
}

/** Pads a line with spaces up to `width` columns (for side-by-side cells). */
export function padLine(line: Line, width: number): Line {
  const used = line.reduce((n, s) => n + displayWidth(s.text), 0);
  return used >= width ? line : [...line, seg(' '.repeat(width - used))];
}

/** Display width of a line. */
export function lineWidth(line: Line): number {
  return line.reduce((n, s) => n + displayWidth(s.text), 0);
}

/** Drops trailing spaces (a styled trailing space would otherwise survive into the terminal and snapshots). */
export function trimLineEnd(line: Line): Line {
  const out = [...line];
  while (out.length > 0) {
    const last = out[out.length - 1];
    const trimmed = last.text.replace(/\s+$/, '');
    if (trimmed === last.text) break;
    if (trimmed === '') out.pop();
    else {
      out[out.length - 1] = seg(trimmed, last.style);
      break;
    }
  }
  return out;
}
