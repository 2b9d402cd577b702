import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { compare } from '../../../src/index.js';
import { App } from '../../../cli/tui/components/app.js';
import { buildRows } from '../../../cli/tui/layout/build-rows.js';
import { layoutDetail } from '../../../cli/tui/layout/layout-detail.js';
import { layoutHeader } from '../../../cli/tui/layout/layout-header.js';
import { layoutRow } from '../../../cli/tui/layout/layout-row.js';
import { planColumns } from '../../../cli/tui/layout/plan-columns.js';
import { sanitizeText } from '../../../cli/tui/layout/sanitize-text.js';
import { lineText } from '../../../cli/tui/layout/segment.js';

afterEach(() => cleanup());

// Article text is untrusted (DESIGN §8): a title-setting OSC, a clear-screen CSI, a C1 CSI,
// a bell and a bidi override must never reach the terminal; the words around them must.
const EVIL_A =
  'Evil headline\n\n\x1b]0;PWNED\x07The minister said the bridge would reopen on Monday. \x1b[2JOfficials counted 40 trucks at the border.\x1b[31m Red text here.\x9b2J\u202e';
const PLAIN_B = 'The minister said the bridge reopens Monday.\n\nOfficials counted 45 trucks at the border crossing.';
// Anything that starts an escape or control sequence, or rings the bell.
const DANGEROUS = /\x1b\]|\x1b\[[0-9;]*[A-HJKSTfhlnsu]|\x07|[\x80-\x9f]|\u202e/;

describe('hostile article text', () => {
  const c = compare([
    { label: 'evil\x1b]0;LABEL\x07.txt', origin: 'evil.txt', text: EVIL_A },
    { label: 'plain.txt', origin: 'plain.txt', text: PLAIN_B },
  ]);

  it('sanitizeText removes escape sequences and control characters but keeps the words', () => {
    expect(sanitizeText('a\x1b]0;T\x07b\x1b[2Jc\x9b1;1Hd\u202ee\nf')).toBe('abcde f');
  });

  it('no laid-out line carries an escape or control sequence, at any width', () => {
    const rows = buildRows(c);
    for (const width of [40, 80, 120, 200]) {
      const plan = planColumns(width, 2);
      const text = [...layoutHeader(c, plan), ...rows.flatMap((r) => [...layoutRow(r, plan, ['A', 'B']), ...layoutDetail(r, c, width)])].map(lineText).join('\n');
      expect(text).not.toMatch(DANGEROUS);
      expect(text).toContain('Officials counted 40 trucks');
      expect(text).toContain('Red text here.');
      expect(text).not.toContain('PWNED');
    }
  });

  it('the rendered frame has only colour codes, and still shows the article', () => {
    const { lastFrame } = render(<App comparison={c} sources={2} color={true} columns={120} rows={30} />);
    const frame = lastFrame() ?? '';
    expect(frame.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(/\x1b/);
    expect(frame).not.toMatch(DANGEROUS);
    expect(frame).toContain('Officials counted 40 trucks');
    expect(frame).toContain('evil.txt');
  });
});
