import { clusterWidth, displayWidth, graphemes } from '../../../src/export/display-width.js';
import { seg, type Line, type Segment } from './segment.js';

interface Word {
  parts: Segment[];
  width: number;
}

/** Splits styled text into words (runs without spaces), keeping each character's style. */
function toWords(segments: Segment[]): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  for (const s of segments) {
    for (const piece of s.text.split(/(\s+)/)) {
      if (piece === '') continue;
      if (/^\s+$/.test(piece)) {
        current = null;
        continue;
      }
      if (!current) {
        current = { parts: [], width: 0 };
        words.push(current);
      }
      current.parts.push(seg(piece, s.style));
      current.width += displayWidth(piece);
    }
  }
  return words;
}

/** Cuts a word wider than the line into line-sized pieces (a URL, a long number). */
function cutWord(word: Word, width: number): Word[] {
  const out: Word[] = [];
  let cur: Word = { parts: [], width: 0 };
  for (const part of word.parts) {
    let text = '';
    for (const ch of graphemes(part.text)) {
      const cw = clusterWidth(ch);
      if (cur.width + cw > width && cur.width > 0) {
        if (text) cur.parts.push(seg(text, part.style));
        out.push(cur);
        cur = { parts: [], width: 0 };
        text = '';
      }
      text += ch;
      cur.width += cw;
    }
    if (text) cur.parts.push(seg(text, part.style));
  }
  if (cur.parts.length) out.push(cur);
  return out;
}

/**
 * Wraps styled text at word boundaries to `width` columns, as wrapText does for
 * plain text (same rule: whitespace collapses, a word longer than the line is
 * cut), measuring as Ink does (display-width.ts) so wide characters and emoji
 * count two and a cut never splits a character drawn as one (flag, ZWJ family).
 * Always returns at least one line.
 */
export function wrapSegments(segments: Segment[], width: number): Line[] {
  const w = Math.max(1, Math.floor(width));
  const lines: Line[] = [];
  let line: Line = [];
  let used = 0;
  const push = (word: Word) => {
    if (used > 0) {
      line.push(seg(' '));
      used += 1;
    }
    line.push(...word.parts);
    used += word.width;
  };
  for (const word of toWords(segments)) {
    if (used > 0 && used + 1 + word.width <= w) {
      push(word);
      continue;
    }
    if (used > 0) {
      lines.push(line);
      line = [];
      used = 0;
    }
    const pieces = word.width > w ? cutWord(word, w) : [word];
    pieces.forEach((p, i) => {
      if (i > 0) {
        lines.push(line);
        line = [];
        used = 0;
      }
      push(p);
    });
  }
  lines.push(line);
  return lines.map(merge);
}

/** Joins neighbouring segments of the same style (fewer Ink nodes to render). */
function merge(line: Line): Line {
  const out: Line = [];
  for (const s of line) {
    const last = out[out.length - 1];
    if (last && last.style === s.style) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
