import type { ItemToken } from 'wink-nlp';
import { loadNlp } from '../nlp.js';
import type { DateMention, NameMention, QuoteMention, SentenceFeatures, Token, TokenKind } from '../types.js';
import cues from './cues.json' with { type: 'json' };
import { canonicalNumber, parseNumbers, tokenValue } from './parse-numbers.js';
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

/** Splits a sentence into typed tokens with offsets (wink-nlp), marking stop words and negation scope. */
export function tokenize(sentence: string): Token[] {
  const nlp = loadNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(sentence);
  const tokens: Token[] = [];
  let cursor = 0;
  doc.tokens().each((t: ItemToken) => {
    const text = t.out(its.value) as string;
    const at = sentence.indexOf(text, cursor);
    const start = at >= 0 && sentence.slice(cursor, at).trim() === '' ? at : cursor;
    const end = start === at ? at + text.length : cursor;
    cursor = end;
    const lower = text.toLowerCase();
    const type = t.out(its.type) as string;
    const pos = t.out(its.pos) as string;
    let kind: TokenKind = PUNCT_KIND[type] ?? 'other';
    const value = tokenValue(lower.replace(/^[$€£¥]/, ''));
    if (!Number.isNaN(value) && kind === 'word' && pos === 'NUM') kind = 'number';
    const capitalised = /^\p{Lu}/u.test(text) && pos === 'PROPN';
    // wink flags "US" as the pronoun "us"; a capitalised proper noun and a number are never stop words.
    const stop =
      kind === 'punctuation' || kind === 'symbol' ||
      (kind === 'word' && !capitalised && ((t.out(its.stopWordFlag) as unknown as boolean) || /^['’]s$/.test(lower) || lower.length === 1));
    // wink returns no lemma or stem for some rare tokens (emoji, odd symbols): fall back to the word itself.
    const lemma = ((t.out(its.lemma as never) as string | undefined) ?? lower).toLowerCase();
    const stem = ((t.out(its.stem as never) as string | undefined) ?? lower).toLowerCase();
    const key = kind === 'number' && !Number.isNaN(value) ? `#${canonicalNumber(value)}` : stem;
    tokens.push({
      text, lower, key, lemma, kind, pos, stop,
      negated: t.out(its.negationFlag) as unknown as boolean,
      start, end,
    });
  });
  return tokens;
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

function findCues(lowerSentence: string, tokens: Token[], words: Set<string>, phrases: string[]): string[] {
  const found = new Set<string>();
  for (const t of tokens) if (words.has(t.lower)) found.add(t.lower);
  for (const p of phrases) if (new RegExp(`\\b${p}\\b`).test(lowerSentence)) found.add(p);
  return [...found];
}

/** All features of one sentence (or of a sentence group joined with spaces). */
export function extractFeatures(sentence: string): SentenceFeatures {
  const tokens = tokenize(sentence);
  const lower = sentence.toLowerCase();
  const content: number[] = [];
  tokens.forEach((t, i) => {
    if (!t.stop && (t.kind === 'word' || t.kind === 'number') && /[\p{L}\p{N}]/u.test(t.text)) content.push(i);
  });
  const dates: DateMention[] = parseDates(sentence, tokens);
  const numbers = parseNumbers(sentence, tokens).filter((n) => !dates.some((d) => n.start < d.end && d.start < n.end));
  return {
    tokens,
    content,
    numbers,
    dates,
    names: findNames(sentence, tokens),
    quotes: findQuotes(sentence),
    negations: tokens.filter((t) => NEGATION.has(t.lower) && !(t.lower === 'no' && tokens[tokens.indexOf(t) + 1]?.lower === 'longer')).length,
    attributions: findCues(lower, tokens, ATTRIBUTION_SET, ATTRIBUTION_PHRASES),
    hedges: findCues(lower, tokens, HEDGE_WORDS, HEDGE_PHRASES),
  };
}
