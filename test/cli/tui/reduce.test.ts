import { describe, expect, it } from 'vitest';
import { highlightMatches } from '../../../cli/tui/layout/highlight-matches.js';
import { initialState } from '../../../cli/tui/state/initial-state.js';
import { reduce } from '../../../cli/tui/state/reduce.js';
import { selectRows, selectedRow } from '../../../cli/tui/state/select-rows.js';
import { FILTERS, type Action, type State } from '../../../cli/tui/state/types.js';
import { corpusComparison } from './corpus-comparison.js';

const run = (state: State, ...actions: Action[]) => actions.reduce(reduce, state);
const loaded = () => reduce(initialState(), { type: 'loaded', comparison: corpusComparison() });

describe('reduce', () => {
  it('builds one row per story note, match and unique run when the comparison arrives, notes first', () => {
    const c = corpusComparison();
    const s = loaded();
    expect(c.notes.length).toBeGreaterThan(0);
    expect(s.rows.length).toBe(c.notes.length + c.matches.length + c.unique.length);
    expect(s.rows.slice(0, c.notes.length).map((r) => r.kind)).toEqual(c.notes.map(() => 'note'));
    expect(s.selected).toBe(0);
    expect(s.progress).toBeNull();
  });

  it('moves the selection and clamps it at both ends', () => {
    const s = loaded();
    const n = selectRows(s).length;
    expect(run(s, { type: 'move', by: 1 }).selected).toBe(1);
    expect(run(s, { type: 'move', by: -1 }).selected).toBe(0);
    expect(run(s, { type: 'move', by: 1000 }).selected).toBe(n - 1);
    expect(run(s, { type: 'jump', to: 'last' }, { type: 'jump', to: 'first' }).selected).toBe(0);
    expect(run(s, { type: 'jump', to: 'last' }).selected).toBe(n - 1);
  });

  it('opens the detail of the selected row and goes back with Esc', () => {
    const s = run(loaded(), { type: 'move', by: 2 }, { type: 'open' });
    expect(s.view).toBe('detail');
    expect(selectedRow(s)?.key).toBe(selectRows(s)[2].key);
    const back = reduce(s, { type: 'back' });
    expect(back.view).toBe('main');
    expect(back.selected).toBe(2);
  });

  it('cycles the filter all → agreement → partial → conflict → note → unique → all, showing only that kind', () => {
    let s = loaded();
    const seen: string[] = [];
    for (let i = 0; i < FILTERS.length; i++) {
      s = reduce(s, { type: 'cycleFilter' });
      seen.push(s.filter);
      for (const row of selectRows(s)) if (s.filter !== 'all') expect(row.kind).toBe(s.filter);
    }
    expect(seen).toEqual(['agreement', 'partial', 'conflict', 'note', 'unique', 'all']);
    const note = run(loaded(), { type: 'cycleFilter' }, { type: 'cycleFilter' }, { type: 'cycleFilter' }, { type: 'cycleFilter' });
    expect(note.filter).toBe('note');
    expect(selectRows(note).map((r) => r.noteId)).toEqual(corpusComparison().notes.map((_, i) => i));
    const unique = reduce(note, { type: 'cycleFilter' });
    expect(selectRows(unique).length).toBe(corpusComparison().unique.length);
  });

  it('keeps the same row selected when a filter still shows it', () => {
    const s = loaded();
    const partialAt = selectRows(s).findIndex((r) => r.kind === 'partial' && selectRows(s).indexOf(r) > 2);
    expect(partialAt).toBeGreaterThan(0);
    const moved = run(s, { type: 'move', by: partialAt });
    const key = selectedRow(moved)!.key;
    const filtered = run(moved, { type: 'cycleFilter' }, { type: 'cycleFilter' });
    expect(filtered.filter).toBe('partial');
    expect(selectedRow(filtered)!.key).toBe(key);
    const unique = run(filtered, { type: 'cycleFilter' }, { type: 'cycleFilter' }, { type: 'cycleFilter' });
    expect(unique.filter).toBe('unique');
    const all = reduce(unique, { type: 'cycleFilter' });
    expect(all.filter).toBe('all');
    expect(selectedRow(all)!.key).toBe(key);
  });

  it('searches: typing builds a draft, Enter applies it, Esc clears it', () => {
    const s = run(loaded(), { type: 'startSearch' }, { type: 'typeSearch', text: 'Sulli' }, { type: 'typeSearch', text: 'vanX' }, { type: 'eraseSearch' });
    expect(s.draft).toBe('Sullivan');
    expect(selectRows(s).length).toBe(s.rows.length); // not applied yet
    const applied = reduce(s, { type: 'applySearch' });
    expect(applied.query).toBe('Sullivan');
    expect(applied.draft).toBeNull();
    const hits = selectRows(applied);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(s.rows.length);
    for (const r of hits) expect(r.haystack).toContain('sullivan');
    const cleared = reduce(applied, { type: 'back' });
    expect(cleared.query).toBe('');
    expect(selectRows(cleared).length).toBe(s.rows.length);
  });

  it("a search typed with a straight quote finds the typographic one (Israel's finds Israel’s), and highlights it", () => {
    const s = run(loaded(), { type: 'startSearch' }, { type: 'typeSearch', text: "ISRAEL'S" }, { type: 'applySearch' });
    const hits = selectRows(s);
    expect(hits.length).toBeGreaterThan(0);
    const text = hits[0].cells.map((c) => c.text).join(' ');
    expect(text).toContain('Israel’s');
    expect(highlightMatches(text, s.query).filter((x) => x.style === 'hit').map((x) => x.text)).toContain('Israel’s');
  });

  it('a search nothing matches leaves no rows, and open says so instead of failing', () => {
    const s = run(loaded(), { type: 'startSearch' }, { type: 'typeSearch', text: 'zzzqqq' }, { type: 'applySearch' }, { type: 'open' });
    expect(selectRows(s)).toHaveLength(0);
    expect(s.view).toBe('main');
    expect(s.message).toMatch(/nothing to open/);
    expect(run(s, { type: 'move', by: 1 }).selected).toBe(0);
  });

  it('toggles help, and back closes help before leaving the detail', () => {
    const s = run(loaded(), { type: 'open' }, { type: 'toggleHelp' });
    expect(s.help).toBe(true);
    const once = reduce(s, { type: 'back' });
    expect(once.help).toBe(false);
    expect(once.view).toBe('detail');
  });

  it('clamps detail scrolling to what the screen says is the last line', () => {
    const s = run(loaded(), { type: 'open' }, { type: 'scrollDetail', by: 50, max: 7 });
    expect(s.detailScroll).toBe(7);
    expect(reduce(s, { type: 'scrollDetail', by: -Infinity, max: 7 }).detailScroll).toBe(0);
  });
});
