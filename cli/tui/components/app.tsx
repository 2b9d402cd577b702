import { useApp, useInput, useStdout } from 'ink';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Comparison } from '../../../src/types.js';
import { fitWindow, pageWindow } from '../layout/fit-window.js';
import { frameBudget } from '../layout/frame-budget.js';
import { layoutDetail } from '../layout/layout-detail.js';
import { layoutHeader } from '../layout/layout-header.js';
import { layoutHelp } from '../layout/layout-help.js';
import { layoutLoading } from '../layout/layout-loading.js';
import { layoutRow, markSelected, sameAsAbove } from '../layout/layout-row.js';
import { layoutStatus } from '../layout/layout-status.js';
import { planColumns } from '../layout/plan-columns.js';
import { truncateLine } from '../layout/truncate-line.js';
import type { Row } from '../layout/build-rows.js';
import type { Line } from '../layout/segment.js';
import { initialState } from '../state/initial-state.js';
import { keyOfChar, keyToAction } from '../state/key-to-action.js';
import { reduce } from '../state/reduce.js';
import { selectRows } from '../state/select-rows.js';
import type { Action, Effect, Progress, State } from '../state/types.js';
import { LinesView } from './lines-view.js';

/** Props of the root component. */
export interface AppProps {
  /** The comparison, or null while it runs. */
  comparison: Comparison | null;
  /** Progress of a running comparison. */
  progress?: Progress | null;
  /** Number of sources (for the loading line). */
  sources: number;
  /** Colours on (off under NO_COLOR / --no-color). */
  color: boolean;
  /** The file `e` exports to (-f tui -o FILE), named in the help; by default reports go next to the first source. */
  exportTo?: string;
  /** Writes the reports, telling each stage through `progress`; resolves to the status-bar message saying where. */
  onExport?: (c: Comparison, progress: (message: string) => void) => Promise<string>;
  /** Fixed size (tests); by default the terminal's, followed live on resize. */
  columns?: number;
  rows?: number;
}

function useTerminalSize(fixedColumns?: number, fixedRows?: number): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = () => ({ columns: fixedColumns ?? (stdout.columns || 80), rows: fixedRows ?? (stdout.rows || 24) });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fixedColumns, fixedRows]);
  return size;
}

/**
 * The root of the Ink app. Width and height are read here, once, and passed to
 * the pure layout functions (DESIGN §9); everything shown is a list of lines that
 * already fit the width. Only the rows on screen are turned into lines each frame
 * (row layouts are cached per width, filter and search), so thousands of matches
 * stay responsive.
 */
export function App({ comparison, progress = null, sources, color, exportTo, onExport, columns: fixedColumns, rows: fixedRows }: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(fixedColumns, fixedRows);
  const [state, dispatch] = useReducer(reduce, comparison, (c) => (c ? reduce(initialState(), { type: 'loaded', comparison: c }) : initialState()));
  const stateRef = useRef(state);
  stateRef.current = state;
  const topRef = useRef(0);
  const ctxRef = useRef({ page: 1, detailMax: 0 });
  const pageRef = useRef<{ viewport: number; layoutAt: (list: Row[], i: number) => Line[] } | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (comparison && comparison !== stateRef.current.comparison) dispatch({ type: 'loaded', comparison });
  }, [comparison]);
  useEffect(() => {
    if (progress) dispatch({ type: 'progress', progress });
  }, [progress]);
  // Spinner while waiting (compare blocks the event loop; run-tui also re-renders on progress).
  useEffect(() => {
    if (state.comparison) return;
    const timer = setInterval(() => setTick((t) => t + 1), 100);
    return () => clearInterval(timer);
  }, [state.comparison]);

  const perform = (cmd: Action | Effect, s: State): State => {
    if (cmd.type === 'quit') {
      exit();
      return s;
    }
    if (cmd.type === 'export') {
      if (!s.comparison || !onExport) return s;
      dispatch({ type: 'notify', message: 'exporting…' });
      onExport(s.comparison, (message) => dispatch({ type: 'notify', message })).then(
        (message) => dispatch({ type: 'notify', message }),
        (err: unknown) => dispatch({ type: 'notify', message: `export failed: ${err instanceof Error ? err.message : String(err)}` }),
      );
      return s;
    }
    if (cmd.type === 'page') {
      // Turn a page of the main view: which rows make a page depends on their heights at this width.
      const view = pageRef.current;
      if (s.view !== 'main' || s.help || !view) return s;
      const list = selectRows(s);
      const height = (i: number) => view.layoutAt(list, i).length;
      const win = fitWindow(list.length, height, s.selected, topRef.current, view.viewport);
      const next = pageWindow(list.length, height, win, s.selected, view.viewport, cmd.dir);
      topRef.current = next.top;
      return perform({ type: 'move', by: next.selected - s.selected }, s);
    }
    dispatch(cmd);
    return reduce(s, cmd);
  };

  const comparisonRef = useRef(comparison);
  comparisonRef.current = comparison;

  useInput((input, key) => {
    let s = stateRef.current;
    // Keys typed while compare held the event loop can arrive before the effect that loads
    // the result has run; load it here first so those keys are not lost.
    if (!s.comparison && comparisonRef.current) {
      const loaded: Action = { type: 'loaded', comparison: comparisonRef.current };
      dispatch(loaded);
      s = reduce(s, loaded);
    }
    const plain = !Object.entries(key).some(([name, on]) => on === true && name !== 'shift');
    // Keys typed faster than a frame (or sent by a script, or pasted) arrive as one
    // string: "jjj", "aid\r". Each character is then its own key press.
    if (plain && [...input].length > 1) {
      for (const ch of input) {
        const [text, info] = keyOfChar(ch);
        const cmd = keyToAction(text, info, s, ctxRef.current);
        if (cmd) s = perform(cmd, s);
        if (cmd?.type === 'quit') return;
      }
      stateRef.current = s;
      return;
    }
    const cmd = keyToAction(input, key, s, ctxRef.current);
    if (cmd) stateRef.current = perform(cmd, s);
  });

  const c = state.comparison;
  const ids = useMemo(() => c?.sources.map((s) => s.id) ?? [], [c]);
  const plan = useMemo(() => planColumns(columns, Math.max(2, ids.length)), [columns, ids.length]);
  const visible = selectRows(state);
  // Row layouts are made lazily, only for rows that come near the screen, and cached until the
  // width or the search changes: the first frame and a resize cost the same for 20 rows or 5,000.
  // A row's layout also depends on the row above it in the list as shown (a cell repeating that
  // row's sentences is one ditto line), so the entry remembers which row that was.
  const layoutCache = useMemo(() => new Map<Row, { above: Row | undefined; lines: Line[] }>(), [plan, ids, state.query]);
  const layoutAt = (list: Row[], i: number): Line[] => {
    const r = list[i];
    const above = i > 0 ? list[i - 1] : undefined;
    let entry = layoutCache.get(r);
    if (!entry || entry.above !== above) {
      entry = { above, lines: layoutRow(r, plan, ids, state.query, { above }) };
      layoutCache.set(r, entry);
    }
    return entry.lines;
  };
  // The header costs a pass over the comparison (the counts): made once per width and height budget.
  const headerFor = useMemo(() => {
    const made = new Map<number, Line[]>();
    return (max: number): Line[] => {
      if (!c) return [];
      let lines = made.get(max);
      if (!lines) made.set(max, (lines = layoutHeader(c, plan, max)));
      return lines;
    };
  }, [c, plan]);
  const row = visible[state.selected];
  const detail = useMemo(() => (c && row && state.view === 'detail' ? layoutDetail(row, c, columns, state.query) : []), [c, row, state.view, columns, state.query]);

  // The progress prop is read directly: effects do not run while compare holds the event loop.
  if (!c) return <LinesView lines={layoutLoading(sources, progress ?? state.progress, tick + Math.floor(Date.now() / 100), columns)} color={color} />;

  const status = layoutStatus(
    { view: state.view, filter: state.filter, query: state.query, draft: state.draft, selected: state.selected, count: visible.length, message: state.message },
    columns,
  );
  const { header, viewport, statusLines } = frameBudget(rows, status, (max) => (state.help ? [] : headerFor(max)));
  let body: Line[];
  if (state.help) {
    body = layoutHelp(columns, viewport, exportTo);
  } else if (state.view === 'detail') {
    const max = Math.max(0, detail.length - viewport);
    ctxRef.current = { page: Math.max(1, viewport - 1), detailMax: max };
    const from = Math.min(state.detailScroll, max);
    body = detail.slice(from, from + viewport);
  } else if (visible.length === 0) {
    body = [[{ text: state.query || state.filter !== 'all' ? 'No rows match the filter and search (f changes the filter, Esc clears the search).' : 'Nothing to show.', style: 'dim' }]];
    body = body.map((l) => truncateLine(l, columns));
  } else {
    const height = (i: number) => layoutAt(visible, i).length;
    const win = fitWindow(visible.length, height, state.selected, topRef.current, viewport);
    topRef.current = win.top;
    pageRef.current = { viewport, layoutAt };
    body = [];
    for (let i = win.top; i < win.end; i++) {
      // The first row on screen cannot point up at text that has scrolled away: its ditto
      // lines also start the text they stand for (same height, so the window stays right).
      const recap = i === win.top && i > 0 && sameAsAbove(visible[i], visible[i - 1]).size > 0;
      const lines = recap ? layoutRow(visible[i], plan, ids, state.query, { above: visible[i - 1], recap }) : layoutAt(visible, i);
      body.push(...(i === state.selected ? markSelected(lines) : lines));
    }
    // The screen ends inside the next row rather than on blank lines, as a pager does: the list
    // visibly goes on (the selection never lands on a row that is not shown whole).
    if (win.end < visible.length) body.push(...layoutAt(visible, win.end));
    body = body.slice(0, viewport);
  }
  while (body.length < viewport) body.push([]);
  return <LinesView lines={[...header, ...body, ...statusLines]} color={color} />;
}
