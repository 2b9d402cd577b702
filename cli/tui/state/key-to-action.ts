import type { Action, Effect, State } from './types.js';

/** The subset of Ink's Key that the UI reads. */
export interface KeyInfo {
  upArrow?: boolean;
  downArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  tab?: boolean;
}

/** What the screen knows that a key needs: how many lines a detail page has, how far the detail can scroll. */
export interface KeyContext {
  page: number;
  detailMax: number;
}

/** Every key the UI understands, in the order the help overlay lists them. */
export const KEYS: Array<[string, string]> = [
  ['↑ ↓  j k', 'move the selection (scroll in detail)'],
  ['PgUp PgDn', 'turn a page (Space too)'],
  ['g G  Home End', 'first / last row'],
  ['Enter', 'open the detail of the selected row'],
  ['n p', 'next / previous row, in the detail too'],
  ['Esc  Backspace', 'back (close detail or help, clear search)'],
  ['f', 'filter: all → agreement → partial → conflict → note → unique'],
  ['/', 'search: type, Enter to apply, Esc to clear'],
  ['e', 'export Markdown + JSON (+ HTML) next to the first source'],
  ['?', 'this help (any key closes it)'],
  ['q  Ctrl-C', 'quit'],
];

/**
 * One character of a run of keys that arrived together (typed faster than a frame,
 * sent by a script, pasted) as the key it stands for: Ink reports such a run as one
 * string with no key flags, so Backspace in "abc\x7f\x7f" would otherwise be lost.
 */
export function keyOfChar(ch: string): [string, KeyInfo] {
  if (ch === '\r' || ch === '\n') return ['', { return: true }];
  if (ch === '\x7f') return ['', { delete: true }];
  if (ch === '\b') return ['', { backspace: true }];
  if (ch === '\t') return ['', { tab: true }];
  return [ch, {}];
}

/**
 * Maps a key press to a state action or an effect. Pure: the root component
 * supplies the page size and the detail length, which depend on the terminal.
 */
export function keyToAction(input: string, key: KeyInfo, state: State, ctx: KeyContext): Action | Effect | null {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  if (state.comparison === null) return input === 'q' ? { type: 'quit' } : null;

  if (state.draft !== null) {
    if (key.return) return { type: 'applySearch' };
    if (key.escape) return { type: 'clearSearch' };
    if (key.backspace || key.delete) return { type: 'eraseSearch' };
    if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.pageUp || key.pageDown) return null;
    // Printable text only: a pasted escape sequence must not reach the query.
    const text = input.replace(/[\x00-\x1f\x7f-\x9f]/g, '');
    return text ? { type: 'typeSearch', text } : null;
  }

  if (state.help) {
    if (input === 'q') return { type: 'quit' };
    return { type: 'toggleHelp' };
  }
  if (input === 'q') return { type: 'quit' };
  if (input === '?') return { type: 'toggleHelp' };
  if (input === 'e') return { type: 'export' };
  if (input === 'f') return { type: 'cycleFilter' };
  if (input === '/') return { type: 'startSearch' };
  if (key.escape || key.backspace || key.delete) return { type: 'back' };

  // Read one detail after another without going back to the list.
  if (input === 'n') return { type: 'move', by: 1 };
  if (input === 'p') return { type: 'move', by: -1 };

  if (state.view === 'detail') {
    if (key.upArrow || input === 'k') return { type: 'scrollDetail', by: -1, max: ctx.detailMax };
    if (key.downArrow || input === 'j') return { type: 'scrollDetail', by: 1, max: ctx.detailMax };
    if (key.pageUp) return { type: 'scrollDetail', by: -ctx.page, max: ctx.detailMax };
    if (key.pageDown || input === ' ') return { type: 'scrollDetail', by: ctx.page, max: ctx.detailMax };
    if (input === 'g' || key.home) return { type: 'scrollDetail', by: -Infinity, max: ctx.detailMax };
    if (input === 'G' || key.end) return { type: 'scrollDetail', by: Infinity, max: ctx.detailMax };
    return null;
  }

  if (key.upArrow || input === 'k') return { type: 'move', by: -1 };
  if (key.downArrow || input === 'j') return { type: 'move', by: 1 };
  if (key.pageUp) return { type: 'page', dir: -1 };
  if (key.pageDown || input === ' ') return { type: 'page', dir: 1 };
  if (input === 'g' || key.home) return { type: 'jump', to: 'first' };
  if (input === 'G' || key.end) return { type: 'jump', to: 'last' };
  if (key.return) return { type: 'open' };
  return null;
}
