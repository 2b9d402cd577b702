import data from './boilerplate.json' with { type: 'json' };

const RULES = data.rules.map((rule) => ({ reason: rule.reason, pattern: new RegExp(rule.pattern, 'iu') }));

/** White space as /\s/ has it (ASCII fast, the rest by the regex itself). */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(String.fromCharCode(c)));

/** The characters /[\s.!:|»›>→-]/u matches (white space, then the punctuation). */
const TRAILING = new Set<number>([9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, ...[...'.!:|»›>→-'].map((c) => c.charCodeAt(0))]);

/**
 * Whether `text` up to `end` (without white space at either end) has more than
 * `max` words, i.e. text.slice(0, end).split(/\s+/).length > max, counted without
 * splitting: nearly every sentence is long, and this runs on every one of them.
 */
function moreWordsThan(text: string, end: number, max: number): boolean {
  let words = 1;
  for (let k = 0; k < end; k++) {
    if (isSpace(text.charCodeAt(k)) && !isSpace(text.charCodeAt(k - 1))) {
      if (++words > max) return true;
    }
  }
  return false;
}

/**
 * Why a sentence is site furniture rather than part of the story ("boilerplate",
 * "byline", "credit"), or null when it is content. Only short sentences can be
 * furniture, so a real sentence that happens to contain "share" is never dropped.
 */
export function detectBoilerplate(sentence: string): string | null {
  const trimmed = sentence.trim();
  // What .replace(/[\s.!:|»›>→-]+$/u, '') leaves: the text before the trailing run of those characters.
  let end = trimmed.length;
  while (end > 0 && TRAILING.has(trimmed.charCodeAt(end - 1))) end--;
  if (end > data.maxChars || moreWordsThan(trimmed, end, data.maxWords)) return null;
  const text = trimmed.slice(0, end);
  for (const rule of RULES) {
    if (rule.pattern.test(text)) return rule.reason;
  }
  return null;
}
