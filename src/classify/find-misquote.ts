import { diffArrays } from 'diff';
import stringSimilarity from 'string-similarity';
import cues from '../features/cues.json' with { type: 'json' };
import { SCALES, tokenValue } from '../features/parse-numbers.js';
import type { QuoteMention, SentenceFeatures, Token } from '../types.js';

/**
 * Telling a misquote from an excerpt. Reporters trim quotations all the time: they start
 * or stop quoting at another word, drop a phrase in the middle ("We condemn [and
 * denounce] the Governing Council"), change a function word ("is"/"was", "to"/"toward"),
 * put a name for a pronoun ("We had nothing…" → "Microsoft had nothing…") or spell a word
 * another way ("deskbound"/"desk-bound"). None of that changes what the speaker is
 * reported to have said. A misquote is a content word replaced by a different content
 * word ("extended growth" / "sustained growth"), or a negation dropped or added.
 */

const NEGATORS = new Set(cues.negators);
/** Closed-class parts of speech: words a reporter changes without changing the claim. */
const FUNCTION_POS = new Set(['PRON', 'DET', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'SYM', 'INTJ']);
/** Letter overlap (Dice over letter pairs) at or above which two words are one word spelt two ways ("Sundwell"/"Sundwall"). */
const SPELLING = 0.8;
/** A derived word shares at least this many first letters with its base, and this share of the shorter word. */
const DERIVED_MIN = 4;
const DERIVED_SHARE = 0.75;
/** Prefixes and a suffix that reverse a word: "legal"/"illegal" are not spellings of one word. */
const NEGATING_PREFIX = /^(un|in|im|il|ir|non|dis|anti)$/;

/** A word of a quotation as compared. */
interface QWord {
  /** Comparison key: lower-case letters and digits; contractions by their full form ("n't" → "not"). */
  key: string;
  token: Token;
}

/** One place where the two quotations differ: the words of each side there (either may be empty). */
export interface QuoteHunk {
  a: string[];
  b: string[];
  /** The difference is a negation dropped or added (else a content word replaced). */
  negation: boolean;
}

/** The words of a quotation, editors' asides in (…) and insertions in […] left out. */
export function quoteWords(quote: QuoteMention, f: SentenceFeatures): QWord[] {
  const out: QWord[] = [];
  let depth = 0;
  for (const t of f.tokens) {
    if (t.start < quote.start || t.end > quote.end) continue;
    if (t.text === '(' || t.text === '[') { depth++; continue; }
    if (t.text === ')' || t.text === ']') { depth = Math.max(0, depth - 1); continue; }
    if (depth > 0) continue;
    const contraction = /^['’]/.test(t.text);
    const key = contraction ? t.lemma.replace(/['’]/g, '') : t.lower.replace(/[^\p{L}\p{N}]/gu, '');
    if (key !== '') out.push({ key, token: t });
  }
  return out;
}

const isNegator = (w: QWord) => NEGATORS.has(w.key) || NEGATORS.has(w.token.lower.replace(/’/g, "'"));
/** A number or a scale word ("two", "40", "million"): compared by value, never as a spelling. */
const isNumber = (w: QWord) => !Number.isNaN(tokenValue(w.key)) || (w.key.length > 1 && w.key in SCALES);
/** A word that carries content: not a stop word or a closed-class word; numbers always do. */
const isContent = (w: QWord) => isNumber(w) || (!w.token.stop && !FUNCTION_POS.has(w.token.pos));

function reverses(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return (long.endsWith(short) && NEGATING_PREFIX.test(long.slice(0, long.length - short.length))) || long === `${short}less`;
}

/**
 * One word derived from the other, which the stemmer does not always join ("threats"/
 * "threatened", "govern"/"government"): they begin alike over most of the shorter word.
 */
function sameStem(x: string, y: string): boolean {
  const short = Math.min(x.length, y.length);
  let n = 0;
  while (n < short && x[n] === y[n]) n++;
  return n >= Math.max(DERIVED_MIN, DERIVED_SHARE * short);
}

/** Two words are one word written two ways: same lemma or stem, derived one from the other, or the same letters give or take a few ("@Stake"/"AtStake"). */
function variant(x: QWord, y: QWord): boolean {
  if (x.key === y.key || x.token.lemma === y.token.lemma || (x.token.key === y.token.key && !isNumber(x))) return true;
  // Numbers are compared by value: "million" and "billion" differ by one letter.
  if (isNumber(x) || isNumber(y)) return false;
  if (reverses(x.key, y.key)) return false;
  return sameStem(x.key, y.key) || stringSimilarity.compareTwoStrings(x.key, y.key) >= SPELLING;
}

/** The content words of one side of a hunk that the other side does not also have in some spelling (joined or hyphenated: "deskbound" = "desk-bound"). */
function unmatchedContent(mine: QWord[], theirs: QWord[]): QWord[] {
  const joined = new Set<string>();
  for (let i = 0; i + 1 < theirs.length; i++) joined.add(theirs[i].key + theirs[i + 1].key);
  const parts = new Set<string>();
  for (let i = 0; i + 1 < mine.length; i++) if (theirs.some((w) => w.key === mine[i].key + mine[i + 1].key)) parts.add(mine[i].key).add(mine[i + 1].key);
  return mine.filter((w) => isContent(w) && !parts.has(w.key) && !joined.has(w.key) && !theirs.some((v) => variant(w, v)));
}

const count = (ws: QWord[]) => ws.filter(isNegator).length;

/**
 * The places where two versions of one quotation say different things: a content word
 * replaced by a content word that is not a variant of it, or a negation dropped or added.
 * Empty when the two differ only as excerpts do. Words present on one side only are
 * omissions (an editor's trim), not a misquote, unless they are a negator. At the two ends
 * the versions simply start or stop at different words of the utterance, so a
 * difference there counts only when it replaces word for word (as many words on each
 * side: "…is going to recover" / "…is going to collapse"), or when a negator right
 * before the shared words is cut away ("not going to resign" / "going to resign").
 */
export function findMisquote(x: QWord[], y: QWord[]): QuoteHunk[] {
  const changes = diffArrays(x.map((w) => w.key), y.map((w) => w.key));
  // Walk the diff, cutting it into hunks between the runs both sides share.
  const hunks: Array<{ a: QWord[]; b: QWord[]; lead: boolean; trail: boolean }> = [];
  let i = 0;
  let j = 0;
  let seenCommon = false;
  let open: { a: QWord[]; b: QWord[]; lead: boolean; trail: boolean } | null = null;
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (!c.added && !c.removed) {
      if (open) hunks.push(open);
      open = null;
      seenCommon = true;
      i += n;
      j += n;
      continue;
    }
    open ??= { a: [], b: [], lead: !seenCommon, trail: false };
    if (c.removed) { open.a.push(...x.slice(i, i + n)); i += n; } else { open.b.push(...y.slice(j, j + n)); j += n; }
  }
  if (open) { open.trail = true; hunks.push(open); }
  const found: QuoteHunk[] = [];
  for (const h of hunks) {
    const edge = h.lead || h.trail;
    const show = (negation: boolean): QuoteHunk => ({ a: h.a.map((w) => w.token.text), b: h.b.map((w) => w.token.text), negation });
    if (h.lead) {
      // A negator cut away right before the shared words reverses them.
      const lastA = h.a[h.a.length - 1];
      const lastB = h.b[h.b.length - 1];
      if ((!!lastA && isNegator(lastA)) !== (!!lastB && isNegator(lastB))) { found.push(show(true)); continue; }
    }
    if (edge && h.a.length !== h.b.length) continue;
    if (count(h.a) !== count(h.b)) { found.push(show(true)); continue; }
    if (h.a.length === 0 || h.b.length === 0) continue;
    if (unmatchedContent(h.a, h.b).length > 0 && unmatchedContent(h.b, h.a).length > 0) found.push(show(false));
  }
  return found;
}
