import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../src/export/diff-words.js';

const render = (a: string, b: string) =>
  diffTexts(a, b).map((r) => (r.side === 'both' ? r.text : r.side === 'a' ? r.text.replace(/^(\s*)(.*)$/s, '$1[-$2-]') : r.text.replace(/^(\s*)(.*)$/s, '$1{+$2+}'))).join('');

describe('diffTexts', () => {
  it('keeps abbreviations, possessives and numbers whole', () => {
    expect(render('U.S. Defense Secretary Lloyd Austin met 3,500 troops.', 'The meeting followed Gallant’s talks with 3.5 million people.')).toBe(
      '[-U.S. Defense Secretary Lloyd Austin met 3,500 troops-] {+The meeting followed Gallant’s talks with 3.5 million people+}.',
    );
  });

  it('marks only the words that differ, case-insensitively, and the runs join back into readable text', () => {
    const runs = diffTexts('Two cables snapped on Monday.', 'three Cables snapped on monday.');
    expect(runs).toEqual([
      { text: 'Two', side: 'a' },
      { text: ' three', side: 'b' },
      { text: ' cables snapped on Monday.', side: 'both' },
    ]);
  });

  it('gives one shared run for identical texts and joins line breaks as spaces', () => {
    expect(diffTexts('Gaza is suffering.\nAid is short.', 'gaza is suffering. aid is short.')).toEqual([{ text: 'Gaza is suffering. Aid is short.', side: 'both' }]);
  });

  it('handles empty sides', () => {
    expect(diffTexts('', 'New text.')).toEqual([{ text: 'New text.', side: 'b' }]);
    expect(diffTexts('', '')).toEqual([]);
  });
});

describe('diffTexts on scripts without spaces', () => {
  it('diffs Chinese and Japanese character by character and puts no spaces between them', () => {
    expect(render('会议持续了两个小时。', '会谈持续了三个小时。')).toBe('会[-议-]{+谈+}持续了[-两-]{+三+}个小时。');
    expect(render('東京で火災が発生し、12人が負傷した。', '東京で火災が発生し、15人が負傷した。')).toBe('東京で火災が発生し、[-12-]{+15+}人が負傷した。');
    expect(render('地震造成12人死亡。', '地震造成15人死亡。')).toBe('地震造成[-12-]{+15+}人死亡。');
  });
});
