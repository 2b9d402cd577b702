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
    expect(c.matches[0].conflicts[0].values).toEqual({ A: '12人', B: '15人' });
  });

  it('reads full-width digits, and pairs numbers by their counter when a sentence states several', () => {
    const conflictOf = (a: string, b: string) => compare([{ label: 'a', origin: 'a', text: a }, { label: 'b', origin: 'b', text: b }]).matches[0]?.conflicts;
    expect(conflictOf('東京で火災が発生し、１２人が負傷した。', '東京で火災が発生し、１５人が負傷した。')?.map((c) => c.values)).toEqual([{ A: '１２人', B: '１５人' }]);
    expect(conflictOf('地震造成12人死亡，30人受伤。', '地震造成15人死亡，30人受伤。')?.map((c) => c.values)).toEqual([{ A: '12人', B: '15人' }]);
    expect(extractFeatures('ＡＢＣ中国有１２人。').numbers.map((n) => [n.value, n.unit])).toEqual([[12, '人']]);
  });

  it('keeps letters of other scripts out of the two-character pieces', () => {
    const f = extractFeatures('ＡＢＣ中国有１２人。');
    expect(f.tokens.map((t) => t.text)).toEqual(['ＡＢＣ', '中国', '国有', '１２', '人', '。']);
  });
});

