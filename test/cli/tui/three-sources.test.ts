import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/index.js';
import { buildRows } from '../../../cli/tui/layout/build-rows.js';
import { layoutHeader } from '../../../cli/tui/layout/layout-header.js';
import { layoutRow } from '../../../cli/tui/layout/layout-row.js';
import { planColumns } from '../../../cli/tui/layout/plan-columns.js';
import { lineText } from '../../../cli/tui/layout/segment.js';
import { lineWidth } from '../../../cli/tui/layout/truncate-line.js';
import { CORPUS_PAIR, ROOT } from './corpus-comparison.js';

// A third, short report of the same meeting (written for this test).
const THIRD = `Austin presses Gallant on Gaza

U.S. Defense Secretary Lloyd Austin met Israeli Defense Minister Yoav Gallant at the Pentagon on Tuesday.
Austin told Gallant that Gaza is suffering a humanitarian catastrophe and that more aid must reach civilians.
The two men also discussed Israel's request for more aircraft.`;

describe('three sources', () => {
  const inputs = CORPUS_PAIR.map((p) => ({ label: p.split('/').pop()!, origin: p, text: readFileSync(`${ROOT}${p}`, 'utf8') }));
  const c = compare([...inputs, { label: 'third.txt', origin: 'third.txt', text: THIRD }]);
  const rows = buildRows(c);
  const ids = c.sources.map((s) => s.id);

  it('shows one column per source when they fit, else stacks them, and never overflows', () => {
    expect(planColumns(120, 3).mode).toBe('side');
    expect(planColumns(100, 3).mode).toBe('stacked');
    for (const width of [40, 80, 100, 120, 200]) {
      const plan = planColumns(width, 3);
      for (const l of [...layoutHeader(c, plan), ...rows.flatMap((r) => layoutRow(r, plan, ids))]) expect(lineWidth(l)).toBeLessThanOrEqual(width);
    }
    const titles = layoutHeader(c, planColumns(160, 3)).map(lineText).find((l) => l.includes('│'))!;
    expect(titles.split('│')).toHaveLength(3);
    expect(titles).toContain('C third.txt');
  });

  it('places C-only details and rows with C cells', () => {
    expect(rows.some((r) => r.cells.some((x) => x.source === 'C'))).toBe(true);
    const stacked = rows.flatMap((r) => layoutRow(r, planColumns(80, 3), ids)).map(lineText).join('\n');
    expect(stacked).toMatch(/ C \S/);
  });
});
