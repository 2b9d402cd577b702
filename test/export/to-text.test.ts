import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { sentenceRef } from '../../src/export/summarize.js';
import { toText } from '../../src/export/to-text.js';
import { displayWidth } from '../../src/export/wrap-text.js';
import { WIRE_A, WIRE_B } from '../support/stories.js';

const comparison = compare([WIRE_A, WIRE_B]);

const THREE = compare([
  { label: 'a', origin: 'a', text: 'Rescuers said two cables snapped on the bridge near the river on Monday. The mayor visited the site in the evening.' },
  { label: 'b', origin: 'b', text: 'Rescuers said three cables snapped on the bridge near the river on Monday. Police closed the road to traffic.' },
  { label: 'c', origin: 'c', text: 'Two cables snapped on the bridge near the river on Monday, rescuers said. The mayor visited the site that evening.' },
]);

describe('toText', () => {
  const report = toText(comparison, { color: false, width: 80 });
  const lines = report.split('\n');

  it('leads with the summary, then conflicts before agreements, partials and unique details', () => {
    const at = (heading: RegExp) => lines.findIndex((l) => heading.test(l));
    const order = [/^Summary$/, /^Conflicts \(/, /^Agreements \(/, /^Partial overlaps \(/, /^Only in A /, /^Only in B /].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((p, q) => p - q)).toEqual(order);
  });

  it('names the conflicting figure and shows both sides with a word diff', () => {
    const conflicts = report.slice(report.indexOf('Conflicts ('), report.indexOf('Agreements ('));
    expect(conflicts).toMatch(/number/);
    expect(conflicts).toContain('Twelve people were taken to hospital');
    expect(conflicts).toContain('Fifteen people were taken to hospital');
    expect(conflicts).toMatch(/\[-Twelve-\]\s*\{\+Fifteen\+\}/);
  });

  it('lists what only one outlet reports under that outlet', () => {
    const onlyB = report.slice(report.indexOf('Only in B'));
    expect(onlyB).toContain('temporary housing');
    const onlyA = report.slice(report.indexOf('Only in A'), report.indexOf('Only in B'));
    expect(onlyA).not.toContain('temporary housing');
  });

  it('never writes a line wider than asked, and no escape codes without colour', () => {
    for (const width of [40, 80, 120]) {
      for (const line of toText(comparison, { color: false, width }).split('\n')) {
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
      }
    }
    expect(report).not.toMatch(/\x1b/);
  });

  it('colours relations only when asked, keeping the text markers', () => {
    const coloured = toText(comparison, { color: true, width: 80 });
    expect(coloured).toMatch(/\x1b\[31m≠ conflict\x1b\[0m/);
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(report);
  });

  it('keeps the space before a deleted or inserted run', () => {
    const a = { ...WIRE_A, text: 'The bridge was closed to traffic on Monday after cracks were found in a pillar.' };
    const b = { ...WIRE_B, text: 'The bridge closed to traffic on Monday after cracks were found in a pillar.' };
    const out = toText(compare([a, b]), { color: false, width: 100 });
    expect(out).toMatch(/The bridge \[-was-\] closed/);
  });

  it('shows why a pair matched', () => {
    expect(report).toMatch(/why {2}shared: .*(hospital|injur)/);
  });

  it('with three sources, shows coverage (●/○ per claim, explained once) and names the sources on each side of a conflict', () => {
    const text = toText(THREE, { color: false, width: 100 });
    expect(text).toMatch(/claims carried: A 2, B 1, C 2/);
    expect(text).toMatch(/on each claim ●A: source A carries it, ○A: it does not/);
    expect(text).toMatch(/≠ conflict .*●A ●B ●C/);
    expect(text).toMatch(/= agreement .*●A ○B ●C/);
    expect(text).toContain('A, C say two cables; B says three cables');
    expect(text).toMatch(/Only in B \(b\) \(1\)/);
  });
});

describe('sentenceRef', () => {
  it('counts from 1, shows runs as ranges and never glues two numbers into one', () => {
    expect(sentenceRef('A', [4])).toBe('A#5');
    expect(sentenceRef('A', [0, 17])).toBe('A#1, #18');
    expect(sentenceRef('B', [2, 3, 4])).toBe('B#3–5');
    expect(sentenceRef('C', [5, 0, 1])).toBe('C#1–2, #6');
  });
});
