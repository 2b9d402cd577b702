import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { toText } from '../../src/export/to-text.js';
import { displayWidth, wrapText } from '../../src/export/wrap-text.js';

// Lines that the old code-point table measured wrong: ✅ ⚡ ⭐ as one column, 👩‍🚒 as four, 🌡 as two;
// and long runs of flags or ZWJ sequences that a cut could split.
const EMOJI = '✅ Officials ⚡ confirmed ⭐ that the storm ⛔ closed ⌛ the ✋ main ⚽ bridge ☕ on Tuesday ⏰ and ❌ all ⛵ ferries ⚓ were ❗ cancelled 🌡 as 👩‍🚒 crews arrived.';
const CJK = '東京で大きな地震が発生し、少なくとも12人が負傷したと警察が発表した。서울에서도 진동이 느껴졌다.';
const RUNS = '🇯🇵🇯🇵🇯🇵🇯🇵🇯🇵🇯🇵🇯🇵 👩‍🚒👩‍🚒👩‍🚒👩‍🚒👩‍🚒 👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧 e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301';
const clusters = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((x) => x.segment);

describe('displayWidth (the text report measure)', () => {
  it('measures as the terminal and Ink do', () => {
    for (const s of ['✅', '⚡', '⭐', '👩‍🚒', '🇯🇵', '👨‍👩‍👧', '東', '한']) expect(displayWidth(s), s).toBe(2);
    for (const s of ['a', '🌡', 'e\u0301', '→']) expect(displayWidth(s), s).toBe(1);
    for (const s of [EMOJI, CJK, RUNS]) expect(displayWidth(s)).toBe(stringWidth(s));
  });

  it('gives colour codes no width', () => {
    expect(displayWidth('\x1b[31m[-Twelve-]\x1b[0m 👩‍🚒')).toBe(13);
  });
});

describe('wrapText', () => {
  it('keeps every line of emoji and CJK text within the width, losing nothing', () => {
    for (const text of [EMOJI, CJK, RUNS, `${EMOJI} ${CJK} ${RUNS}`]) {
      for (const w of [1, 2, 3, 5, 8, 13, 20, 40, 60]) {
        const lines = wrapText(text, w);
        for (const l of lines) expect(stringWidth(l), `${w}: ${l}`).toBeLessThanOrEqual(Math.max(w, 2));
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }
    }
  });

  it('cuts a long word between characters, never inside a flag, a ZWJ sequence or an accented letter', () => {
    const whole = new Set(clusters(RUNS));
    for (const w of [2, 3, 5, 7]) {
      for (const line of wrapText(RUNS, w)) for (const c of clusters(line)) expect(whole.has(c) || c === ' ', `${w}: ${JSON.stringify(c)}`).toBe(true);
    }
    expect(wrapText('🇯🇵🇯🇵🇯🇵', 4)).toEqual(['🇯🇵🇯🇵', '🇯🇵']);
    expect(wrapText('👩‍🚒👩‍🚒👩‍🚒', 3)).toEqual(['👩‍🚒', '👩‍🚒', '👩‍🚒']);
  });

  it('keeps colour codes whole and with the character before a cut', () => {
    const lines = wrapText('\x1b[32m{+abcdefgh+}\x1b[0m', 6);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(6);
    expect(lines.join('')).toBe('\x1b[32m{+abcdefgh+}\x1b[0m');
    expect(lines[lines.length - 1].endsWith('\x1b[0m')).toBe(true);
    expect(lines.every((l) => !/^\x1b\[0m/.test(l))).toBe(true);
  });
});

describe('toText with emoji and CJK sentences', () => {
  const c = compare([
    { label: 'a.txt', origin: 'a.txt', text: `Bridge closed\n\n${EMOJI} ${CJK} The minister said the bridge would reopen on Monday. ${RUNS}` },
    { label: 'b.txt', origin: 'b.txt', text: `Bridge news\n\nThe minister said the bridge reopens on Monday. 🚒 Rescue teams 👩‍🚒 reached the capital 🇯🇵 late on Tuesday.` },
  ]);

  it('never writes a line wider than the width it is given, with or without colour', () => {
    for (const width of [40, 57, 80, 100, 160]) {
      for (const color of [false, true]) {
        const report = toText(c, { color, width });
        expect(report).toContain('👩‍🚒');
        for (const line of report.split('\n')) expect(stringWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
      }
    }
  });
});
