/** Word-level comparison of quotations, shared by the quote and attribution rules. */

/** Shortest quotation compared: shorter ones are scare quotes ("unbreakable") or titles. */
export const MIN_WORDS = 3;
/** Shared consecutive words that make two quotations the same quotation. */
const MIN_RUN = 3;
/** Dice overlap of the two quotations' words at or above which they are one quotation reworded. */
const MIN_DICE = 0.5;

/** Words of a quotation, lower-case, punctuation and curly apostrophes normalised. */
export function words(text: string): string[] {
  // Editors' asides in parentheses ("(news - web sites)") are not the speaker's words;
  // a possessive or "is" 's is dropped ("world's" = "world’ s" = "world"), other apostrophes are
  // closed up ("don't" = "dont"), and ordinals written out match digits.
  return text
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/\s*['’‘]\s*s\b/g, '')
    .replace(/\s*['’‘]\s*(?=t\b|re\b|ll\b|ve\b|d\b|m\b)/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => ORDINALS[w] ?? w);
}

const ORDINALS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th', eighth: '8th',
  ninth: '9th', tenth: '10th', eleventh: '11th', twelfth: '12th',
});

/** Whether `part` occurs as consecutive words inside `whole`. */
function inside(part: string[], whole: string[]): boolean {
  if (part.length === 0) return true;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let j = 0; j < part.length; j++) if (whole[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

/** One quotation is an excerpt of the other (fragments around "…" each found, in order or not): not a misquote. */
export function excerpt(short: string, long: string): boolean {
  const lw = words(long);
  return short.replace(/\([^)]*\)/g, ' ').split(/\.\.\.|…|\[[^\]]*\]/).map(words).every((frag) => inside(frag, lw));
}

function longestRun(x: string[], y: string[]): number {
  let best = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < y.length; j++) {
      let n = 0;
      while (i + n < x.length && j + n < y.length && x[i + n] === y[j + n]) n++;
      if (n > best) best = n;
    }
  }
  return best;
}

function dice(x: string[], y: string[]): number {
  const bag = new Map<string, number>();
  for (const w of x) bag.set(w, (bag.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of y) {
    const n = bag.get(w) ?? 0;
    if (n > 0) { shared++; bag.set(w, n - 1); }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Two quotations are one quotation (possibly reworded): they share a run of three words and half their words, or one is an excerpt of the other. */
export function sameQuotation(x: string, y: string): boolean {
  const wx = words(x);
  const wy = words(y);
  if (wx.length < MIN_WORDS || wy.length < MIN_WORDS) return false;
  if (excerpt(x, y) || excerpt(y, x)) return true;
  return longestRun(wx, wy) >= MIN_RUN && dice(wx, wy) >= MIN_DICE;
}
