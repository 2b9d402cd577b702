import type { ItemSentence } from 'wink-nlp';
import { loadSplitter } from '../nlp.js';
import abbreviations from './abbreviations.json' with { type: 'json' };

/** A sentence span relative to the text that was split. */
export interface Span {
  start: number;
  end: number;
}

/** Longest text handed to the tokenizer in one call; longer paragraphs are cut at spaces first. */
const MAX_CHUNK = 8000;
/** Longest sentence kept whole; a run-on without punctuation is cut at a clause or word boundary. */
export const MAX_SENTENCE = 600;

const TITLES = new Set(abbreviations.titles);
const MONTHS = new Set(abbreviations.months);
const NUMBERED = new Set(abbreviations.numbered);

/**
 * Sentence spans of one paragraph, in passes:
 *  0. hard breaks after Chinese/Japanese sentence marks (。！？), which wink's English model ignores;
 *  1. wink-nlp's sentence boundary detection (best of six splitters on the corpus, DESIGN §5);
 *  2. repair: a split right after a title abbreviation ("Gen.", "Mr."), an initial ("Lloyd J."),
 *     a month before a day ("Jan. 5"), a number abbreviation before its number ("No. 5"), or
 *     inside a quote that its attribution continues ('"Is it over?" she asked.') is undone;
 *     stray leading punctuation ('.." Then') is moved back to the sentence it closes;
 *  3. cap: sentences longer than MAX_SENTENCE characters are cut at the last clause
 *     boundary (; : , and CJK ，、；：) or space before the limit (never inside a surrogate pair), so one giant unpunctuated line cannot
 *     make one giant "sentence".
 */
export function splitSentences(text: string, options: SplitOptions = {}): Span[] {
  const spans: Span[] = [];
  for (const piece of cjkSentences(text)) {
    for (const chunk of chunks(text, piece)) {
      for (const span of winkSpans(text.slice(chunk.start, chunk.end), options.large === true)) {
        spans.push({ start: span.start + chunk.start, end: span.end + chunk.start });
      }
    }
  }
  return capLength(text, repair(text, spans));
}

/** Options of splitSentences. */
export interface SplitOptions {
  /** The whole document is large: use the faster sentence-detection-only wink instance (same boundaries). */
  large?: boolean;
}

/**
 * Sentence-final marks of Chinese and Japanese (full-width 。！？, half-width ｡),
 * with any closing quotes or brackets after them. wink's English model does not
 * know them, so text in these scripts would otherwise be one run-on "sentence"
 * cut blindly at MAX_SENTENCE.
 */
const CJK_END = /[。！？｡]+[」』”’）〕】》)\]]*/g;

/** The text cut after every CJK sentence mark (one piece when there is none). */
function cjkSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  CJK_END.lastIndex = 0;
  for (let m = CJK_END.exec(text); m; m = CJK_END.exec(text)) {
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim() !== '') out.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim() !== '') out.push({ start, end: text.length });
  return out;
}

/** Never cut between the two halves of a surrogate pair (an emoji, a rare CJK character). */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/** Pieces of at most MAX_CHUNK characters for the tokenizer (wink's cost per call grows with its length). */
function chunks(text: string, range: Span): Span[] {
  const out: Span[] = [];
  let start = range.start;
  while (start < range.end && /\s/.test(text[start])) start++;
  while (range.end - start > MAX_CHUNK) {
    const window = text.slice(start, start + MAX_CHUNK);
    // Prefer a sentence end, then a clause boundary, then any space, so words are never cut.
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! ')) + 1;
    if (cut < MAX_CHUNK / 2) cut = lastClauseEnd(window);
    if (cut < MAX_CHUNK / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = safeCut(text, start + MAX_CHUNK) - start;
    out.push({ start, end: start + cut });
    start += cut;
    while (start < range.end && /\s/.test(text[start])) start++;
  }
  if (start < range.end) out.push({ start, end: range.end });
  return out;
}

function winkSpans(text: string, large: boolean): Span[] {
  const nlp = loadSplitter(large);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  // Locate every token in the original text; wink keeps token values verbatim.
  const starts: number[] = new Array(values.length);
  const ends: number[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const at = text.indexOf(values[i], cursor);
    const found = at >= 0 && text.slice(cursor, at).trim() === '';
    starts[i] = found ? at : cursor;
    ends[i] = found ? at + values[i].length : cursor;
    cursor = ends[i];
  }
  const spans: Span[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    if (first === undefined || last === undefined || last < first) return;
    const start = starts[first];
    const end = Math.max(ends[last], start);
    if (end > start) spans.push({ start, end });
  });
  // wink can leave text it did not tokenise (rare); make sure nothing is lost.
  return fillGaps(text, spans);
}

function fillGaps(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    const gap = text.slice(cursor, span.start);
    if (gap.trim() !== '') {
      const lead = gap.length - gap.trimStart().length;
      out.push({ start: cursor + lead, end: cursor + gap.trimEnd().length });
    }
    out.push(span);
    cursor = span.end;
  }
  const tail = text.slice(cursor);
  if (tail.trim() !== '') {
    const lead = tail.length - tail.trimStart().length;
    out.push({ start: cursor + lead, end: cursor + tail.trimEnd().length });
  }
  return out;
}

/**
 * How much of each side of a boundary the join rules look at: every rule reads a
 * word or two next to it, and reading whole sentences made regexes anchored at
 * the end scan every position of long sentences (measured: 0.3 s of 1 s on 10,000 sentences).
 */
const EDGE = 64;

/**
 * The word before the final full stop of `tail`, lower-case, without the dot:
 * what /([\p{L}.]+)\.$/u finds (the longest run of letters and dots before the
 * final one), read backwards from the end instead of trying the pattern at every
 * position of the tail (0.1 s of 10,000 sentences). Exported for its test.
 */
export function lastWord(tail: string): string {
  const end = tail.length - 1;
  if (end < 1 || tail.charCodeAt(end) !== 46) return '';
  let start = end;
  while (start > 0) {
    const c = tail.charCodeAt(start - 1);
    if (c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      start--;
      continue;
    }
    if (c < 128) break;
    // Outside ASCII: one code point (a surrogate pair counts whole, as the u flag reads it).
    const pair = c >= 0xdc00 && c <= 0xdfff && start >= 2 && tail.charCodeAt(start - 2) >= 0xd800 && tail.charCodeAt(start - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!LETTER.test(tail.slice(start - width, start))) break;
    start -= width;
  }
  return start < end ? tail.slice(start, end).toLowerCase() : '';
}

const LETTER = /^\p{L}$/u;

function shouldJoin(text: string, left: Span, right: Span): boolean {
  if (text.slice(left.end, right.start).includes('\n')) return false;
  const leftTail = text.slice(Math.max(left.start, left.end - EDGE), left.end);
  const rightHead = text.slice(right.start, Math.min(right.end, right.start + EDGE));
  // Leading punctuation means the split fell inside an ellipsis or a closing quote.
  if (/^[.,;:…)\]]/.test(rightHead)) return true;
  // A quoted question or exclamation, or an ellipsis, followed by a lower-case word goes on:
  // '"Is it over?" she asked.' A new sentence in news prose starts with a capital or a digit.
  if (/(?:[?!…]|\.\.\.)["'”’)]*$/.test(leftTail) && /^\p{Ll}/u.test(rightHead)) return true;
  const word = lastWord(leftTail);
  if (word === '') return false;
  if (TITLES.has(word) && /^[\p{Lu}\d]/u.test(rightHead)) return true;
  if ((MONTHS.has(word) || NUMBERED.has(word)) && /^\d/.test(rightHead)) return true;
  // A single capital initial after a capitalised word: "Lloyd J. Austin", "George W. Bush".
  if (/^\p{Lu}$/u.test(word) && /\p{Lu}[\p{L}'’-]*\s+\p{Lu}\.$/u.test(leftTail) && /^\p{Lu}/u.test(rightHead)) {
    return true;
  }
  return false;
}

function repair(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && shouldJoin(text, prev, span)) {
      const rightText = text.slice(span.start, span.end);
      const stray = /^[.,;:…)\]]+["'”’]?/.exec(rightText);
      // Only punctuation was misplaced: hand it back and keep the rest as its own sentence.
      if (stray && /^[.…]/.test(rightText) && /^\s+\p{Lu}/u.test(rightText.slice(stray[0].length))) {
        prev.end = span.start + stray[0].length;
        const rest = rightText.slice(stray[0].length);
        const lead = rest.length - rest.trimStart().length;
        out.push({ start: span.start + stray[0].length + lead, end: span.end });
      } else {
        prev.end = span.end;
      }
    } else {
      out.push({ ...span });
    }
  }
  return out;
}

/** A clause boundary: Latin ; : , followed by a space, or the CJK comma, enumeration comma, semicolon and colon. */
const CLAUSE_END = /[;:,](?=\s)|[，、；：]/g;

/** Offset one past the last clause boundary in `window`, or -1. */
function lastClauseEnd(window: string): number {
  let last = -1;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(window); m; m = CLAUSE_END.exec(window)) last = m.index + 1;
  return last;
}

function capLength(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    while (span.end - start > MAX_SENTENCE) {
      const window = text.slice(start, start + MAX_SENTENCE);
      let cut = lastClauseEnd(window);
      if (cut < MAX_SENTENCE / 2) cut = window.lastIndexOf(' ') + 1;
      if (cut <= 0) cut = safeCut(text, start + MAX_SENTENCE) - start;
      const end = start + cut;
      const piece = text.slice(start, end).trimEnd();
      out.push({ start, end: start + piece.length });
      start = end;
      while (start < span.end && /\s/.test(text[start])) start++;
    }
    if (span.end > start) out.push({ start, end: span.end });
  }
  return out;
}
