import type { NumberMention, Token } from '../types.js';
import units from './units.json' with { type: 'json' };

/** Number words that stand for a value on their own ("nine" = 9). */
// Tables keyed by words of the article have no prototype: "constructor" or "toString" is not a key.
export const NUMBER_WORDS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12, hundred: 100,
});
/** Scale words that multiply the number before them ("3.5 million"). */
export const SCALES: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mn: 1e6, bn: 1e9, mm: 1e6, k: 1e3, m: 1e6, b: 1e9,
});
/** Words before a number that make it approximate or a bound (precision matters for conflicts). */
const APPROX_ONE = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'under', 'approx', 'circa', 'estimated', 'up', 'least', 'most', 'than', 'upwards', '~']);
const APPROX_TWO: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { 'in excess of': 'more than', 'more than': 'more than', 'less than': 'less than', 'fewer than': 'fewer than', 'at least': 'at least', 'up to': 'up to', 'as many as': 'as many as', 'at most': 'at most' });

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

const MEASURES = Object.assign(Object.create(null) as Record<string, [string, number]>, units.measures as unknown as Record<string, [string, number]>);
const CURRENCIES = Object.assign(Object.create(null) as Record<string, string>, units.currencies as Record<string, string>);

/** The ISO code of a currency sign or word ("$", "US$", "euros"), or null. */
export function currencyOf(word: string): string | null {
  return CURRENCIES[word.toLowerCase()] ?? null;
}

/** Dimension and factor to the SI base of a unit word ("feet" → ["length", 0.3048]), or null. */
export function measureOf(unit: string | null): [string, number] | null {
  return unit ? (MEASURES[unit.toLowerCase()] ?? null) : null;
}

const isWordLike = (t: Token | undefined): t is Token => !!t && t.kind === 'word' && /\p{L}/u.test(t.text);

/** A currency marker glued to an amount: "$US1.2bn", "AU$1.5", "$A1.52m", "NZ$2", "C$5", "€1m". */
const GLUED_MONEY = /^(\p{L}{0,3}\$\p{L}{0,3}|\p{L}{0,3}[€£¥₹])(\d[\d,]*(?:\.\d+)?(?:bn|mn|m|k|b)?)$/iu;
/** Adjacent tokens (no space between) looked at for one glued amount. */
const GLUED_TOKENS = 6;

/**
 * The tokens with each glued currency marker split off as one token and its amount as
 * another. The tokenizer cuts such amounts in odd places ("$US1.2bn" → "$", "US1", ".",
 * "2bn"; "AU$1.5" → "AU", "$", "1.5"), which would lose the amount or mistake "AU$" for
 * plain "$". Amounts whose marker is already a token of its own ("US$", "£") are left as they are.
 */
function splitGluedMoney(sentence: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let last = -1;
    let m: RegExpExecArray | null = null;
    for (let j = i; j < tokens.length && j < i + GLUED_TOKENS; j++) {
      if (j > i && tokens[j].start !== tokens[j - 1].end) break;
      const r = GLUED_MONEY.exec(sentence.slice(tokens[i].start, tokens[j].end));
      if (r && currencyOf(r[1])) { last = j; m = r; }
    }
    const cut = m ? tokens[i].start + m[1].length : -1;
    if (!m || tokens[i].end === cut) { out.push(tokens[i]); continue; }
    const base = { stop: false, negated: tokens[i].negated };
    const marker = m[1].toLowerCase();
    const amount = m[2].toLowerCase();
    out.push({ ...base, text: m[1], lower: marker, key: marker, lemma: marker, kind: 'symbol', pos: 'SYM', start: tokens[i].start, end: cut });
    out.push({ ...base, text: m[2], lower: amount, key: amount, lemma: amount, kind: 'number', pos: 'NUM', start: cut, end: tokens[last].end });
    i = last;
  }
  return out;
}

/**
 * The unit or counted noun after a quantity that ends at token `end`: a unit of measure
 * or currency word right after it ("150 metres", "150-metre fall", "10 million euros"),
 * else the head noun of the short adjective/noun run that follows ("two undersea cables"
 * → "cable", "nine points" → "point").
 */
function unitAfter(tokens: Token[], end: number): string | null {
  let k = end + 1;
  if (tokens[k]?.text === '-' ) k++; // "150-metre"
  const first = tokens[k];
  if (!first) return null;
  // "2-Egypt ..." (a headline's update number) is not "two Egypts".
  if (k > end + 1 && /^\p{Lu}/u.test(first.text)) return null;
  // "a 37-year-old", "37 - year - old": an age.
  if (/^(year|month|week|day)s?$/.test(first.lower) && (tokens[k + 1]?.text === '-' ? tokens[k + 2] : tokens[k + 1])?.lower === 'old') return 'age';
  if (/^(year|month|week|day)s?-old$/.test(first.lower)) return 'age';
  if (first.lower === '%' || first.lower === 'percent' || first.lower === 'pct') return 'percent';
  if (first.lower === 'per' && tokens[k + 1]?.lower === 'cent') return 'percent';
  const cur = currencyOf(first.lower);
  if (cur) return cur;
  if (measureOf(first.lower)) return first.lemma in MEASURES ? first.lemma : first.lower;
  let head: Token | null = null;
  for (let n = 0; n < 3 && isWordLike(tokens[k + n]); n++) {
    const t = tokens[k + n];
    if (t.stop || !(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN')) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t;
    else if (head) break; // an adjective after the noun belongs to the next phrase
  }
  if (head) return head.lemma;
  return null;
}

/**
 * Quantities in a tokenised sentence: digit groups and number words, joined with a
 * following scale word ("3.5 million", "two dozen"), a preceding approximation
 * ("nearly 100", "more than 40"), the unit or counted noun after it ("150 metres",
 * "three cables", "$12.5 million" → USD, "$US1.2bn", "AU$1.5m"), ranges ("50 to 60
 * people", "50-60") and conversions: an amount in parentheses right after another amount
 * ("150 m (492 ft)", "$US1 million ($1.52 million)", "A$2m (about US$1.3m)"), with every
 * other amount in the same parentheses, restates it whatever the units or currency
 * markers, so it is marked and never compared on its own. Years, times and ordinals are
 * dates, not quantities.
 */
export function parseNumbers(sentence: string, words: Token[]): NumberMention[] {
  const tokens = splitGluedMoney(sentence, words);
  const out: NumberMention[] = [];
  /** The parentheses of a conversion: every amount inside restates the one before them ("(£870,000 or $1.1 million)"). */
  let conversionUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    let raw = tok.lower;
    let upper: number | undefined;
    // "50-60" arrives as one token: a range.
    // "000" (a thousands group cut off by stray spacing) and "007" are not quantities.
    if (/^0\d/.test(raw)) continue;
    const dashed = /^([\d.,]+)[-–]([\d.,]+)$/.exec(raw);
    // "52-3" is a record or a score, not a range: skip it.
    if (dashed && parseDigits(dashed[2]) <= parseDigits(dashed[1])) continue;
    if (dashed && !Number.isNaN(parseDigits(dashed[1])) && !Number.isNaN(parseDigits(dashed[2]))) {
      raw = dashed[1];
      upper = parseDigits(dashed[2]);
    }
    // "5bn", "10m", "US$5": a glued scale or currency.
    let glueScale = 1;
    let glueUnit: string | null = null;
    const money = currencyOf(tok.text.replace(/[\d.,]+[a-z]*$/i, '')) !== null || currencyOf(tokens[i - 1]?.lower ?? '') !== null;
    const glued = /^([\d.,]+)([a-z]+(?:\/h)?)$/.exec(raw);
    if (glued && !Number.isNaN(parseDigits(glued[1]))) {
      // "£60m" is 60 million; "a 60m fall", "5km", "10kg" carry their unit.
      if (glued[2] in SCALES && (money || glued[2].length > 1 && !measureOf(glued[2]))) { raw = glued[1]; glueScale = SCALES[glued[2]]; }
      else if (measureOf(glued[2])) { raw = glued[1]; glueUnit = glued[2]; }
    }
    let value = tokenValue(raw);
    if (Number.isNaN(value) || tok.text.includes(':')) continue;
    value *= glueScale;
    if (upper !== undefined) upper *= glueScale;
    // "UPDATE 2-Egypt …": a number glued by a hyphen to a capitalised word is a label, not a quantity.
    const dashNext = tokens[i + 1];
    if (dashNext?.text === '-' && dashNext.start === tok.end && tokens[i + 2]?.start === dashNext.end && /^\p{Lu}/u.test(tokens[i + 2].text)) continue;
    if (/^\d+-\p{Lu}/u.test(tok.text)) continue;
    if (tok.lower === 'one' && tokens[i + 1] && !/^(of|hundred|thousand|million|billion)$/.test(tokens[i + 1].lower) && tokens[i + 1].pos !== 'NOUN') continue; // "one" is often a pronoun
    // A year, or a year naming something ("the 2013 season", "2014 Oscars"); "2000 people" (a plural) is a count.
    if (isYear(tok.text, value) && !(tokens[i + 1] && tokens[i + 1].pos === 'NOUN' && (tokens[i + 1].lower !== tokens[i + 1].lemma || /s$|^(people|men|women|children)$/.test(tokens[i + 1].lower)))) continue;
    let end = i;
    // "twenty five", "one hundred", "3.5 million", "2 billion"
    while (end + 1 < tokens.length) {
      // "$965M." at the end of a sentence, "$250-M" in a headline.
      const dash = tokens[end + 1].text === '-' && /^[a-z]{1,2}\.?$/i.test(tokens[end + 2]?.text ?? '') ? 1 : 0;
      const next = tokens[end + 1 + dash].lower.replace(/^([a-z]{1,2})\.$/, '$1');
      // A lone capital "M"/"B" is a scale only after a currency ("$965M"); elsewhere it may be an initial.
      const moneyBefore = currencyOf(tok.text.replace(/[\d.,]+$/, '')) !== null || currencyOf(tokens[i - 1]?.lower ?? '') !== null;
      // Abbreviated scales ("m", "k", "mm") read as million/thousand only after money: "60 m" alone is metres, "5 mm" millimetres.
      const abbreviated = next.length === 1 || next === 'mm';
      if (next in SCALES && (dash === 0 || moneyBefore) && (!abbreviated || moneyBefore)) {
        value *= SCALES[next];
        if (upper !== undefined) upper *= SCALES[next];
        end += 1 + dash;
      } else if (next in NUMBER_WORDS && value >= 20 && NUMBER_WORDS[next] < 10 && value % 10 === 0) {
        value += NUMBER_WORDS[next];
        end++;
      } else if (next === '-' && tokens[end + 2] && tokens[end + 2].lower in NUMBER_WORDS && NUMBER_WORDS[tokens[end + 2].lower] < 10 && value >= 20) {
        value += NUMBER_WORDS[tokens[end + 2].lower];
        end += 2;
      } else break;
    }
    let start = i;
    let approx: string | null = null;
    const prev1 = tokens[i - 1]?.lower;
    // The hedge stands before a currency sign when there is one: "more than $40".
    const h = prev1 && currencyOf(prev1) ? i - 1 : i;
    const w1 = tokens[h - 1]?.lower;
    const w2 = tokens[h - 2] ? `${tokens[h - 2].lower} ${w1}` : '';
    const w3 = tokens[h - 3] ? `${tokens[h - 3].lower} ${w2}` : '';
    if (w3 in APPROX_TWO) { approx = APPROX_TWO[w3]; start = h - 3; }
    else if (w2 in APPROX_TWO) { approx = APPROX_TWO[w2]; start = h - 2; }
    else if (w1 && APPROX_ONE.has(w1)) { approx = w1; start = h - 1; }
    let unit = glueUnit ?? unitAfter(tokens, end);
    const currency = currencyOf(/^[^\d]+/.exec(tok.text)?.[0] ?? '') ?? (prev1 ? currencyOf(prev1) : null);
    if (currency) unit = currency;
    if (tok.text.endsWith('%')) unit = 'percent';
    const text = sentence.slice(tokens[Math.min(start, currency && prev1 && currencyOf(prev1) ? i - 1 : start)].start, tokens[end].end);
    const mention: NumberMention = { text, value, approx, unit, start: tokens[start].start, end: tokens[end].end };
    if (upper !== undefined && upper > value) mention.upper = upper;
    // A range written out: "between 50 and 60 people", "50 to 60 people", "from 50 to 60".
    const joiner = tokens[end + 1]?.lower;
    if ((joiner === 'to' || joiner === 'and' || joiner === '-' || joiner === '–') && tokens[end + 2]) {
      const rangeStart = prev1 === 'between' || prev1 === 'from' || joiner !== 'and';
      const second = tokenValue(tokens[end + 2].lower.replace(/^[^\d]+(?=\d)/, ''));
      if (rangeStart && !Number.isNaN(second) && second > value && !tokens[end + 2].text.includes(':')) {
        let hi = second;
        let e2 = end + 2;
        while (tokens[e2 + 1] && tokens[e2 + 1].lower in SCALES && tokens[e2 + 1].lower.length > 1) { hi *= SCALES[tokens[e2 + 1].lower]; e2++; }
        // "50 to 60 million": the scale of the second end applies to both.
        if (e2 > end + 2 && value < hi / 1000) value *= hi / second;
        mention.value = value;
        mention.upper = hi;
        mention.unit = currency ?? unitAfter(tokens, e2) ?? mention.unit;
        if (prev1 === 'between' || prev1 === 'from') mention.start = tokens[i - 1].start;
        mention.end = tokens[e2].end;
        mention.text = sentence.slice(mention.start, mention.end);
        end = e2;
      }
    }
    // "(492 feet)", "($12.5 million)" right after another quantity: a conversion.
    const open = tokens[start - 1]?.text === '(' ? start - 1 : currency && tokens[start - 2]?.text === '(' ? start - 2 : -1;
    const before = out[out.length - 1];
    // Only a unit word may stand between the first quantity and the bracket.
    if (open >= 0 && before && /^[\s\p{L}$€£¥%.-]{0,24}$/u.test(sentence.slice(before.end, tokens[open].start)) && before.end <= tokens[open].start) {
      mention.conversion = true;
      const close = tokens.findIndex((t, k) => k > open && t.text === ')');
      conversionUntil = close >= 0 ? tokens[close].start : -1;
    } else if (mention.start < conversionUntil) mention.conversion = true;
    out.push(mention);
    i = end;
  }
  return out;
}
