import type { Paragraph } from '../types.js';

/** A line that starts a list item: "-", "*", "•", "1.", "2)". */
const BULLET = /^\s*(?:[-*•‣◦▪–—]|\d{1,3}[.)])\s+/;
/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const FINAL = /[.!?…:]["'”’)\]]*\s*$/;
/** Sentence punctuation anywhere in a text (an end mark followed by a space, a line end or the end). */
const ANY_FINAL = /[.!?…。！？]["'”’)\]]*(\s|$)/m;

/** Whether a text has sentence punctuation anywhere: without any, its line breaks are its only boundaries. */
export function hasSentencePunctuation(text: string): boolean {
  return ANY_FINAL.test(text);
}

/**
 * A headline line: no final punctuation and most of its longer words capitalised
 * ("Inmate Escapes During Prison Transfer, Remains at Large"). Such a line ends
 * at its line break; it is never the first half of a wrapped sentence.
 */
export function isHeadlineCase(line: string): boolean {
  if (FINAL.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^["'“‘(]?\p{L}{4,}/u.test(w) && !HEADLINE_LOWER.has(w.toLowerCase()));
  if (words.length < 2) return false;
  // Nearly every word: a wrapped line of prose full of names ("… U.S. Defense Secretary Lloyd
  // Austin and Israeli") still has lower-case words of its own ("talks", "between", "lasted").
  return words.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length / words.length >= 0.9;
}

/** Longer words title case leaves in lower case ("Lohan Checks into Betty Ford"). */
const HEADLINE_LOWER = new Set(['into', 'onto', 'from', 'with', 'over', 'upon', 'after', 'amid', 'than', 'that', 'this', 'till', 'until', 'versus', 'when', 'while', 'about', 'above', 'below', 'under', 'without', 'within', 'through', 'across', 'against', 'among', 'around', 'before', 'behind', 'beyond', 'despite', 'during', 'near', 'since', 'toward', 'towards', 'unlike', 'like']);

/**
 * Paragraph ranges of a normalised text.
 *
 * Blank lines always separate paragraphs. Inside a block, a single line break
 * also separates paragraphs when the line before it is complete (ends with
 * sentence punctuation), is short (a heading), or the next line is a list
 * item, or the line before is a headline; otherwise it is a soft wrap of a
 * hard-wrapped paragraph (email, Markdown sources) and the lines belong together.
 * A text with no sentence punctuation at all has no wraps: its line breaks are
 * the only boundaries the writer gave (a list of lines, transcribed notes).
 * Real articles come both ways: one paragraph a line (pentagon-meeting.txt) and
 * blank-line separated (unbreakable-or-not.txt).
 */
export function splitParagraphs(text: string): Paragraph[] {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: pos, end: pos + line.length, text: line });
    pos += line.length + 1;
  }
  const longest = lines.reduce((m, l) => Math.max(m, l.text.trim().length), 0);
  // With blank-line paragraphs, a single break inside a block is a wrap even after a full stop.
  const blankSeparated = /\n[ ]*\n/.test(text);
  const punctuated = hasSentencePunctuation(text);
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let previous: string | null = null;
  for (const line of lines) {
    const content = line.text.trim();
    if (content === '') {
      if (current) paragraphs.push(current);
      current = null;
      previous = null;
      continue;
    }
    const lead = line.text.length - line.text.trimStart().length;
    const start = line.start + lead;
    const end = line.start + line.text.trimEnd().length;
    const softWrap =
      current !== null &&
      previous !== null &&
      punctuated &&
      // A headline ends at its line break when a sentence starts on the next line.
      !(isHeadlineCase(previous) && /^["'“‘(]?[\p{Lu}\p{N}]/u.test(content)) &&
      (blankSeparated || !FINAL.test(previous)) &&
      !BULLET.test(content) &&
      previous.length >= 0.6 * longest &&
      longest >= 40 &&
      longest <= 120; // hard-wrapped text has lines of similar, moderate length
    if (current && softWrap) {
      current.end = end;
    } else {
      if (current) paragraphs.push(current);
      current = { start, end };
    }
    previous = content;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}
