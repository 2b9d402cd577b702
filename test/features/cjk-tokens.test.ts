import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { extractFeatures } from '../../src/features/extract-features.js';

describe('text without spaces between words (Chinese, Japanese)', () => {
  it('is read as overlapping two-character pieces, digits as numbers, with offsets into the sentence', () => {
    const s = '两国国防部长周一在五角大楼举行会谈，12人出席。';
    const f = extractFeatures(s);
    const content = f.content.map((i) => f.tokens[i]);
    expect(content.slice(0, 4).map((t) => t.text)).toEqual(['两国', '国国', '国防', '防部']);
    for (const t of f.tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(f.numbers.map((n) => n.value)).toEqual([12]);
  });

  it('lets two reports of one fact match, and a different count conflict', () => {
    const c = compare([
      { label: 'a', origin: 'a', text: '東京で火災が発生し、12人が負傷した。消防によると原因は調査中だ。' },
      { label: 'b', origin: 'b', text: '東京で火災が発生し、15人が負傷した。原因は現在調査中だという。' },
    ]);
    expect(c.matches.map((m) => [m.relation, m.members.map((x) => x.sentences[0])])).toEqual([
      ['conflict', [0, 0]],
      ['agreement', [1, 1]],
    ]);
    expect(c.matches[0].conflicts[0].values).toEqual({ A: '12', B: '15' });
  });
});
