/**
 * Wraps text at word boundaries to `width` columns (a word longer than the
 * width is cut). Counts code points, not UTF-16 units, so emoji and CJK do
 * not over-count; wide characters are counted as two columns.
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

/** Columns a string takes in a terminal: East Asian wide and emoji count two, combining marks none. */
export function displayWidth(s: string): number {
  let n = 0;
  // Colour codes added by our own renderers take no columns.
  for (const ch of s.replace(/\x1b\[[0-9;]*m/g, '')) n += charWidth(ch.codePointAt(0)!);
  return n;
}

function charWidth(cp: number): number {
  if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)
  ) return 2;
  return 1;
}

function cutAt(word: string, width: number): [string, string] {
  let n = 0;
  let i = 0;
  for (const ch of word) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (n + cw > width && i > 0) break;
    n += cw;
    i += ch.length;
  }
  return [word.slice(0, i), word.slice(i)];
}
