import { clusterWidth, displayWidth as textWidth, graphemes } from './display-width.js';

// Colour codes added by our own renderers (to-text.ts paints the word diff): they take no
// columns and must never be cut in two. Article text never carries them (normalizeText).
const SGR = /\x1b\[[0-9;]*m/g;

/**
 * Wraps text at word boundaries to `width` columns (a word longer than the
 * width is cut between characters, never inside one: a flag, a ZWJ sequence
 * such as 👩‍🚒 or a letter with its accent stays whole). Measures as the
 * terminal and the TUI do (display-width.ts): CJK and emoji take two columns.
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = word;
      let restWidth = displayWidth(rest);
      if (lineWidth > 0 && lineWidth + 1 + restWidth <= w) {
        line += ` ${rest}`;
        lineWidth += 1 + restWidth;
        continue;
      }
      if (lineWidth > 0) lines.push(line);
      while (restWidth > w) {
        const [head, tail] = cutAt(rest, w);
        lines.push(head);
        rest = tail;
        restWidth = displayWidth(rest);
      }
      line = rest;
      lineWidth = restWidth;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Columns a string takes in a terminal, as Ink and the TUI measure it (display-width.ts);
 * SGR colour codes take none.
 */
export function displayWidth(s: string): number {
  return textWidth(s.includes('\x1b') ? s.replace(SGR, '') : s);
}

/** The characters of a word as the terminal draws them, with colour codes as units of no width. */
function units(word: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  let from = 0;
  const text = (t: string) => {
    for (const g of graphemes(t)) out.push([g, clusterWidth(g)]);
  };
  for (const m of word.matchAll(SGR)) {
    text(word.slice(from, m.index));
    out.push([m[0], 0]);
    from = m.index! + m[0].length;
  }
  text(word.slice(from));
  return out;
}

/**
 * The longest head of `word` that fits `width` columns (at least one character), and the rest.
 * Colour codes take no columns, so those right after the last character that fits stay in the
 * head with it: the rest starts with a character, and a reset is never carried over alone.
 */
function cutAt(word: string, width: number): [string, string] {
  let n = 0;
  let i = 0;
  for (const [unit, cw] of units(word)) {
    if (n + cw > width && n > 0) break;
    n += cw;
    i += unit.length;
  }
  return [word.slice(0, i), word.slice(i)];
}
