import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { lineText, seg } from '../../../cli/tui/layout/segment.js';
import { lineWidth, truncateLine } from '../../../cli/tui/layout/truncate-line.js';
import { wrapSegments } from '../../../cli/tui/layout/wrap-segments.js';

describe('TUI wrapping with emoji (measured as Ink measures: string-width)', () => {
  it('wraps and cuts without splitting a character, and every line fits', () => {
    const text = '✅ Officials ⚡ confirmed ⭐ that the storm ⛔ closed ⌛ the ✋ main bridge 🇯🇵🇯🇵🇯🇵🇯🇵🇯🇵 👩‍🚒👩‍🚒👩‍🚒👩‍🚒';
    for (const w of [3, 7, 10, 21, 40]) {
      const lines = wrapSegments([seg(text)], w);
      for (const l of lines) expect(lineWidth(l), `${w}: ${lineText(l)}`).toBeLessThanOrEqual(w);
      expect(lines.map(lineText).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      for (const l of lines) expect(stringWidth(lineText(l))).toBeLessThanOrEqual(w);
      const cut = truncateLine([seg(text)], w);
      expect(lineWidth(cut)).toBeLessThanOrEqual(w);
      expect(lineText(cut)).not.toMatch(/[\u{1f1e6}-\u{1f1ff}]…$|\u200d…$/u);
    }
  });
});
