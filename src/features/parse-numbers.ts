import type { NumberMention, Token } from '../types.js';

/** Number words that stand for a value on their own ("nine" = 9). */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12, hundred: 100,
};
/** Scale words that multiply the number before them ("3.5 million"). */
export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mn: 1e6, bn: 1e9, k: 1e3, m: 1e6, b: 1e9,
};
/** Words before a number that make it approximate or a bound (precision matters for conflicts). */
const APPROX_ONE = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'under', 'approx', 'circa', 'estimated', 'up', 'least', 'most', 'than', 'upwards', '~']);
const APPROX_TWO: Record<string, string> = { 'more than': 'more than', 'less than': 'less than', 'fewer than': 'fewer than', 'at least': 'at least', 'up to': 'up to', 'as many as': 'as many as', 'at most': 'at most' };

/** The value of a digit string with separators ("1,250.5" → 1250.5), or NaN. */
export function parseDigits(text: string): number {
  const clean = text.replace(/^[$€£¥]/, '').replace(/%$/, '');
  if (!/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$|^\.\d+$/.test(clean)) return NaN;
  return Number(clean.replace(/,/g, ''));
}

/** The value of one token when it is a number ("9", "nine", "1,000"), else NaN. */
export function tokenValue(lower: string): number {
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower];
  return parseDigits(lower);
}

/** A canonical string for a value: 3500000 → "3500000", 0.5 → "0.5". */
export function canonicalNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}

function isYear(text: string, value: number): boolean {
  return /^\d{4}$/.test(text) && value >= 1800 && value <= 2100;
}

/**
 * Quantities in a tokenised sentence: digit groups and number words, joined with a
 * following scale word ("3.5 million", "two dozen"), a preceding approximation
 * ("nearly 100", "more than 40") and the unit or counted noun after it ("150 metres",
 * "three cables"). Years, times and ordinals are dates, not quantities.
 */
export function parseNumbers(sentence: string, tokens: Token[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    let value = tokenValue(tok.lower);
    if (Number.isNaN(value) || tok.text.includes(':')) continue;
    if (tok.lower === 'one' && tokens[i + 1] && !/^(of|hundred|thousand|million|billion)$/.test(tokens[i + 1].lower) && tokens[i + 1].pos !== 'NOUN') continue; // "one" is often a pronoun
    if (isYear(tok.text, value) && !(tokens[i + 1] && tokens[i + 1].pos === 'NOUN')) continue;
    let end = i;
    // "twenty five", "one hundred", "3.5 million", "2 billion"
    while (end + 1 < tokens.length) {
      const next = tokens[end + 1].lower;
      if (next in SCALES && (next.length > 1 || tokens[end + 1].text === tokens[end + 1].text.toLowerCase())) {
        value *= SCALES[next];
        end++;
      } else if (next in NUMBER_WORDS && value >= 20 && NUMBER_WORDS[next] < 10 && value % 10 === 0) {
        value += NUMBER_WORDS[next];
        end++;
      } else if (next === '-' && tokens[end + 2] && tokens[end + 2].lower in NUMBER_WORDS && value >= 20) {
        value += NUMBER_WORDS[tokens[end + 2].lower];
        end += 2;
      } else break;
    }
    let start = i;
    let approx: string | null = null;
    const prev1 = tokens[i - 1]?.lower;
    const prev2 = tokens[i - 2] ? `${tokens[i - 2].lower} ${prev1}` : '';
    const prev3 = tokens[i - 3] ? `${tokens[i - 3].lower} ${prev2}` : '';
    if (prev3 in APPROX_TWO) { approx = APPROX_TWO[prev3]; start = i - 3; }
    else if (prev2 in APPROX_TWO) { approx = APPROX_TWO[prev2]; start = i - 2; }
    else if (prev1 && APPROX_ONE.has(prev1)) { approx = prev1; start = i - 1; }
    if (prev1 === '$' || tok.text.startsWith('$')) approx = approx ?? null;
    // Unit: a following noun, percent sign or unit word ("150 metres", "nine points", "40%").
    let unit: string | null = null;
    const after = tokens[end + 1];
    if (tok.text.endsWith('%') || after?.lower === '%' || after?.lower === 'percent' || after?.lower === 'per') unit = 'percent';
    else if (after && after.kind === 'word' && !after.stop && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ')) unit = after.lemma;
    const currency = /^[$€£¥]/.exec(tok.text)?.[0] ?? (prev1 && /^[$€£¥]$/.test(prev1) ? prev1 : null);
    if (currency) unit = currency;
    const text = sentence.slice(tokens[start].start, tokens[end].end);
    out.push({ text, value, approx, unit, start: tokens[start].start, end: tokens[end].end });
    i = end;
  }
  return out;
}
