import { loadNlp } from '../nlp.js';
import type { DateMention, NameMention, QuoteMention, SentenceFeatures, Token, TokenKind } from '../types.js';
import cues from './cues.json' with { type: 'json' };
import { canonicalNumber, NUMBER_WORDS, parseNumbers, tokenValue } from './parse-numbers.js';
import { parseDates } from './parse-dates.js';

const NEGATION = new Set(cues.negation);
const ATTRIBUTION_WORDS = cues.attribution.filter((c) => !c.includes(' '));
const ATTRIBUTION_PHRASES = cues.attribution.filter((c) => c.includes(' '));
const ATTRIBUTION_SET = new Set(ATTRIBUTION_WORDS);
const HEDGE_WORDS = new Set(cues.hedges.filter((c) => !c.includes(' ')));
const HEDGE_PHRASES = cues.hedges.filter((c) => c.includes(' '));
/** Words that name a role rather than a person; left out of a name's parts so "Secretary Austin" = "Austin". */
const ROLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame', 'gen', 'general', 'lt', 'col', 'colonel', 'capt', 'captain', 'sgt',
  'maj', 'major', 'adm', 'admiral', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'president', 'pres',
  'secretary', 'minister', 'prime', 'defense', 'defence', 'state', 'foreign', 'chief', 'director', 'chairman', 'chair',
  'deputy', 'vice', 'judge', 'justice', 'mayor', 'king', 'queen', 'prince', 'princess', 'pope', 'officer', 'spokesman',
  'spokeswoman', 'spokesperson', 'coach', 'ceo', 'of', 'the',
]);

const PUNCT_KIND: Record<string, TokenKind> = { word: 'word', number: 'number', punctuation: 'punctuation', symbol: 'symbol', currency: 'symbol' };

/**
 * What a token's value alone decides, worked out once per distinct value: wink's
 * token type and Porter stem are functions of the value (its.type reads the
 * value's lexicon entry, its.stem stems the value), and so are the lower-case
 * form and the number it spells; outside contractions ("ca" of "can't", whose
 * normal and lemma come from the expansion) so are the stop-word flag (read on
 * the value's normal) and the lemma for a given part of speech (its.lemma reads
 * the lexicon, else lemmatizes the normal for the tag). Reading them per
 * occurrence was a third of feature extraction on 10,000-sentence inputs (Porter
 * stemming, lemmatizing, one wink item object and seven out() calls per token);
 * news repeats its words, so most look-ups hit.
 */
interface ValueInfo {
  lower: string;
  /** Token kind before the part of speech is known (PUNCT_KIND of wink's type). */
  kind: TokenKind;
  /** The number the token spells ("9", "nine", "$5"), else NaN. */
  value: number;
  /** Matching key of the token when it is a number, worked out on first use. */
  numberKey: string | null;
  stem: string;
  /** Starts with an upper-case letter. */
  upperInitial: boolean;
  /** "'s" or "’s". */
  possessive: boolean;
  /** Has a letter or a digit (a content token needs one). */
  alphanumeric: boolean;
  /** wink's stop-word flag when the token is not part of a contraction; read on first need. */
  stopWord: boolean | undefined;
  /** Lemma (lower-case) for the first part-of-speech tag met, when the token is not part of a contraction... */
  lemmaTag: string | undefined;
  lemma: string | undefined;
  /** ...and for other tags (few words take several). */
  moreLemmas: Map<string, string> | undefined;
}

const valueInfo = new Map<string, ValueInfo>();
/** Distinct token values kept; past this the cache starts afresh (a hostile input of endless distinct tokens stays bounded). */
const VALUE_CACHE_MAX = 200_000;

function infoOf(text: string, all: ItemTokens, i: number, its: WinkIts): ValueInfo {
  let info = valueInfo.get(text);
  if (info === undefined) {
    const lower = text.toLowerCase();
    const t = all.itemAt(i);
    const type = t.out(its.type) as string;
    const value = tokenValue(lower.replace(/^[$€£¥]/, ''));
    info = {
      lower,
      kind: PUNCT_KIND[type] ?? 'other',
      value,
      numberKey: null,
      // wink returns no stem for some rare tokens (emoji, odd symbols): fall back to the word itself.
      stem: ((t.out(its.stem as never) as string | undefined) ?? lower).toLowerCase(),
      upperInitial: /^\p{Lu}/u.test(text),
      possessive: /^['’]s$/.test(lower),
      alphanumeric: /[\p{L}\p{N}]/u.test(text),
      stopWord: undefined,
      lemmaTag: undefined,
      lemma: undefined,
      moreLemmas: undefined,
    };
    if (valueInfo.size >= VALUE_CACHE_MAX) valueInfo.clear();
    valueInfo.set(text, info);
  }
  return info;
}

type WinkIts = ReturnType<typeof loadNlp>['its'];
type ItemTokens = ReturnType<ReturnType<ReturnType<typeof loadNlp>['readDoc']>['tokens']>;

/** Whether `text` holds only white space between `from` and `to` (what `slice(from, to).trim() === ''` says, without the copy). */
function blankBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) continue;
    return text.slice(k, to).trim() === '';
  }
  return true;
}

/** Splits a sentence into typed tokens with offsets (wink-nlp), marking stop words and negation scope. */
export function tokenize(sentence: string): Token[] {
  return tokenizeWithInfo(sentence).tokens;
}

/** tokenize, with each token's per-value facts (parallel to the tokens). */
function tokenizeWithInfo(sentence: string): { tokens: Token[]; infos: ValueInfo[] } {
  const nlp = loadNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(sentence);
  // One pass per property over the whole sentence instead of one wink item (and seven out() calls) per token.
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const tags = all.out(its.pos) as string[];
  const negated = all.out(its.negationFlag) as unknown as boolean[];
  const contraction = all.out(its.contractionFlag) as unknown as boolean[];
  const tokens: Token[] = new Array(values.length);
  const infos: ValueInfo[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const text = values[i];
    const at = sentence.indexOf(text, cursor);
    const start = at >= 0 && blankBetween(sentence, cursor, at) ? at : cursor;
    const end = start === at ? at + text.length : cursor;
    cursor = end;
    const info = infoOf(text, all, i, its);
    const lower = info.lower;
    const pos = tags[i];
    let kind: TokenKind = info.kind;
    const value = info.value;
    if (!Number.isNaN(value) && kind === 'word' && pos === 'NUM') kind = 'number';
    const capitalised = info.upperInitial && pos === 'PROPN';
    // wink flags "US" as the pronoun "us"; a capitalised proper noun and a number are never stop words.
    let stop = kind === 'punctuation' || kind === 'symbol';
    if (!stop && kind === 'word' && !capitalised) {
      const flag = contraction[i] ? (all.itemAt(i).out(its.stopWordFlag) as unknown as boolean) : (info.stopWord ??= all.itemAt(i).out(its.stopWordFlag) as unknown as boolean);
      stop = flag || info.possessive || lower.length === 1;
    }
    let lemma = contraction[i] ? undefined : info.lemmaTag === pos ? info.lemma : info.moreLemmas?.get(pos);
    if (lemma === undefined) {
      // wink returns no lemma for some rare tokens (emoji, odd symbols): fall back to the word itself.
      lemma = ((all.itemAt(i).out(its.lemma as never) as string | undefined) ?? lower).toLowerCase();
      if (contraction[i]) {
        // read per occurrence: a contraction's lemma comes from its expansion
      } else if (info.lemmaTag === undefined) {
        info.lemmaTag = pos;
        info.lemma = lemma;
      } else (info.moreLemmas ??= new Map()).set(pos, lemma);
    }
    const key = kind === 'number' && !Number.isNaN(value) ? (info.numberKey ??= `#${canonicalNumber(value)}`) : info.stem;
    tokens[i] = { text, lower, key, lemma, kind, pos, stop, negated: negated[i], start, end };
    infos[i] = info;
  }
  return CJK.test(sentence) ? expandCjk(tokens, infos) : { tokens, infos };
}

/** Han, Hiragana and Katakana: scripts written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+|\p{N}+(?:[.,．，]\p{N}+)*|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}])+|[^\s]/gu;

/**
 * Chinese and Japanese have no spaces between words, and wink's English model
 * reads a whole run of such text as one token, so nothing in it could ever match.
 * Each such token is cut the way search engines index these scripts: runs of
 * characters as overlapping two-character pieces ("国防部长" → 国防, 防部, 部长;
 * a lone character stays one piece), digits as numbers, full-width ones too
 * ("12人" and "１２人" state 12), the character right after a number also on
 * its own as the thing counted (人 "people", 个, 名: the counter the number rule
 * pairs numbers by), other letters as words, marks as punctuation. No dictionary
 * is needed, and two reports of one fact share most of their pieces.
 */
function expandCjk(tokens: Token[], infos: ValueInfo[]): { tokens: Token[]; infos: ValueInfo[] } {
  const outT: Token[] = [];
  const outI: ValueInfo[] = [];
  tokens.forEach((t, i) => {
    if (!CJK.test(t.text)) {
      outT.push(t);
      outI.push(infos[i]);
      return;
    }
    // wink may cut "12" from "人" itself: a number token right before counts too.
    const before = outT[outT.length - 1];
    let afterNumber = before !== undefined && before.kind === 'number' && before.end === t.start;
    for (const m of t.text.matchAll(CJK_RUN)) {
      const at = t.start + (m.index ?? 0);
      const run = m[0];
      const counter = afterNumber;
      afterNumber = false;
      if (CJK.test(run)) {
        if (counter) {
          const c = Array.from(run)[0];
          push(c, 'word', 'NOUN', at, at + c.length, c, t.negated);
        }
        const chars = Array.from(run);
        let offset = 0;
        // A lone character after a number is already there as its counter.
        const pieces = chars.length === 1 ? (counter ? [] : [[0, 1]]) : chars.slice(1).map((_, k) => [k, k + 2]);
        const starts = chars.map((c) => ((offset += c.length), offset - c.length));
        for (const [from, to] of pieces) {
          const text = chars.slice(from, to).join('');
          const start = at + starts[from];
          push(text, 'word', 'X', start, start + text.length, text, t.negated);
        }
      } else if (/^\p{N}/u.test(run)) {
        const value = tokenValue(run.normalize('NFKC').replace(/,/g, ''));
        push(run, Number.isNaN(value) ? 'word' : 'number', 'NUM', at, at + run.length, Number.isNaN(value) ? run : `#${canonicalNumber(value)}`, t.negated);
        afterNumber = !Number.isNaN(value);
      } else if (/^\p{L}/u.test(run)) {
        push(run, 'word', 'X', at, at + run.length, run.toLowerCase(), t.negated);
      } else {
        push(run, 'punctuation', 'PUNCT', at, at + run.length, run, t.negated);
      }
    }
  });
  return { tokens: outT, infos: outI };

  function push(text: string, kind: TokenKind, pos: string, start: number, end: number, key: string, negated: boolean): void {
    // Full-width digits read as digits ("１２" → "12"): the number reader works on the lower-case form.
    const lower = kind === 'number' ? text.normalize('NFKC') : text.toLowerCase();
    const value = kind === 'number' ? tokenValue(lower.replace(/,/g, '')) : NaN;
    outT.push({ text, lower, key, lemma: lower, kind, pos, stop: kind === 'punctuation', negated, start, end });
    outI.push({
      lower, kind, value, numberKey: kind === 'number' ? key : null, stem: key, upperInitial: false, possessive: false,
      alphanumeric: kind !== 'punctuation', stopWord: false, lemmaTag: pos, lemma: lower, moreLemmas: undefined,
    });
  }
}

/** Runs of capitalised proper nouns ("Lloyd J. Austin", "U.S."), with role words set aside. */
function findNames(sentence: string, tokens: Token[]): NameMention[] {
  const names: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].pos !== 'PROPN' || !/^\p{Lu}/u.test(tokens[i].text)) { i++; continue; }
    let j = i;
    // "Secretary of Defense", "Bank of England": a lone "of" inside a capitalised run.
    while (j + 1 < tokens.length && ((tokens[j + 1].pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j + 1].text)) ||
      (tokens[j + 1].lower === 'of' && tokens[j + 2]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j + 2].text)))) j++;
    const parts = tokens.slice(i, j + 1)
      .map((t) => t.lower.replace(/[.’']/g, ''))
      .filter((p) => p !== '' && !ROLE_WORDS.has(p));
    if (parts.length > 0) names.push({ text: sentence.slice(tokens[i].start, tokens[j].end), parts, start: tokens[i].start, end: tokens[j].end });
    i = j + 1;
  }
  return names;
}

const QUOTE_PAIRS: Array<[string, string]> = [['“', '”'], ['"', '"'], ['«', '»'], ['‘', '’']];

/** Direct quotations of at least two words ("“unbreakable.”" is a scare quote, still kept when it has a word). */
function findQuotes(sentence: string): QuoteMention[] {
  const quotes: QuoteMention[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const a = sentence.indexOf(open, from);
      if (a < 0) break;
      const b = sentence.indexOf(close, a + 1);
      if (b < 0) break;
      const inner = sentence.slice(a + 1, b);
      // Single quotes double as apostrophes: only accept them around a phrase.
      if (open !== '‘' || /\s/.test(inner)) {
        if (/\p{L}/u.test(inner)) quotes.push({ text: inner, start: a + 1, end: b });
      }
      from = b + 1;
    }
  }
  return quotes.sort((x, y) => x.start - y.start);
}

/** A cue phrase with its word-boundary pattern, compiled once (not once per sentence). */
type Phrase = [phrase: string, pattern: RegExp];
const phrasePatterns = (phrases: string[]): Phrase[] => phrases.map((p) => [p, new RegExp(`\\b${p}\\b`)]);
const ATTRIBUTION_PATTERNS = phrasePatterns(ATTRIBUTION_PHRASES);
const HEDGE_PATTERNS = phrasePatterns(HEDGE_PHRASES);

function findCues(lowerSentence: string, tokens: Token[], words: Set<string>, phrases: Phrase[]): string[] {
  const found = new Set<string>();
  for (const t of tokens) if (words.has(t.lower)) found.add(t.lower);
  for (const [p, pattern] of phrases) if (pattern.test(lowerSentence)) found.add(p);
  return [...found];
}

/**
 * Whether parseNumbers can find anything in the sentence: every quantity it reads
 * starts at a token whose value is a digit string or a number word (tokenValue),
 * so a sentence with neither gives none. Most news sentences state no number, and
 * parseNumbers looks at every token several times (glued currency markers, hedges,
 * units), so they skip it. test/features/extract-features.test.ts checks that
 * parseNumbers agrees.
 */
export function mayStateNumbers(sentence: string, tokens: Token[]): boolean {
  if (/\p{Nd}/u.test(sentence)) return true;
  // `in`, as tokenValue tests it.
  for (const t of tokens) if (t.lower in NUMBER_WORDS || /\d/.test(t.lower)) return true;
  return false;
}

/** All features of one sentence (or of a sentence group joined with spaces). */
export function extractFeatures(sentence: string): SentenceFeatures {
  const { tokens, infos } = tokenizeWithInfo(sentence);
  const lower = sentence.toLowerCase();
  const content: number[] = [];
  tokens.forEach((t, i) => {
    if (!t.stop && (t.kind === 'word' || t.kind === 'number') && infos[i].alphanumeric) content.push(i);
  });
  const dates: DateMention[] = parseDates(sentence, tokens);
  const numbers = mayStateNumbers(sentence, tokens)
    ? parseNumbers(sentence, tokens).filter((n) => !dates.some((d) => n.start < d.end && d.start < n.end))
    : [];
  return {
    tokens,
    content,
    numbers,
    dates,
    names: findNames(sentence, tokens),
    quotes: findQuotes(sentence),
    negations: tokens.filter((t) => NEGATION.has(t.lower) && !(t.lower === 'no' && tokens[tokens.indexOf(t) + 1]?.lower === 'longer')).length,
    attributions: findCues(lower, tokens, ATTRIBUTION_SET, ATTRIBUTION_PATTERNS),
    hedges: findCues(lower, tokens, HEDGE_WORDS, HEDGE_PATTERNS),
  };
}
