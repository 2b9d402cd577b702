import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { toJson, toJsonChunks } from '../../src/export/to-json.js';
import type { Comparison } from '../../src/types.js';
import { contractViolations } from '../support/check-contract.js';
import { CORPUS_PAIR, corpusInput } from '../support/corpus.js';

const [A, B] = CORPUS_PAIR.map(corpusInput);

describe('toJson on the corpus pair', () => {
  const json = toJson(compare([A, B]));
  const parsed = JSON.parse(json) as Comparison;

  it('keeps every rule of the DESIGN §4 contract', () => {
    expect(contractViolations(parsed)).toEqual([]);
  });

  it('is byte-identical across runs', () => {
    expect(toJson(compare([A, B]))).toBe(json);
  });

  it('names both sources with their labels and origins, in the order given', () => {
    expect(parsed.sources.map((s) => [s.id, s.label, s.origin])).toEqual([
      ['A', A.label, A.origin],
      ['B', B.label, B.origin],
    ]);
  });

  it('finds the headline of the article that starts with one', () => {
    expect(parsed.sources[0].title).toBeNull();
    expect(parsed.sources[1].title).toMatch(/^Unbreakable or Not\?/);
  });

  it('ignores the "Leave a Reply" furniture as boilerplate', () => {
    const b = parsed.sources[1];
    const ignored = parsed.ignored.flatMap((g) => g.sentences.map((i) => [g.source, b.sentences[i]?.text, g.reason]));
    expect(ignored).toContainEqual(['B', 'Leave a Reply', 'boilerplate']);
  });

  it('carries the schema and the settings used', () => {
    expect(parsed.schema).toBe('storydiff.comparison/v1');
    expect(parsed.settings.threshold).toBeGreaterThan(0);
  });
});

describe('toJson on odd but valid inputs', () => {
  it('compares CRLF + BOM text like the same text with LF', () => {
    const crlf = { ...A, text: `\ufeff${A.text.replace(/\n/g, '\r\n')}` };
    const a = compare([crlf, B]);
    const b = compare([A, B]);
    expect(contractViolations(a)).toEqual([]);
    expect(a.matches).toEqual(b.matches);
    expect(a.sources[0].text).not.toMatch(/[\r\ufeff]/);
  });

  it('matches every sentence of a document compared with itself as an agreement', () => {
    const c = compare([A, { ...A, label: 'copy' }]);
    expect(contractViolations(c)).toEqual([]);
    expect(c.unique).toEqual([]);
    const n = c.sources[0].sentences.length;
    const pairs = c.matches.map((m) => [m.relation, m.members[0].sentences, m.members[1].sentences]);
    for (let i = 0; i < n; i++) expect(pairs).toContainEqual(['agreement', [i], [i]]);
  });

  it('splits text with no sentence punctuation at all and still keeps the contract', () => {
    const words = A.text.replace(/[.!?,;:"“”]/g, '');
    const c = compare([{ ...A, text: words }, B]);
    expect(contractViolations(c)).toEqual([]);
    expect(c.sources[0].sentences.length).toBeGreaterThan(0);
  });
});

describe('toJsonChunks (what the bin writes, piece by piece)', () => {
  it('joins to exactly JSON.stringify(…, null, 2) plus a newline, on the corpus pair and on odd comparisons', () => {
    const odd = compare([
      { label: 'a "quoted" label', origin: '-', text: 'Two cables snapped.\n\nLeave a Reply' },
      { label: 'b', origin: 'b', text: 'Three cables snapped, officials said.', title: null },
    ]);
    for (const c of [compare(CORPUS_PAIR.map(corpusInput)), odd]) {
      const pieces = [...toJsonChunks(c)];
      expect(pieces.length).toBeGreaterThan(10);
      expect(pieces.join('')).toBe(`${JSON.stringify(c, null, 2)}\n`);
    }
  });
});
