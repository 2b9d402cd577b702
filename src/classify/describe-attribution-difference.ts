import cues from '../features/cues.json' with { type: 'json' };
import type { Note, SentenceFeatures, Token } from '../types.js';
import { claimOverlap } from './claim-overlap.js';
import { ordered } from './ordered-values.js';
import { perSentence } from '../features/per-sentence.js';
import type { RuleSide } from './rule.js';

/** Reporting verbs that pass a statement on, by lemma (a denial is left out: it reverses the claim). */
const PASSING_ON = new Set(cues.passing_on);
/** Any sign of a holder of the claim: the reporting verbs in every form, verbs of stance, by lemma. */
const STANCE = new Set([...cues.passing_on, ...cues.stance, ...cues.attribution.filter((c) => !c.includes(' '))]);
const HEDGE_WORDS = new Set([...cues.hedges.filter((c) => !c.includes(' ')), ...cues.reportative]);
const HEDGE_PHRASES = cues.hedges.filter((c) => c.includes(' '));
/** Verbs whose object is the listener ("told reporters that …"), skipped before the reported clause. */
const TO_LISTENER = new Set(['tell']);
/** Share of claim words two sides must have in common before one's attribution is set against the other's silence. */
const SAME_CLAIM = 0.5;
/** Words after a reporting verb searched for a reported clause (a subject and its verb). */
const CLAUSE_WINDOW = 10;
/** A quotation of this many words or more is someone's statement even with no reporting verb ("Marsh 'bled to death after …'"). */
const STATEMENT_QUOTE_WORDS = 3;
/** Longest holder phrase read before or after a reporting verb ("EU foreign policy chief Josep Borrell"). */
const HOLDER_WORDS = 8;

/** How one side credits a claim: the holder as written (null for a pronoun or a relative "who") and the words that say so. */
interface Credit { who: string | null; phrase: string }

const QUOTE_MARK = /^["“”«»‘’']$/;
const isClauseEnd = (t: Token | undefined) => !t || (t.kind === 'punctuation' && !QUOTE_MARK.test(t.text));
const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
const HOLDER_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);

/**
 * Quoted stretches of a sentence as offsets: the quotations the feature extractor found,
 * and any words between two quote-mark tokens it left out (single quotes around a
 * headline's quotation: "Marsh 'bled to death after being shot'"). An odd quote mark
 * opens a quotation that runs to the end of the sentence (a paragraph-long quotation).
 */
function quoteSpans(f: SentenceFeatures): Array<[number, number]> {
  const spans: Array<[number, number]> = f.quotes.map((q) => [q.start, q.end]);
  const marks = f.tokens.filter((t) => QUOTE_MARK.test(t.text));
  for (let k = 0; k + 1 < marks.length; k += 2) spans.push([marks[k].end, marks[k + 1].start]);
  if (marks.length % 2 === 1) spans.push([marks[marks.length - 1].end, Infinity]);
  return spans;
}

const inSpans = (spans: Array<[number, number]>, t: Token) => spans.some(([s, e]) => t.start >= s && t.end <= e);

/** The words between two token indices as written (tokens rejoined by their offsets). */
function words(f: SentenceFeatures, from: number, to: number): string {
  let out = '';
  for (let k = from; k <= to; k++) out += (k > from && f.tokens[k].start > f.tokens[k - 1].end ? ' ' : '') + f.tokens[k].text;
  return out;
}

/** A reporting verb as the tagger reads it, or a verb it mistook for a noun right after its subject ("investigators claim the …"). */
function reportingVerbAt(f: SentenceFeatures, i: number): boolean {
  const t = f.tokens[i];
  if (!PASSING_ON.has(t.lemma)) return false;
  if (t.pos === 'VERB') return true;
  const prev = f.tokens[i - 1];
  return t.pos === 'NOUN' && !!prev && (prev.pos === 'NOUN' || prev.pos === 'PRON') && (f.tokens[i + 1]?.lower === 'that' || f.tokens[i + 1]?.pos === 'DET');
}

/** "of" or "and" between two proper nouns joins one name or two holders ("Academy of Motion Picture Arts and Sciences", "Zadan and Meron"). */
const joinsName = (f: SentenceFeatures, k: number) =>
  (f.tokens[k].lower === 'of' || f.tokens[k].lower === 'and') && f.tokens[k - 1]?.pos === 'PROPN' && f.tokens[k + 1]?.pos === 'PROPN';

/** The holder phrase ending right before token i (adverbs and "has" skipped): [first, last] token, or null. A passive "was reported" has none. */
function holderBefore(f: SentenceFeatures, i: number): [number, number] | null {
  let k = i - 1;
  while (k >= 0 && (f.tokens[k].pos === 'ADV' || (f.tokens[k].pos === 'AUX' && f.tokens[k].lemma !== 'be'))) k--;
  const last = f.tokens[k];
  // "the military said": the tagger reads some collective nouns as adjectives after an article.
  const adjHead = last?.pos === 'ADJ' && f.tokens[k - 1]?.pos === 'DET';
  if (!last || !(last.pos === 'PROPN' || last.pos === 'NOUN' || last.pos === 'PRON' || adjHead)) return null;
  if (last.pos === 'PRON') return [k, k];
  let first = k;
  while (first - 1 >= 0 && k - first + 1 < HOLDER_WORDS && (HOLDER_POS.has(f.tokens[first - 1].pos) || joinsName(f, first - 1))) first--;
  // A name is taken whole ("The Academy of Motion Picture Arts and Sciences announced").
  const name = f.names.find((n) => n.start <= last.start && last.end <= n.end);
  if (name) while (first > 0 && f.tokens[first - 1].start >= name.start) first--;
  return [first, k];
}

/** The holder phrase starting right after token i ("said police", "according to the ministry"): [first, last], or null. */
function holderAfter(f: SentenceFeatures, i: number): [number, number] | null {
  let last = i;
  // A date ends the holder: "according to a prison statement Monday".
  const isDate = (t: Token) => f.dates.some((d) => t.start < d.end && d.start < t.end);
  while (last + 1 < f.tokens.length && last - i < HOLDER_WORDS && (HOLDER_POS.has(f.tokens[last + 1].pos) || joinsName(f, last + 1)) && !isDate(f.tokens[last + 1])) last++;
  if (last === i || !['PROPN', 'NOUN'].includes(f.tokens[last].pos)) return null;
  return [i + 1, last];
}

/**
 * The source after "according to": the words up to the next punctuation or date, whatever
 * their tags (the tagger reads a sentence-initial "According to police" as verbs).
 */
function sourceAfter(f: SentenceFeatures, i: number): [number, number] | null {
  let last = i;
  const isDate = (t: Token) => f.dates.some((d) => t.start < d.end && d.start < t.end);
  while (last + 1 < f.tokens.length && last - i < HOLDER_WORDS && f.tokens[last + 1].kind !== 'punctuation' && !isDate(f.tokens[last + 1]) && !(last > i && isVerb(f.tokens[last + 1]))) last++;
  return last > i ? [i + 1, last] : null;
}

/** No verb follows token i before its clause ends: the reporting verb stands aside from the claim. */
function nothingAfter(f: SentenceFeatures, i: number): boolean {
  for (let k = i + 1; k < f.tokens.length && !isClauseEnd(f.tokens[k]); k++) if (isVerb(f.tokens[k])) return false;
  return true;
}

/** A reported clause follows the verb at i: "that …", or a subject and then a finite verb ("said the man was …", "told reporters he would …"). */
function clauseAfter(f: SentenceFeatures, i: number): boolean {
  const toks = f.tokens;
  let k = i + 1;
  if (TO_LISTENER.has(toks[i].lemma)) while (toks[k] && ['NOUN', 'PROPN', 'PRON', 'DET'].includes(toks[k].pos) && toks[k].lower !== 'that') k++;
  // "said on Monday that", "said in a statement the …": a short time or place phrase first.
  while (toks[k] && (toks[k].pos === 'ADV' || (toks[k].pos === 'ADP' && toks[k].lower !== 'that') || (toks[k].pos === 'PROPN' && f.dates.some((d) => toks[k].start >= d.start && toks[k].end <= d.end)))) {
    if (toks[k].pos === 'ADP') { k++; while (toks[k] && HOLDER_POS.has(toks[k].pos) && toks[k].pos !== 'NUM') k++; } else k++;
  }
  if (toks[k]?.lower === 'that' || toks[k]?.lower === ':') return true;
  let subject = false;
  for (let n = 0; k < toks.length && n < CLAUSE_WINDOW && !isClauseEnd(toks[k]); k++, n++) {
    const t = toks[k];
    if (isVerb(t) && toks[k - 1]?.lower !== 'to' && !/ing$/.test(t.lower)) return subject;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM') subject = true;
  }
  return false;
}

const setOff = (t: Token | undefined) => !t || t.text === ',' || t.text === '—' || t.text === '–' || t.text === '-' || QUOTE_MARK.test(t.text);

/**
 * Whether the reporting verb at i passes a statement on, and who it credits, rather than
 * being the claim's own verb ("Apple announced a new phone", "the company reported a loss",
 * "an illness, reported in North America"). Three shapes:
 * - aside, holder first: "…, police said (on Monday)." — set off by a comma or a quote, no verb after;
 * - aside, inverted: "…, said UN chief Antonio Guterres." — the verb right after the comma;
 * - a reported clause: "police said (that) the man was …", "Official says Kenyan forces caused …",
 *   "…, which says he is …" (a pronoun or relative holder is not named).
 */
function creditAt(f: SentenceFeatures, i: number): Credit | null {
  const before = holderBefore(f, i);
  const credit = (h: [number, number] | null, phrase: string): Credit => {
    const pronoun = h && f.tokens[h[1]].pos === 'PRON';
    return { who: h && !pronoun ? words(f, h[0], h[1]) : null, phrase };
  };
  if (before) {
    const phrase = words(f, before[0], i);
    if (nothingAfter(f, i) && (before[0] === 0 ? false : setOff(f.tokens[before[0] - 1]))) return credit(before, phrase);
    if (clauseAfter(f, i)) return credit(before, phrase);
    return null;
  }
  let k = i - 1;
  while (k >= 0 && f.tokens[k].pos === 'ADV') k--;
  const after = holderAfter(f, i);
  if (k >= 0 && setOff(f.tokens[k]) && after && nothingAfter(f, after[1])) return credit(after, words(f, i, after[1]));
  return null;
}

/** The statements a side passes on, outside quotations: "police said …", "…, according to the ministry". */
function credits(side: RuleSide): Credit[] {
  return side.features.flatMap(sentenceCredits);
}

const sentenceCredits = perSentence((f: SentenceFeatures): Credit[] => {
  const spans = quoteSpans(f);
  const out: Credit[] = [];
  f.tokens.forEach((t, i) => {
    if (inSpans(spans, t)) return;
    if (t.lower === 'according' && f.tokens[i + 1]?.lower === 'to') {
      const h = sourceAfter(f, i + 1);
      out.push({ who: h ? words(f, h[0], h[1]) : null, phrase: words(f, i, h ? h[1] : i + 1) });
      return;
    }
    if (!reportingVerbAt(f, i)) return;
    const c = creditAt(f, i);
    if (c) out.push(c);
  });
  return out;
});

/**
 * Whether a side gives any sign that its claim is someone's word: a verb of saying or
 * stance in any use ("the study found", "Assad vows"), "according to", a hedge
 * ("reportedly", "believed to"), a quotation of a few words, or a headline's "Obama: …".
 * Only a side with none of these states the claim as fact.
 */
function vouchedFor(side: RuleSide): boolean {
  return side.features.some((f) => {
    const spans = quoteSpans(f);
    const text = ` ${f.tokens.map((t) => t.lower).join(' ')} `;
    const quoted = spans.some(([s, e]) => f.tokens.filter((t) => t.kind === 'word' && t.start >= s && t.end <= e).length >= STATEMENT_QUOTE_WORDS);
    return quoted || HEDGE_PHRASES.some((p) => text.includes(` ${p} `)) || f.tokens.some((t, i) => {
      const prev = f.tokens[i - 1];
      if (STANCE.has(t.lemma) || STANCE.has(t.lower)) {
        // A verb, a verb the tagger took for a noun after its subject, or a report or claim "that …".
        if (t.pos === 'VERB' || (t.pos === 'NOUN' && prev && (prev.pos === 'NOUN' || prev.pos === 'PRON')) || f.tokens[i + 1]?.lower === 'that') return true;
      }
      return HEDGE_WORDS.has(t.lower) || (t.lower === 'according' && f.tokens[i + 1]?.lower === 'to') ||
        (t.text === ':' && i > 0 && i <= 4 && (prev.pos === 'PROPN' || prev.pos === 'NOUN'));
    });
  });
}

/**
 * The same claim stated as fact by one side and passed on as someone's statement by the
 * other ("Two men were arrested" vs "Two men were arrested, police said"): a note, shown to
 * the reader but never a conflict. On news paraphrases one outlet routinely drops "he said"
 * (about 3 % of same-claim pairs), so it is information, not a disagreement to act on. Only
 * when the two sides share most of their claim words, exactly one side credits the claim
 * (attributions inside quotations do not count, on either side) and the other gives no
 * sign of a source at all. Different sources on both sides, and hedged vs flat claims, are
 * conflicts (detectAttributionConflict), not notes.
 */
export function describeAttributionDifference(a: RuleSide, b: RuleSide): Note[] {
  if (claimOverlap(a.features, b.features) < SAME_CLAIM) return [];
  const ca = credits(a);
  const cb = credits(b);
  const [x, y, cx] = ca.length > 0 && cb.length === 0 && !vouchedFor(b) ? [a, b, ca]
    : cb.length > 0 && ca.length === 0 && !vouchedFor(a) ? [b, a, cb] : [null, null, []];
  if (!x || !y) return [];
  const phrases = [...new Set(cx.map((c) => c.phrase))];
  const named = [...new Set(cx.flatMap((c) => (c.who ? [c.who] : [])))];
  const quoted = `"${phrases.join('", "')}"`;
  return [{
    kind: 'attribution',
    values: ordered(a.source, b.source, { [x.source]: `attributed: ${phrases.join('; ')}`, [y.source]: 'stated as fact' }),
    explanation: named.length > 0
      ? `${x.source} credits this to ${named.join(' and ')} (${quoted}), ${y.source} states it as fact`
      : `${x.source} passes this on as someone's statement (${quoted}), ${y.source} states it as fact`,
  }];
}
