import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { clusterWidth, displayWidth, graphemes } from '../../src/export/display-width.js';

// string-width is what Ink measures lines with (a devDependency pinned to the version Ink 6
// uses): when our measure says a line fits and Ink's does not, Ink cuts the line with "…" and
// words are lost. Comparing against it makes an Ink upgrade that changes the rules show up here.
const inkWidth = stringWidth;

describe('displayWidth (the measure of the text report and the TUI, as Ink measures)', () => {
  it('counts emoji drawn two columns wide as two, including those the old code-point list missed', () => {
    for (const s of ['✅', '⚡', '⭐', '⌛', '☕', '❌', '⚓', '🚒', '🇯🇵', '👩‍🚒', '👨‍👩‍👧', '1️⃣', '❤️', '👍🏽', '東', '한', '全']) {
      expect(displayWidth(s), s).toBe(2);
    }
    for (const s of ['a', 'é', 'e\u0301', 'ß', '→', '…', '🌡', 'ｶ']) expect(displayWidth(s), s).toBe(1);
    for (const s of ['\u200b', '\u00ad', '\u0301', '\u200d']) expect(displayWidth(s), JSON.stringify(s)).toBe(0);
    expect(displayWidth('✅ Officials ⚡ confirmed')).toBe(25);
  });

  it('treats a flag, a ZWJ family and a letter with its accent as one character', () => {
    expect(graphemes('a🇯🇵b👩‍🚒e\u0301')).toEqual(['a', '🇯🇵', 'b', '👩‍🚒', 'e\u0301']);
    expect(clusterWidth('👩‍🚒')).toBe(2);
  });

  it('agrees with Ink (string-width) on every code point and on emoji sequences', () => {
    const differ: string[] = [];
    const check = (s: string) => {
      if (displayWidth(s) !== inkWidth(s)) differ.push(`${JSON.stringify(s)} ours ${displayWidth(s)} ink ${inkWidth(s)}`);
    };
    // Every code point where widths vary (up to CJK, the symbol and emoji blocks), a sample elsewhere.
    for (let cp = 0x20; cp < 0x40000; cp += cp < 0x3100 || (cp >= 0x1f000 && cp < 0x1fb00) ? 1 : 7) if (cp < 0xd800 || cp > 0xdfff) check(String.fromCodePoint(cp));
    for (const s of ['👩‍🚒', '🇯🇵', '👨‍👩‍👧', '1️⃣', '❤️', '☀️', '🏳️‍🌈', 'e\u0301', '한국어', 'ก็', 'नमस्ते', '👍🏽', 'x\u200by']) check(s);
    expect(differ.slice(0, 20)).toEqual([]);
  }, 60_000);
});
