import { buildRows } from '../layout/build-rows.js';
import { selectRows } from './select-rows.js';
import { FILTERS, type Action, type State } from './types.js';

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/**
 * After the visible rows change (filter, search), select the row the reader was
 * on when it still shows, even after passing through a filter that hid it.
 */
function reselect(before: State, after: State): State {
  const was = before.focus ?? selectRows(before)[before.selected]?.key ?? null;
  const rows = selectRows(after);
  const at = was ? rows.findIndex((r) => r.key === was) : -1;
  return { ...after, selected: at >= 0 ? at : 0, focus: was };
}

/** The state with a new selection, remembered as the reader's focus. */
function select(state: State, index: number): State {
  // In the detail, a new row is read from its top.
  const detailScroll = index === state.selected ? state.detailScroll : 0;
  return { ...state, selected: index, focus: selectRows(state)[index]?.key ?? state.focus, message: null, detailScroll };
}

/** The UI state machine: pure, so it is tested directly without a terminal. */
export function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'progress':
      return { ...state, progress: action.progress };
    case 'loaded':
      return { ...state, comparison: action.comparison, rows: buildRows(action.comparison), progress: null, selected: 0, focus: null };
    case 'move': {
      const count = selectRows(state).length;
      return count === 0 ? state : select(state, clamp(state.selected + action.by, 0, count - 1));
    }
    case 'jump': {
      const count = selectRows(state).length;
      return count === 0 ? state : select(state, action.to === 'first' ? 0 : count - 1);
    }
    case 'open':
      return selectRows(state).length === 0 ? { ...state, message: 'nothing to open: no row matches the filter and search' } : { ...state, view: 'detail', detailScroll: 0, message: null };
    case 'back':
      if (state.help) return { ...state, help: false };
      if (state.view === 'detail') return { ...state, view: 'main', detailScroll: 0 };
      if (state.query) return reselect(state, { ...state, query: '' });
      return state;
    case 'scrollDetail':
      return { ...state, detailScroll: clamp(state.detailScroll + action.by, 0, Math.max(0, action.max)) };
    case 'cycleFilter': {
      const next = FILTERS[(FILTERS.indexOf(state.filter) + 1) % FILTERS.length];
      return reselect(state, { ...state, filter: next, view: 'main', message: null });
    }
    case 'startSearch':
      return { ...state, draft: state.query, view: 'main', help: false, message: null };
    case 'typeSearch':
      return state.draft === null ? state : { ...state, draft: state.draft + action.text };
    case 'eraseSearch':
      return state.draft === null ? state : { ...state, draft: [...state.draft].slice(0, -1).join('') };
    case 'applySearch':
      return state.draft === null ? state : reselect(state, { ...state, query: state.draft.trim(), draft: null });
    case 'clearSearch':
      return reselect(state, { ...state, query: '', draft: null });
    case 'toggleHelp':
      return { ...state, help: !state.help };
    case 'notify':
      return { ...state, message: action.message };
  }
}
