import { describe, expect, it } from 'vitest';
import { displayWidth, wrapText } from '../../../src/export/wrap-text.js';
import { buildRows } from '../../../cli/tui/layout/build-rows.js';
import { fitWindow, pageWindow } from '../../../cli/tui/layout/fit-window.js';
import { frameBudget } from '../../../cli/tui/layout/frame-budget.js';
import { layoutDetail } from '../../../cli/tui/layout/layout-detail.js';
import { layoutHeader } from '../../../cli/tui/layout/layout-header.js';
import { layoutHelp } from '../../../cli/tui/layout/layout-help.js';
import { layoutRow, markSelected, sameAsAbove } from '../../../cli/tui/layout/layout-row.js';
import { fitKeys, layoutStatus } from '../../../cli/tui/layout/layout-status.js';
import { planColumns, sideBySideWidth } from '../../../cli/tui/layout/plan-columns.js';
import { lineText, seg } from '../../../cli/tui/layout/segment.js';
import { lineWidth, truncateLine } from '../../../cli/tui/layout/truncate-line.js';
import { wrapSegments } from '../../../cli/tui/layout/wrap-segments.js';
import { filterRows } from '../../../cli/tui/state/select-rows.js';
import { compare } from '../../../src/index.js';
import { corpusComparison } from './corpus-comparison.js';

const WIDTHS = [40, 80, 120, 200];

describe('planColumns', () => {
  it('is side by side when every column gets its minimum, stacked below with a notice saying why', () => {
    expect(planColumns(40, 2).mode).toBe('stacked');
    expect(planColumns(80, 2).mode).toBe('side');
    expect(planColumns(120, 2).mode).toBe('side');
    expect(planColumns(200, 2).mode).toBe('side');
    expect(planColumns(80, 3).mode).toBe('stacked');
    expect(planColumns(120, 3).mode).toBe('side');
    const narrow = planColumns(sideBySideWidth(2) - 1, 2);
    expect(narrow.mode).toBe('stacked');
    expect(narrow.notice).toContain(String(sideBySideWidth(2)));
    expect(narrow.notice!.length).toBeLessThanOrEqual(70);
    expect(planColumns(50, 2).notice).toBe('Stacked: side by side needs 72 columns');
  });

  it('fills the width exactly with the gutter, the columns and the gaps', () => {
    for (const w of [80, 120, 200, 201]) for (const n of [2, 3, 4]) {
      const plan = planColumns(w, n);
      if (plan.mode !== 'side') continue;
      expect(plan.gutter + plan.columns.reduce((a, b) => a + b, 0) + (n - 1) * 3).toBe(w);
    }
  });
});

describe('wrapSegments', () => {
  it('breaks at the same word boundaries as wrapText and keeps styles', () => {
    const text = 'Gaza is suffering a humanitarian catastrophe, and the situation is getting even worse';
    for (const w of [10, 17, 40]) {
      const styled = wrapSegments([seg('Gaza is suffering a '), seg('humanitarian', 'hit'), seg(' catastrophe, and the situation is getting even worse')], w);
      expect(styled.map(lineText)).toEqual(wrapText(text, w));
      expect(styled.flat().filter((s) => s.style === 'hit').map((s) => s.text).join('')).toBe('humanitarian');
    }
  });

  it('counts wide characters as two columns and cuts words longer than the line', () => {
    const lines = wrapSegments([seg('東京都の知事 https://example.com/a/very/long/path/that/never/ends')], 12);
    for (const l of lines) expect(lineWidth(l)).toBeLessThanOrEqual(12);
    expect(lines.map(lineText).join('')).toContain('example.com');
  });
});

describe('truncateLine', () => {
  it('cuts to the width with an ellipsis and leaves short lines alone', () => {
    const line = [seg('A ', 'bold'), seg('unbreakable-or-not.txt — a very long headline')];
    expect(truncateLine(line, 100)).toBe(line);
    const cut = truncateLine(line, 12);
    expect(lineWidth(cut)).toBe(12);
    expect(lineText(cut)).toBe('A unbreakab…');
  });
});

describe('layout of the corpus comparison', () => {
  const c = corpusComparison();
  const rows = buildRows(c);
  const ids = c.sources.map((s) => s.id);

  it('puts story notes first, then orders rows along source A, with B-only details next to their neighbours', () => {
    expect(rows.slice(0, c.notes.length).every((r) => r.kind === 'note')).toBe(true);
    const firstA = rows.filter((r) => r.kind !== 'note').map((r) => r.cells.find((x) => x.source === 'A')?.sentences[0]).filter((i): i is number => i !== undefined);
    expect(firstA).toEqual([...firstA].sort((p, q) => p - q));
    expect(rows.filter((r) => r.kind === 'unique').map((r) => r.cells[0].source).sort()).toEqual(c.unique.map((u) => u.source).sort());
  });

  for (const width of WIDTHS) {
    it(`never produces a line wider than ${width} columns`, () => {
      const plan = planColumns(width, 2);
      const lines = [
        ...layoutHeader(c, plan),
        ...rows.flatMap((r) => markSelected(layoutRow(r, plan, ids, 'gaza'))),
        ...rows.flatMap((r) => layoutDetail(r, c, width, 'the')),
        ...layoutHelp(width),
        ...layoutStatus({ view: 'main', filter: 'conflict', query: 'a long search', draft: null, selected: 3, count: 20, message: `exported ${'x/'.repeat(80)}report.md` }, width),
      ];
      for (const l of lines) expect(lineWidth(l), lineText(l)).toBeLessThanOrEqual(width);
    });

    it(`shows every word of every sentence at ${width} columns`, () => {
      const plan = planColumns(width, 2);
      const shown = rows.map((r) => layoutRow(r, plan, ids).map(lineText).join(' '));
      rows.forEach((r, i) => {
        for (const cell of r.cells) for (const word of cell.text.split(/\s+/).filter((w) => displayWidth(w) < 20)) expect(shown[i]).toContain(word);
      });
    });
  }

  it('still fits very narrow terminals (5 to 39 columns) without crashing', () => {
    for (let width = 5; width < 40; width += 2) {
      const plan = planColumns(width, 2);
      const lines = [
        ...layoutHeader(c, plan),
        ...rows.flatMap((r) => markSelected(layoutRow(r, plan, ids))),
        ...layoutDetail(rows[0], c, width), // the story note
        ...layoutDetail(rows.find((r) => r.matchId !== null)!, c, width),
        ...layoutHelp(width),
        ...layoutStatus({ view: 'main', filter: 'all', query: '', draft: null, selected: 0, count: rows.length, message: 'exported x' }, width),
      ];
      for (const l of lines) expect(lineWidth(l), `${width}: ${lineText(l)}`).toBeLessThanOrEqual(width);
    }
  });

  it('puts A on the left and B on the right side by side, and labels them stacked', () => {
    const match = rows.find((r) => r.matchId !== null)!;
    const [a, b] = match.cells;
    const side = layoutRow(match, planColumns(120, 2), ids).map(lineText);
    const aWord = a.text.split(' ')[0];
    const bWord = b.text.split(' ')[0];
    expect(side[0].indexOf(aWord)).toBeLessThan(side[0].indexOf(bWord, side[0].indexOf('│')));
    expect(side[0]).toContain('│');
    const stacked = layoutRow(match, planColumns(40, 2), ids).map(lineText);
    expect(stacked[0]).toMatch(/ A \S/);
    expect(stacked.some((l) => / B \S/.test(l))).toBe(true);
    expect(stacked.findIndex((l) => / B \S/.test(l))).toBeGreaterThan(0);
  });

  it('marks each row with its relation marker and score, and the selection with ▸', () => {
    const plan = planColumns(120, 2);
    for (const r of rows) {
      const first = lineText(layoutRow(r, plan, ids)[0]);
      expect(first).toContain({ agreement: '=', partial: '≈', conflict: '≠', unique: '+', note: '~' }[r.kind]);
      if (r.score !== null) expect(first).toContain(r.score.toFixed(2));
    }
    expect(lineText(markSelected(layoutRow(rows[0], plan, ids))[0]).startsWith('▸')).toBe(true);
  });

  it('header names both sources and the counts', () => {
    const text = layoutHeader(c, planColumns(120, 2)).map(lineText).join('\n');
    for (const s of c.sources) expect(text).toContain(s.label);
    expect(text).toMatch(/\d+ agreements?/);
    expect(text).toMatch(/unique A \d+ · B \d+/);
    const narrow = layoutHeader(c, planColumns(40, 2)).map(lineText).join('\n');
    expect(narrow).toContain('Stacked: side by side needs 72 columns');
  });

  it('detail shows the full sentences, a word diff with both kinds of marks, and the evidence', () => {
    const match = rows.find((r) => r.matchId !== null && r.cells.length === 2)!;
    const text = layoutDetail(match, c, 200).map(lineText).join('\n');
    for (const cell of match.cells) expect(text.replace(/\s+/g, ' ')).toContain(cell.text);
    expect(text).toContain('[-');
    expect(text).toContain('{+');
    expect(text).toContain('Why this score');
    const m = c.matches.find((x) => x.id === match.matchId)!;
    for (const term of m.evidence.shared) expect(text).toContain(term);
  });
});

describe('story notes (differences across the whole story, not one claim)', () => {
  const c = corpusComparison();
  const rows = buildRows(c);
  const ids = c.sources.map((s) => s.id);
  const note = rows[0];

  it('are rows of their own, marked ~, with each source\'s sentences and what differs under them, at every width', () => {
    expect(note.kind).toBe('note');
    expect(note.noteId).toBe(0);
    expect(note.cells.map((x) => [x.source, x.sentences])).toEqual(c.notes[0].members.map((m) => [m.source, m.sentences]));
    for (const width of [30, 40, 80, 120, 200]) {
      const lines = layoutRow(note, planColumns(width, 2), ids);
      const text = lines.map(lineText).join(' ').replace(/\s+/g, ' ');
      expect(lineText(lines[0]), `${width}`).toMatch(/^ {2}~ /);
      expect(text, `${width}`).toContain('~ characterisation: A describes the exchange as candid, direct; B as cautious, measured');
      for (const l of lines) expect(lineWidth(l)).toBeLessThanOrEqual(width);
    }
    // The tone words stand out in the sentences.
    const marked = layoutRow(note, planColumns(120, 2), ids).flat().filter((sg) => sg.style === 'note').map((sg) => sg.text);
    expect(marked).toEqual(expect.arrayContaining(['candid', 'direct', 'cautious', 'measured']));
  });

  it('the header counts them with their kinds, only when there are any', () => {
    expect(layoutHeader(c, planColumns(160, 2)).map(lineText).join('\n')).toContain('~ 1 note: characterisation');
    expect(layoutHeader({ ...c, notes: [] }, planColumns(160, 2)).map(lineText).join('\n')).not.toContain('note');
  });

  it('the detail gives the explanation, says why it is not a conflict, and each sentence with its number', () => {
    const lines = layoutDetail(note, c, 100);
    const text = lines.map(lineText).join('\n');
    expect(text).toMatch(/^~ note: characterisation/);
    expect(text).toContain(c.notes[0].explanation);
    expect(text).toContain('Not counted as a conflict');
    for (const m of c.notes[0].members) for (const i of m.sentences) {
      const sentence = c.sources.find((s) => s.id === m.source)!.sentences[i].text;
      expect(text.replace(/\s+/g, ' ')).toContain(m.sentences.length > 1 ? `${m.source}#${i + 1} ${sentence}` : sentence);
    }
    expect(lines.flat().filter((sg) => sg.style === 'note').map((sg) => sg.text)).toEqual(expect.arrayContaining(['candid', 'measured']));
  });
});

describe('a cell repeating the row above (dense comparisons)', () => {
  const c = corpusComparison();
  const rows = buildRows(c);
  const ids = c.sources.map((s) => s.id);
  const ditto = /″ A#\d+ \(as above\)/;

  it('shows as one ditto line, not the repeated text, when the row above holds the same sentences', () => {
    const plan = planColumns(100, 2);
    // The corpus pair links A#1 with four sentences of B, in consecutive rows.
    const at = rows.findIndex((r, i) => i > 0 && sameAsAbove(r, rows[i - 1]).has('A'));
    expect(at).toBeGreaterThan(0);
    const aText = rows[at].cells.find((x) => x.source === 'A')!.text;
    const full = layoutRow(rows[at], plan, ids).map(lineText).join('\n');
    const compact = layoutRow(rows[at], plan, ids, '', { above: rows[at - 1] }).map(lineText);
    expect(full).toContain(aText.split(' ').slice(0, 4).join(' '));
    expect(compact[0]).toMatch(ditto);
    expect(compact.join('\n')).not.toContain(aText.split(' ').slice(0, 4).join(' '));
    // B's sentence is still there in full, and the row is as tall as B's column (+ the blank line).
    const bText = rows[at].cells.find((x) => x.source === 'B')!.text;
    expect(compact.join(' ').replace(/[│\s]+/g, ' ')).toContain(bText);
    expect(compact.length).toBe(wrapSegments([seg(bText)], plan.mode === 'side' ? plan.columns[1] : 1).length + 1);
  });

  it('compacts against the list as shown: a filter or search changes which row is above', () => {
    const shown = filterRows(rows, 'all', 'sullivan');
    const repeated = shown.filter((r, i) => sameAsAbove(r, shown[i - 1]).size > 0);
    expect(repeated.length).toBeGreaterThan(0);
    // B#15 (the Sullivan sentence) sits next to itself only once the other rows are hidden.
    expect(repeated.some((r) => !rows.some((q, i) => q === r && sameAsAbove(r, rows[i - 1]).has('B')))).toBe(true);
    expect(sameAsAbove(shown[0], undefined).size).toBe(0);
  });

  for (const width of [...WIDTHS, 30, 60]) {
    it(`keeps every line within ${width} columns, side by side or stacked, with and without the recap`, () => {
      const plan = planColumns(width, 2);
      rows.forEach((r, i) => {
        const plain = layoutRow(r, plan, ids, 'gaza', { above: rows[i - 1] });
        const recap = layoutRow(r, plan, ids, 'gaza', { above: rows[i - 1], recap: true });
        // The recap (first row on screen) never changes a row's height: the window maths stays right.
        expect(recap.length).toBe(plain.length);
        for (const l of [...plain, ...recap]) expect(lineWidth(l), lineText(l)).toBeLessThanOrEqual(width);
      });
    });
  }

  it('stacked, the ditto line follows the source id', () => {
    const plan = planColumns(50, 2);
    const at = rows.findIndex((r, i) => i > 0 && sameAsAbove(r, rows[i - 1]).has('A'));
    const lines = layoutRow(rows[at], plan, ids, '', { above: rows[at - 1] }).map(lineText);
    expect(lines[0]).toMatch(/ A ″ A#\d+ \(as above\)/);
    expect(lines.some((l) => / B \S/.test(l))).toBe(true);
  });

  it('at the top of the screen the ditto line starts the text it stands for; a search hit in it marks the reference', () => {
    const plan = planColumns(100, 2);
    const at = rows.findIndex((r, i) => i > 0 && sameAsAbove(r, rows[i - 1]).has('A'));
    const aText = rows[at].cells.find((x) => x.source === 'A')!.text;
    const recap = layoutRow(rows[at], plan, ids, '', { above: rows[at - 1], recap: true });
    expect(lineText(recap[0])).toContain(`(as above): ${aText.slice(0, 20)}`);
    const word = aText.split(' ').find((w) => w.length > 6)!;
    const searched = layoutRow(rows[at], plan, ids, word, { above: rows[at - 1] });
    expect(searched[0].some((sg) => sg.style === 'hit' && /^A#\d+$/.test(sg.text))).toBe(true);
    expect(layoutRow(rows[at], plan, ids, 'zzzz', { above: rows[at - 1] })[0].some((sg) => sg.style === 'hit')).toBe(false);
  });
});

describe('fitWindow', () => {
  const heights = [3, 5, 2, 4, 6, 1, 3];
  const fit = (hs: number[], sel: number, top: number, viewport: number) => fitWindow(hs.length, (i) => hs[i], sel, top, viewport);
  it('keeps the selection visible, scrolling as little as possible', () => {
    for (const viewport of [6, 10, 20]) {
      let top = 0;
      for (const sel of [0, 1, 2, 3, 4, 5, 6, 5, 3, 0]) {
        const win = fit(heights, sel, top, viewport);
        expect(sel).toBeGreaterThanOrEqual(win.top);
        expect(sel).toBeLessThan(win.end);
        const used = heights.slice(win.top, win.end).reduce((a, b) => a + b, 0);
        if (win.end - win.top > 1) expect(used).toBeLessThanOrEqual(viewport);
        top = win.top;
      }
    }
  });

  it('does not scroll while the selection stays on screen', () => {
    expect(fit(heights, 3, 1, 20)).toEqual({ top: 1, end: 6 });
  });

  it('asks only for the heights of rows near the screen', () => {
    const asked = new Set<number>();
    const win = fitWindow(100_000, (i) => (asked.add(i), 3), 99_990, 0, 30);
    expect(win.end - 1).toBeGreaterThanOrEqual(99_990);
    expect(asked.size).toBeLessThan(40);
  });

  it('shows a row taller than the screen from its top', () => {
    expect(fit([2, 30, 2], 1, 0, 10)).toEqual({ top: 1, end: 2 });
  });

  it('at the end of the list fills the screen with the rows above instead of blank lines', () => {
    // The last row selected with the old top far up: rows 4..6 (6+1+3 = 10) fill 10 lines.
    expect(fit(heights, 6, 6, 10)).toEqual({ top: 4, end: 7 });
    expect(fit([1, 1, 1], 2, 2, 10)).toEqual({ top: 0, end: 3 });
  });
});

describe('pageWindow (PgDn / PgUp)', () => {
  const hs = [3, 5, 2, 4, 6, 1, 3, 2, 2, 4, 5];
  const h = (i: number) => hs[i];
  it('turns a whole page: the next page starts with the row just below the screen', () => {
    const win = fitWindow(hs.length, h, 0, 0, 10); // rows 0..2 (3+5+2)
    expect(win).toEqual({ top: 0, end: 3 });
    const next = pageWindow(hs.length, h, win, 0, 10, 1);
    expect(next).toEqual({ top: 3, selected: 3 });
    // The selection keeps its place on screen (second row stays second row).
    expect(pageWindow(hs.length, h, win, 1, 10, 1)).toEqual({ top: 3, selected: 4 });
  });

  it('turns back to the rows just above the screen, and stops at both ends', () => {
    expect(pageWindow(hs.length, h, { top: 5, end: 9 }, 5, 10, -1)).toEqual({ top: 3, selected: 3 });
    expect(pageWindow(hs.length, h, { top: 0, end: 3 }, 2, 10, -1)).toEqual({ top: 0, selected: 0 });
    expect(pageWindow(hs.length, h, { top: 8, end: 11 }, 8, 10, 1)).toEqual({ top: 8, selected: 10 });
  });

  it('keeps the selection inside the new page when that page holds fewer rows', () => {
    const next = pageWindow(4, (i) => [1, 1, 1, 9][i], { top: 0, end: 3 }, 2, 10, 1);
    expect(next).toEqual({ top: 3, selected: 3 });
  });

  it('walking PgDn from the top reaches the last row, each page new, and PgUp walks back to the first', () => {
    let win = fitWindow(hs.length, h, 0, 0, 10);
    let sel = 0;
    const tops: number[] = [];
    for (let i = 0; i < 10 && sel < hs.length - 1; i++) {
      const p = pageWindow(hs.length, h, win, sel, 10, 1);
      sel = p.selected;
      win = fitWindow(hs.length, h, sel, p.top, 10);
      tops.push(win.top);
    }
    expect(sel).toBe(hs.length - 1);
    expect(new Set(tops).size).toBe(tops.length - (tops[tops.length - 1] === tops[tops.length - 2] ? 1 : 0));
    for (let i = 0; i < 10 && sel > 0; i++) {
      const p = pageWindow(hs.length, h, win, sel, 10, -1);
      sel = p.selected;
      win = fitWindow(hs.length, h, sel, p.top, 10);
    }
    expect(sel).toBe(0);
  });
});

describe('status bar on narrow terminals', () => {
  const info = { view: 'main' as const, filter: 'all' as const, query: '', draft: null, selected: 0, count: 18, message: null };
  it('always keeps "? help" and "q quit" when they fit, dropping the other hints first', () => {
    for (const width of [40, 50, 60, 70, 80, 100, 160]) {
      const text = layoutStatus(info, width).map(lineText).join('\n');
      expect(text, `${width}`).toContain('? help');
      expect(text, `${width}`).toContain('q quit');
      expect(text).not.toContain('…');
    }
    expect(layoutStatus({ ...info, view: 'detail' }, 50).map(lineText).join('\n')).toContain('Esc back');
    expect(fitKeys([['a', 2], ['b', 1], ['c', 3]], 5)).toBe('a · b');
  });

  it('shows the end of a long search being typed, where the cursor is', () => {
    const draft = 'a very long search that will not fit the status bar at all and ends here';
    const line = lineText(layoutStatus({ ...info, draft }, 40)[1]);
    expect(line).toMatch(/ends here█$/);
    expect(line.startsWith('/…')).toBe(true);
    expect(lineWidth(layoutStatus({ ...info, draft }, 40)[1])).toBeLessThanOrEqual(40);
    expect(lineText(layoutStatus({ ...info, draft: 'gaza' }, 80)[1])).toBe('/gaza█  Enter apply · Esc clear');
  });
});

describe('frame height', () => {
  const c = corpusComparison();
  const status = (message: string | null) => layoutStatus({ view: 'main', filter: 'all', query: '', draft: null, selected: 0, count: 18, message }, 80);
  it('never makes a frame taller than the terminal less one line, and keeps rows on screen', () => {
    for (const rows of [1, 2, 3, 5, 8, 12, 16, 24, 30, 45, 60]) for (const width of [20, 40, 80, 160]) for (const message of [null, 'exported x']) {
      const plan = planColumns(width, 2);
      const f = frameBudget(rows, status(message), (max) => layoutHeader(c, plan, max));
      expect(f.header.length + f.viewport + f.statusLines.length, `${width}×${rows}`).toBeLessThanOrEqual(Math.max(1, rows - 1) + (rows <= 1 ? 0 : 0));
      expect(f.viewport).toBeGreaterThanOrEqual(Math.min(3, Math.max(1, rows - 2)));
    }
  });

  it('keeps the whole header on ordinary terminals and its most needed lines on short ones', () => {
    const plan = planColumns(80, 2);
    const full = layoutHeader(c, plan);
    expect(frameBudget(24, status(null), (max) => layoutHeader(c, plan, max)).header).toEqual(full);
    const short = frameBudget(8, status(null), (max) => layoutHeader(c, plan, max)).header.map(lineText);
    expect(short.length).toBe(2);
    expect(short[0]).toMatch(/agreements/);
    expect(short[1]).toContain('A pentagon-meeting.txt'); // the column titles
    const stacked = layoutHeader(c, planColumns(40, 2), 3).map(lineText);
    expect(stacked[0]).toContain('A pentagon-meeting.txt');
    expect(stacked[1]).toContain('B unbreakable');
    expect(stacked[2]).toMatch(/agreements/);
  });

  it('shows the export message rather than the key hints when only one status line fits', () => {
    const f = frameBudget(5, status('exported pentagon-meeting.storydiff.{md,json,html}'), () => []);
    expect(f.statusLines.map(lineText).join('')).toContain('exported');
  });

  it('with -f tui -o FILE the help says e exports to that file', () => {
    expect(layoutHelp(100).map(lineText).join('\n')).toContain('export Markdown + JSON (+ HTML) next to the first source');
    const help = layoutHelp(100, Infinity, 'out/report.md').map(lineText).join('\n');
    expect(help).toMatch(/e {15}export the report to out\/report\.md \(-o\)/);
    for (const l of layoutHelp(60, Infinity, `${'very/'.repeat(30)}r.md`)) expect(lineWidth(l)).toBeLessThanOrEqual(60);
  });

  it('fits the help in an 80×24 terminal with the box, and keeps the quit key on a tiny one', () => {
    const help = layoutHelp(80, 24 - 1 - 2);
    expect(help.length).toBeLessThanOrEqual(21);
    expect(lineText(help[0])).toMatch(/^╭/);
    expect(help.map(lineText).join('\n')).toContain('any key closes');
    const tiny = layoutHelp(20, 4).map(lineText);
    expect(tiny.length).toBe(4);
    expect(tiny[3]).toMatch(/^q {2}Ctrl-C/);
  });
});

describe('conflicts in the main view and the detail', () => {
  const c = compare([
    { label: 'a.txt', origin: 'a.txt', text: 'Bridge failure in Genoa\n\nTwo cables snapped on the Morandi bridge on Tuesday morning, officials said. The bridge was closed to traffic.' },
    { label: 'b.txt', origin: 'b.txt', text: 'Genoa bridge failure\n\nThree cables snapped on the Morandi bridge on Tuesday morning, officials said. The bridge was closed to all traffic.' },
  ]);
  const row = buildRows(c).find((r) => r.kind === 'conflict')!;

  it('a conflict row says what disagrees under its sentences, at every width', () => {
    expect(row).toBeDefined();
    for (const width of [30, 40, 80, 120, 200]) {
      const lines = layoutRow(row, planColumns(width, 2), ['A', 'B']);
      const text = lines.map(lineText).join(' ').replace(/\s+/g, ' ');
      expect(text, `${width}`).toMatch(/! number: A says Two cables, B says Three cables/);
      for (const l of lines) expect(lineWidth(l)).toBeLessThanOrEqual(width);
    }
  });

  it('the detail puts the conflict, with both values, before the sentences', () => {
    const text = layoutDetail(row, c, 80).map(lineText);
    const conflicts = text.findIndex((l) => l.includes('Conflicts'));
    expect(conflicts).toBeGreaterThan(0);
    expect(conflicts).toBeLessThan(text.findIndex((l) => l.startsWith('A a.txt')));
    expect(text[conflicts + 1]).toMatch(/number: A “Two cables” vs B “Three cables”/);
  });
});
