import type { State } from './types.js';

/** The state before the comparison is ready. */
export function initialState(): State {
  return {
    comparison: null,
    rows: [],
    progress: null,
    view: 'main',
    help: false,
    selected: 0,
    focus: null,
    detailScroll: 0,
    filter: 'all',
    query: '',
    draft: null,
    message: null,
  };
}
