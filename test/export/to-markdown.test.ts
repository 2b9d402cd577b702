import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { escapeMarkdown, toMarkdown } from '../../src/export/to-markdown.js';
import { WIRE_A, WIRE_B } from '../support/stories.js';

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a | b', 'a \\| b'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['*bold* and _it_', '\\*bold\\* and \\_it\\_'],
    ['# not a heading', '\\# not a heading'],
    ['AT&T', 'AT&amp;T'],
    ['two\nlines', 'two lines'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('toMarkdown', () => {
  const md = toMarkdown(compare([WIRE_A, WIRE_B]));

  it('has the summary table first and the sections in a fact-checker\'s order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.replace(/ \(.*$/, '').replace(/:.*$/, ''));
    expect(headings).toEqual(['## Conflicts', '## Agreements', '## Partial overlaps', '## Only in A', '## Only in B', '## Settings']);
    expect(md.indexOf('**Summary:**')).toBeLessThan(md.indexOf('## Conflicts'));
  });

  it('states the conflict and strikes/bolds the differing words', () => {
    expect(md).toMatch(/\*\*number conflict:\*\*/);
    expect(md).toMatch(/~~Twelve~~ \*\*Fifteen\*\*/);
  });

  it('places strike and bold marks where GitHub Markdown honours them (never glued to punctuation after a word)', () => {
    const a = { ...WIRE_A, text: 'The meeting came against the backdrop of strained relations, compounded by violence in the region.' };
    const b = { ...WIRE_B, text: 'The meeting came against the backdrop of strained relations between the allies.' };
    const diff = toMarkdown(compare([a, b])).split('\n').find((l) => l.startsWith('Diff A→B'));
    expect(diff).toBeDefined();
    expect(diff).toMatch(/~~/);
    // Every opening mark (the 1st, 3rd, … of its kind) follows a space, so GFM can open it before punctuation.
    for (const mark of ['~~', '**']) {
      const parts = (diff ?? '').split(mark);
      for (let k = 0; k < parts.length - 1; k += 2) expect(parts[k]).toMatch(/(^|\s)$/);
    }
    expect(diff).not.toMatch(/ {2}/);
  });

  it('keeps hostile article text inert', () => {
    const hostile = { ...WIRE_B, text: `${WIRE_B.text}\n\nA reader wrote <script>alert("x")</script> and <img src=x onerror=alert(1)> under the story | col.` };
    const out = toMarkdown(compare([WIRE_A, hostile]));
    expect(out).not.toMatch(/<script|<img/i);
    expect(out).toContain('&lt;script&gt;');
  });

  it('with three sources, shows coverage on each claim, explains ●/○ once and names the sources on each side of a conflict', () => {
    const three = toMarkdown(
      compare([
        { label: 'a', origin: 'a', text: 'Rescuers said two cables snapped on the bridge near the river on Monday. The mayor visited the site in the evening.' },
        { label: 'b', origin: 'b', text: 'Rescuers said three cables snapped on the bridge near the river on Monday. Police closed the road to traffic.' },
        { label: 'c', origin: 'c', text: 'Two cables snapped on the bridge near the river on Monday, rescuers said. The mayor visited the site that evening.' },
      ]),
    );
    expect(three).toContain('On each claim, ●A: source A carries it; ○A: it does not.');
    expect(three).toContain('1 of 2 claims are carried by all 3 sources.');
    expect(three).toMatch(/^### `≠` conflict .* · ●A ●B ●C$/m);
    expect(three).toMatch(/^### `=` agreement .* · ●A ○B ●C$/m);
    expect(three).toContain('**number conflict:** A, C say two cables; B says three cables');
    expect(md).not.toContain('●');
  });
});

