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
