import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { lastWord, MAX_SENTENCE, splitSentences } from '../../src/segment/split-sentences.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

/** Real news prose patterns (issue 2): each row is a paragraph and the sentences a careful reader sees. */
const CASES: Array<[string, string, string[]]> = [
  ['U.S. inside a sentence', 'The U.S. Army said on Monday that it would send more troops. The Pentagon declined to comment.',
    ['The U.S. Army said on Monday that it would send more troops.', 'The Pentagon declined to comment.']],
  ['U.K./E.U. and a month before a year', 'The U.K. and the E.U. agreed. Talks resume in Nov. 2024.',
    ['The U.K. and the E.U. agreed.', 'Talks resume in Nov. 2024.']],
  ['title Gen.', 'Gen. Mark Milley attended the meeting. He spoke briefly.',
    ['Gen. Mark Milley attended the meeting.', 'He spoke briefly.']],
  ['month Jan. before a day', 'The meeting took place on Jan. 5 in Washington. It lasted two hours.',
    ['The meeting took place on Jan. 5 in Washington.', 'It lasted two hours.']],
  ['Mr., Mrs., Dr.', 'Mr. Smith and Mrs. Jones met Dr. Brown. They talked.',
    ['Mr. Smith and Mrs. Jones met Dr. Brown.', 'They talked.']],
  ['Sen. and Rep., and "no." ending a sentence', 'Sen. Warren and Rep. Ocasio-Cortez voted no. The bill passed.',
    ['Sen. Warren and Rep. Ocasio-Cortez voted no.', 'The bill passed.']],
  ['No. before a number', 'The resolution is No. 2334 of the council. It passed.',
    ['The resolution is No. 2334 of the council.', 'It passed.']],
  ['initial Lloyd J. Austin', 'Defense Secretary Lloyd J. Austin met his Israeli counterpart. The talks were frank.',
    ['Defense Secretary Lloyd J. Austin met his Israeli counterpart.', 'The talks were frank.']],
  ['initial George W. Bush', 'President George W. Bush spoke first. Then others followed.',
    ['President George W. Bush spoke first.', 'Then others followed.']],
  ['quote with the attribution after it', '"The situation is getting worse," asserted Austin. He then left the room.',
    ['"The situation is getting worse," asserted Austin.', 'He then left the room.']],
  ['curly quote with the attribution after it', '“We appreciate your respect to her and her family’s privacy at this time,” he said. Nobody else commented.',
    ['“We appreciate your respect to her and her family’s privacy at this time,” he said.', 'Nobody else commented.']],
  ['quoted question continued by its attribution', '"Is it over?" she asked. Nobody answered.',
    ['"Is it over?" she asked.', 'Nobody answered.']],
  ['quote ending the sentence', 'He said: "We will win." Then he left.',
    ['He said: "We will win."', 'Then he left.']],
  ['decimals', 'Inflation rose 3.5 percent in May. Prices of 2.75 dollars were common.',
    ['Inflation rose 3.5 percent in May.', 'Prices of 2.75 dollars were common.']],
  ['times with p.m.', 'It happened at 7:41 p.m. on Tuesday. Police arrived later.',
    ['It happened at 7:41 p.m. on Tuesday.', 'Police arrived later.']],
  ['company Inc.', 'The company, Acme Inc., reported a loss. Shares fell 4%.',
    ['The company, Acme Inc., reported a loss.', 'Shares fell 4%.']],
  ['ellipsis followed by lower case', 'He paused … and then he went on. Nobody moved.',
    ['He paused … and then he went on.', 'Nobody moved.']],
  ['no punctuation at all', 'no punctuation at all in this line of text', ['no punctuation at all in this line of text']],
  ['Chinese sentence marks', '奥斯汀周一会见了加兰特。双方讨论了加沙局势！会谈持续了两个小时？',
    ['奥斯汀周一会见了加兰特。', '双方讨论了加沙局势！', '会谈持续了两个小时？']],
  ['Japanese closing bracket after the mark', '「会談は終わった。」と彼は言った。次の会談は来週だ。',
    ['「会談は終わった。」', 'と彼は言った。', '次の会談は来週だ。']],
];

describe('splitSentences', () => {
  test.each(CASES)('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test('spans are trimmed, ordered, non-overlapping and cover every word', () => {
    for (const [, text] of CASES) {
      const spans = splitSentences(text);
      spans.forEach((s, k) => {
        expect(s.end).toBeGreaterThan(s.start);
        expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
        if (k > 0) expect(s.start).toBeGreaterThanOrEqual(spans[k - 1].end);
      });
      const ink = (t: string) => t.replace(/\s+/g, '');
      expect(spans.map((s) => ink(text.slice(s.start, s.end))).join('')).toBe(ink(text));
    }
  });

  test('a run-on without punctuation is cut at clause boundaries or spaces, never above MAX_SENTENCE', () => {
    const clause = 'the minister met his counterpart in washington to discuss aid, ';
    const text = clause.repeat(200).trim();
    const parts = sentences(text);
    expect(parts.length).toBeGreaterThan(text.length / MAX_SENTENCE);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(p.endsWith(',') || p === parts[parts.length - 1]).toBe(true);
    }
    const spaceless = 'x'.repeat(MAX_SENTENCE * 3);
    expect(sentences(spaceless).join('')).toBe(spaceless);
  });

  test('a hard cut never splits a surrogate pair', () => {
    const text = `A${'😀'.repeat(MAX_SENTENCE)}`;
    const parts = sentences(text);
    expect(parts.join('')).toBe(text);
    for (const p of parts) expect(p).not.toMatch(/[\ud800-\udbff]$|^[\udc00-\udfff]/);
  });

  test('the large-input splitter finds the same boundaries', () => {
    for (const [, text] of CASES) expect(splitSentences(text, { large: true })).toEqual(splitSentences(text));
  });
});

describe('lastWord', () => {
  const reference = (tail: string) => {
    const m = /([\p{L}.]+)\.$/u.exec(tail);
    return m ? m[1].toLowerCase() : '';
  };

  test('finds what /([\\p{L}.]+)\\.$/u finds, surrogate pairs and all', () => {
    const pieces = ['a', 'Z', '.', ' ', 'é', 'Ω', '𝐀', '\ud835', '\udc00', '1', '"', 'ß', 'İ', '中', '-', "'", '\u0301', 'Gen', 'U.S'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.boolean(), (parts, dot) => {
        const tail = parts.join('') + (dot ? '.' : '');
        expect(lastWord(tail)).toBe(reference(tail));
      }),
      { numRuns: 3000 },
    );
    for (const tail of ['Gen.', 'Lloyd J.', 'U.S.', '.', '..', 'x.', ' .', '𝐀.', '\udc00.', 'ab\ud835\udc00.', 'Ångström.']) expect(lastWord(tail)).toBe(reference(tail));
  });
});
