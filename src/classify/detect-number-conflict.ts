import { measureOf } from '../features/parse-numbers.js';
import type { Conflict, NumberMention, SentenceFeatures } from '../types.js';
import { contextWords } from './mention-context.js';
import type { RuleSide } from './rule.js';

/** A number placed on a common scale with the interval of values its wording allows. */
interface Quantity {
  mention: NumberMention;
  features: SentenceFeatures;
  /** What is counted or measured: "length", "percent", "cur:USD", "noun:cable", or "" when nothing follows. */
  dimension: string;
  low: number;
  high: number;
}

/** Hedges that make a number a lower bound, an upper bound or an estimate either way. */
const LOWER_BOUND = new Set(['more than', 'over', 'at least', 'upwards', 'least', 'than']);
const UPPER_BOUND = new Set(['less than', 'fewer than', 'under', 'up to', 'at most', 'as many as', 'most', 'up']);
const NEAR_BELOW = new Set(['nearly', 'almost']);
/** Relative spread of an estimate ("about 100" agrees with 90 and with 110). */
const ESTIMATE = 0.15;
/** Conversions between units are rounded by the writer ("150 m (492 ft)"): allow 3 %. */
const CONVERSION = 0.03;

/**
 * Rounding a writer may have done is at most this share of the value: half a unit of
 * "1 million" (± 500,000) would make $1 million agree with $2 million and with $500,000.
 */
const MAX_ROUNDING = 0.2;

/** Half a unit of the last written digit when a scale word rounds the number ("3.5 million" ± 50,000), at most MAX_ROUNDING of it. */
function rounding(m: NumberMention): number {
  const scaled = /\b(thousand|million|billion|trillion|bn|mn)\b|\d(m|bn|k)\b/i.exec(m.text);
  if (!scaled) return 0;
  const digits = /(\d+)(?:\.(\d+))?/.exec(m.text);
  if (!digits) return 0;
  const decimals = digits[2]?.length ?? 0;
  const mantissa = Number(digits[0]);
  return mantissa > 0 ? Math.min((m.value / mantissa) * 0.5 * 10 ** -decimals, MAX_ROUNDING * m.value) : 0;
}

/**
 * The place of the last digit a writer gave, in the number's own units: 1 for "296" or
 * "five", 0.01 for "5.91" and for "0.30" (a decimal zero is written on purpose: prices and
 * yields are given to the cent), 100,000 for "3.5 million". An integer ending in two or
 * more zeros is a round figure, read as rounded to two significant digits, the usual
 * precision of a rounded figure in news: "300" for 296, "45,000" for 44,800, "1,000" for
 * 960. A coarser reading would let "$200 million" stand for $184 million. One trailing zero
 * is kept as written, since small counts ("10 dead", "150 metres") are mostly exact.
 */
function precision(m: NumberMention): number {
  const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(m.text);
  // Numbers in words ("nine", "two dozen") are taken as exact.
  if (!digits) return 1;
  const mantissa = Number(digits[0].replace(/,/g, ''));
  if (!(mantissa > 0)) return 0;
  const scale = m.value / mantissa;
  const decimals = digits[2]?.length ?? 0;
  if (decimals > 0) return scale * 10 ** -decimals;
  const integer = digits[1].replace(/,/g, '');
  const zeros = /0*$/.exec(integer)![0].length;
  if (zeros < 2) return scale;
  const significant = integer.length - zeros;
  return scale * 10 ** (significant >= 2 ? zeros : zeros - 1);
}

/** A rate's period: "$23 million per season", "5 km an hour" → "season", "hour"; else "". */
function ratePer(mention: NumberMention, features: SentenceFeatures): string {
  const toks = features.tokens;
  const k = toks.findIndex((t) => t.start >= mention.end);
  if (k < 0) return '';
  // Skip the unit word itself ("$23 million per season", "40 km per hour").
  for (let j = k; j < Math.min(toks.length - 1, k + 3); j++) {
    // "5.4 per cent" is a percentage, not a rate per cent.
    if (/^(per|a|an|each|every)$/.test(toks[j].lower) && toks[j + 1]?.pos === 'NOUN' && !(toks[j].lower === 'per' && toks[j + 1].lower === 'cent')) return toks[j + 1].lemma;
    if (toks[j].kind === 'punctuation') break;
  }
  return '';
}

function toQuantity(mention: NumberMention, features: SentenceFeatures): Quantity {
  const measure = measureOf(mention.unit);
  const factor = measure ? measure[1] : 1;
  const base = measure ? measure[0] : !mention.unit ? '' : /^[A-Z]{3}$/.test(mention.unit) ? `cur:${mention.unit}` : `noun:${mention.unit}`;
  // A rate is another quantity than a total: "$23 million per season" is not "$184 million".
  const per = ratePer(mention, features);
  const dimension = per ? `${base}/${per}` : base;
  const v = mention.value * factor;
  const top = (mention.upper ?? mention.value) * factor;
  const r = rounding(mention) * factor + (measure && factor !== 1 ? CONVERSION * v : 0);
  let low = v - r;
  let high = top + r;
  const a = mention.approx;
  if (a && LOWER_BOUND.has(a)) high = Infinity;
  else if (a && UPPER_BOUND.has(a)) low = 0;
  else if (a && NEAR_BELOW.has(a)) low = v * (1 - 2 * ESTIMATE);
  else if (a) { low = v * (1 - ESTIMATE); high = top * (1 + ESTIMATE); }
  return { mention, features, dimension, low, high };
}

/**
 * One value is the other rounded at the precision its writer used: "5 percent" for 4.7
 * percent, "300 people" for 296, "0.4%" for 0.44%, "6 points" for 5.91; never by more
 * than MAX_ROUNDING of the value, and only between plain values (a hedge or a range sets its own interval). Two values given to the same precision must be equal:
 * 64 vs 65 cases, $31.29 vs $31.20, 4.26 vs 4.20 percent stay different.
 */
function rounded(p: Quantity, q: Quantity): boolean {
  // Ranges and hedged numbers ("more than $12 billion", "about 300") are intervals already: $11.6 billion does not meet "more than $12 billion".
  if (p.mention.upper !== undefined || q.mention.upper !== undefined || p.mention.approx || q.mention.approx) return false;
  const factor = (x: Quantity) => measureOf(x.mention.unit)?.[1] ?? 1;
  const vp = p.mention.value * factor(p);
  const vq = q.mention.value * factor(q);
  const up = precision(p.mention) * factor(p);
  const uq = precision(q.mention) * factor(q);
  const coarse = Math.max(up, uq);
  const coarseValue = up >= uq ? vp : vq;
  const gap = Math.abs(vp - vq);
  return gap <= (coarse / 2) * (1 + 1e-9) && gap <= MAX_ROUNDING * Math.abs(coarseValue);
}

const agree = (p: Quantity, q: Quantity) => (p.low <= q.high && q.low <= p.high) || rounded(p, q);

/** Content words looked at on each side of a number to tell what it is about. */
const WINDOW = 4;

/** What a number is about: the content words around it, its own unit words left out. */
function context(q: Quantity): Set<string> {
  return contextWords(q.features, q.mention.start, q.mention.end, WINDOW, (t) => `noun:${t.lemma}` === q.dimension || measureOf(t.lower) !== null);
}

function quantities(side: RuleSide): Quantity[] {
  return side.features.flatMap((f) => f.numbers.filter((n) => !n.conversion).map((n) => toQuantity(n, f)));
}

/** The number as a reader would quote it, with its unit word: "150 metres", "two undersea cables". */
function shown(q: Quantity): string {
  const s = q.features.tokens;
  const text = q.mention.text;
  if (!q.mention.unit || q.dimension.startsWith('cur:') || q.dimension === 'percent' && /%|percent|per cent/.test(text)) return text;
  // Extend to the unit word when it follows: up to three words.
  let end = q.mention.end;
  const after = s.filter((t) => t.start >= end).slice(0, 4);
  for (const t of after) {
    if (t.text === '-' || t.kind === 'word') {
      end = t.end;
      if (t.lemma === q.mention.unit || t.lower === q.mention.unit || measureOf(t.lower) || t.lower === '%' || (q.dimension === 'percent' && t.lower === 'cent')) break;
    } else break;
  }
  const sentenceText = sentenceOf(q.features);
  return sentenceText.slice(q.mention.start, end);
}

/** Rebuild the sentence text from token offsets (features keep tokens, not the string). */
function sentenceOf(f: SentenceFeatures): string {
  let out = '';
  for (const t of f.tokens) out = out.padEnd(t.start, ' ').slice(0, t.start) + t.text;
  return out;
}

/**
 * Numbers that count or measure the same thing but disagree: "two cables" vs "three
 * cables", "150 m" vs "60 m" (and 150 m vs "492 feet" agree: units are converted).
 * Forms are normalised (nine = 9, 3.5 million = 3,500,000 ± rounding), hedged numbers
 * are intervals ("nearly 100" agrees with 97, "more than 40" with 45), ranges cover
 * their span, and conversions in parentheses are restatements, never compared.
 * A pair is only reported when the two values share words around them (what is counted:
 * "fell 150 metres" / "a fall of 60 metres"), so two different facts with the same unit
 * (a height and a distance) are not paired. A value that the other side also
 * states, in any unit, is never a conflict. Numbers with no unit are compared only
 * when each side has exactly one and the words just before it are the same ("the death
 * toll rose to 17" vs "to 20").
 */
export function detectNumberConflict(a: RuleSide, b: RuleSide): Conflict[] {
  const qa = quantities(a);
  const qb = quantities(b);
  const conflicts: Conflict[] = [];
  const stated = (p: Quantity, other: Quantity[]) =>
    other.some((q) => q.mention.value === p.mention.value || (q.dimension === p.dimension && agree(p, q)));
  const allA = a.features.flatMap((f) => f.numbers);
  const allB = b.features.flatMap((f) => f.numbers);
  const statedAnywhere = (p: Quantity, all: NumberMention[]) => all.some((n) => n.value === p.mention.value || (n.upper !== undefined && p.mention.value >= n.value && p.mention.value <= n.upper));
  const dims = new Set(qa.map((q) => q.dimension).filter((d) => qb.some((q) => q.dimension === d)));
  for (const dim of dims) {
    const da = qa.filter((q) => q.dimension === dim);
    const db = qb.filter((q) => q.dimension === dim);
    const ua = da.filter((p) => !stated(p, qb) && !statedAnywhere(p, allB));
    const ub = db.filter((q) => !stated(q, qa) && !statedAnywhere(q, allA));
    if (ua.length === 0 || ub.length === 0) continue;
    const used = new Set<Quantity>();
    for (const p of ua) {
      let rival: Quantity | undefined;
      if (dim === '') {
        // A bare number is only comparable through what stands right before it.
        if (da.length === 1 && db.length === 1 && sameLead(p, ub[0])) rival = ub[0];
      } else {
        const cp = context(p);
        let best = 0;
        for (const q of ub) {
          if (used.has(q)) continue;
          let n = 0;
          for (const w of context(q)) if (cp.has(w)) n++;
          if (n > best) { best = n; rival = q; }
        }
      }
      if (!rival || used.has(rival)) continue;
      used.add(rival);
      const va = shown(p);
      const vb = shown(rival);
      conflicts.push({
        kind: 'number',
        values: { [a.source]: va, [b.source]: vb },
        explanation: `${a.source} says ${va}, ${b.source} says ${vb}`,
      });
    }
  }
  return conflicts;
}

/** The two content words before a bare number are the same on both sides ("toll rose to 17" / "toll rose to 20"). */
function sameLead(p: Quantity, q: Quantity): boolean {
  const lead = (x: Quantity) => {
    const toks = x.features.tokens.filter((t) => t.end <= x.mention.start && !t.stop && t.kind === 'word');
    return toks.slice(-2).map((t) => t.lemma).join(' ');
  };
  const lp = lead(p);
  return lp.includes(' ') && lp === lead(q);
}
