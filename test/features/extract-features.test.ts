import type { ItemToken } from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import { extractFeatures, mayStateNumbers, tokenize } from '../../src/features/extract-features.js';
import { canonicalNumber, parseNumbers, tokenValue } from '../../src/features/parse-numbers.js';
import { loadNlp } from '../../src/nlp.js';
import { segmentDocument } from '../../src/segment/segment-document.js';
import type { Token, TokenKind } from '../../src/types.js';
import { CORPUS_PAIR, corpusInput } from '../support/corpus.js';

/** Every sentence of the corpus pair, and sentences that stress the tokenizer (contractions, numbers, odd tokens). */
const SENTENCES = [
  ...CORPUS_PAIR.flatMap((path) => segmentDocument(corpusInput(path), 0).sentences.map((s) => s.text)),
  "I can't and won't say, he didn't add; they're gone.",
  'US officials said no longer 5 percent of $US1.2bn and AU$1.5m (about US$1m) went to 50-60 people.',
  'The constructor said toString and __proto__ were valueOf.',
  'Twenty-five protesters, a dozen police and one hundred reporters waited from 7:41 p.m. on May 5, 2024.',
  'Emoji 😀 and symbols © ™ → are tokens too; so is ... and “quoted” text.',
  'US US us Us uS. Said said SAID.',
  '',
];

const PUNCT_KIND: Record<string, TokenKind> = { word: 'word', number: 'number', punctuation: 'punctuation', symbol: 'symbol', currency: 'symbol' };

/** tokenize as it was before per-value caching: one wink item and its out() calls per token. */
function tokenizeReference(sentence: string): Token[] {
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
    const stop =
      kind === 'punctuation' || kind === 'symbol' ||
      (kind === 'word' && !capitalised && ((t.out(its.stopWordFlag) as unknown as boolean) || /^['’]s$/.test(lower) || lower.length === 1));
    const lemma = ((t.out(its.lemma as never) as string | undefined) ?? lower).toLowerCase();
    const stem = ((t.out(its.stem as never) as string | undefined) ?? lower).toLowerCase();
    const key = kind === 'number' && !Number.isNaN(value) ? `#${canonicalNumber(value)}` : stem;
    tokens.push({ text, lower, key, lemma, kind, pos, stop, negated: t.out(its.negationFlag) as unknown as boolean, start, end });
  });
  return tokens;
}

describe('tokenize', () => {
  it('gives what reading every token from wink gives, also when the values were seen before in other contexts', () => {
    // Twice: the second round reads every value from the per-value cache.
    for (let round = 0; round < 2; round++) {
      for (const s of SENTENCES) expect(tokenize(s)).toEqual(tokenizeReference(s));
    }
  });
});

describe('mayStateNumbers', () => {
  it('is false only where parseNumbers finds nothing', () => {
    const extra = ['one', 'One of them left.', 'He was the one.', 'A dozen eggs.', 'Nothing here at all.', 'It costs .5 and ,7', '.-, and ,km'];
    for (const s of [...SENTENCES, ...extra]) {
      const tokens = tokenize(s);
      if (!mayStateNumbers(s, tokens)) expect(parseNumbers(s, tokens)).toEqual([]);
    }
  });

  it('lets numbers through, written in digits or in words', () => {
    for (const s of ['It rose 5 percent.', 'Nine people died.', 'A dozen eggs.', 'About $US1.2bn.']) expect(mayStateNumbers(s, tokenize(s))).toBe(true);
    expect(mayStateNumbers('Nothing to count here.', tokenize('Nothing to count here.'))).toBe(false);
  });

  it('leaves the features unchanged: numbers are the ones parseNumbers finds', () => {
    for (const s of SENTENCES) {
      const f = extractFeatures(s);
      const dates = f.dates;
      expect(f.numbers).toEqual(parseNumbers(s, f.tokens).filter((n) => !dates.some((d) => n.start < d.end && d.start < n.end)));
    }
  });
});
