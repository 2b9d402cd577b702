import type { Row } from '../layout/build-rows.js';
import { foldForSearch } from '../layout/highlight-matches.js';
import type { Filter, State } from './types.js';

let cache: { rows: Row[]; filter: Filter; query: string; result: Row[] } | null = null;

/** Rows that pass a filter and a search (a substring of any cell, ignoring case and quote style). */
export function filterRows(rows: Row[], filter: Filter, query: string): Row[] {
  const q = foldForSearch(query);
  return rows.filter((r) => (filter === 'all' || r.kind === filter) && (q === '' || r.haystack.includes(q)));
}

/**
 * The rows the main view shows. Memoised on its inputs (one entry), because every
 * key press asks for it and a comparison can have thousands of rows.
 */
export function selectRows(state: State): Row[] {
  if (cache && cache.rows === state.rows && cache.filter === state.filter && cache.query === state.query) return cache.result;
  const result = filterRows(state.rows, state.filter, state.query);
  cache = { rows: state.rows, filter: state.filter, query: state.query, result };
  return result;
}

/** The selected row, if any row is visible. */
export function selectedRow(state: State): Row | undefined {
  return selectRows(state)[state.selected];
}
