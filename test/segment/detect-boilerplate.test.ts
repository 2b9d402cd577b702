import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import data from '../../src/segment/boilerplate.json' with { type: 'json' };
import { detectBoilerplate } from '../../src/segment/detect-boilerplate.js';

/** detectBoilerplate as first written (words counted by splitting). */
function reference(sentence: string): string | null {
  const text = sentence.trim().replace(/[\s.!:|»›>→-]+$/u, '');
  if (text.split(/\s+/).length > data.maxWords) return null;
  for (const rule of data.rules) if (new RegExp(rule.pattern, 'iu').test(text)) return rule.reason;
  return null;
}

describe('detectBoilerplate', () => {
  test('finds site furniture in short sentences only', () => {
    expect(detectBoilerplate('Leave a Reply')).toBe('boilerplate');
    expect(detectBoilerplate('Share this article')).toBe('boilerplate');
    expect(detectBoilerplate('The minister said he would share the report with parliament next week.')).toBeNull();
  });

  // Page datelines seen in ECB+ articles: a line that is only a date or time is not a claim
  // (two of them once made a three-source "agreement", two others a "conflict").
  test.each(['Friday, June 7, 2013', 'JUNE 6, 2013 11:34PM', '21/22/23 July 2013 Last updated at 16:39 GMT', 'Originally published 05 / 03 / 2013 …', 'Apr 9, 2007', 'Tue 12 March 2013 09.30 GMT'])('"%s" is a dateline', (line) => {
    expect(detectBoilerplate(line)).toBe('dateline');
  });

  test.each(['He was born on June 7, 2013.', 'On Monday, 12 people died.', 'The vote is on May 5.', 'Monday'])('"%s" is not a dateline', (line) => {
    expect(detectBoilerplate(line)).toBeNull();
  });

  // Untrusted text must never make a pattern backtrack for minutes (DESIGN §8): the dateline rule
  // once took 92 s on a 15-word sentence of clock times and 26 s on a long run of digits.
  test.each([
    'On 12/06/2013 at 10:30, 10:45, 11:00, 11:15, 11:30, 11:45, 12:00, 12:15, 12:30 shots were heard.',
    '2013-06-07 14:32:11.123456 UTC, 2013-06-07 14:32:12.000001 UTC, log',
    `${'3'.repeat(40)} is how it starts, the teacher said.`,
    `${'1/1, '.repeat(15)}x`,
    `${'7'.repeat(2000)}x`,
  ])('returns at once on text that almost looks like a dateline: %s', (line) => {
    expect(detectBoilerplate(line)).toBeNull();
  });

  test('counts words as splitting on white space does, at the length limit and with odd spaces', () => {
    const words = ['share', 'this', 'article', 'on', 'x', 'leave', 'a', 'reply', 'word', '»', '-', '.'];
    const spaces = [' ', '  ', '\t', '\u00a0', '\u2009', '\u3000', '\n', ' \u00a0 '];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...spaces)), { maxLength: 20 }), fc.constantFrom('', ' ', '\u00a0', '. '), (parts, edge) => {
        const sentence = edge + parts.map(([w, s]) => w + s).join('') + edge;
        expect(detectBoilerplate(sentence)).toBe(reference(sentence));
      }),
      { numRuns: 3000 },
    );
    const at = (n: number) => Array.from({ length: n }, () => 'share').join(' \u00a0');
    expect(detectBoilerplate(at(data.maxWords))).toBe(reference(at(data.maxWords)));
    expect(detectBoilerplate(at(data.maxWords + 1))).toBeNull();
  });
});
