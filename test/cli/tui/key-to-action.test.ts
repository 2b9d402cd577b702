import { describe, expect, it } from 'vitest';
import { initialState } from '../../../cli/tui/state/initial-state.js';
import { KEYS, keyOfChar, keyToAction } from '../../../cli/tui/state/key-to-action.js';
import { reduce } from '../../../cli/tui/state/reduce.js';
import { corpusComparison } from './corpus-comparison.js';

const ctx = { page: 5, detailMax: 12 };
const ready = () => reduce(initialState(), { type: 'loaded', comparison: corpusComparison() });

describe('keyToAction', () => {
  it('maps the navigation keys of the main view', () => {
    const s = ready();
    expect(keyToAction('j', {}, s, ctx)).toEqual({ type: 'move', by: 1 });
    expect(keyToAction('', { downArrow: true }, s, ctx)).toEqual({ type: 'move', by: 1 });
    expect(keyToAction('k', {}, s, ctx)).toEqual({ type: 'move', by: -1 });
    // A page depends on the rows' heights on screen: the root component turns it (pageWindow).
    expect(keyToAction('', { pageDown: true }, s, ctx)).toEqual({ type: 'page', dir: 1 });
    expect(keyToAction(' ', {}, s, ctx)).toEqual({ type: 'page', dir: 1 });
    expect(keyToAction('', { pageUp: true }, s, ctx)).toEqual({ type: 'page', dir: -1 });
    expect(keyToAction('g', {}, s, ctx)).toEqual({ type: 'jump', to: 'first' });
    expect(keyToAction('G', {}, s, ctx)).toEqual({ type: 'jump', to: 'last' });
    expect(keyToAction('', { return: true }, s, ctx)).toEqual({ type: 'open' });
    expect(keyToAction('f', {}, s, ctx)).toEqual({ type: 'cycleFilter' });
    expect(keyToAction('/', {}, s, ctx)).toEqual({ type: 'startSearch' });
    expect(keyToAction('?', {}, s, ctx)).toEqual({ type: 'toggleHelp' });
    expect(keyToAction('e', {}, s, ctx)).toEqual({ type: 'export' });
    expect(keyToAction('q', {}, s, ctx)).toEqual({ type: 'quit' });
    expect(keyToAction('c', { ctrl: true }, s, ctx)).toEqual({ type: 'quit' });
  });

  it('scrolls the detail instead of moving the selection, and Esc or Backspace go back', () => {
    const s = reduce(ready(), { type: 'open' });
    expect(keyToAction('j', {}, s, ctx)).toEqual({ type: 'scrollDetail', by: 1, max: 12 });
    expect(keyToAction('', { escape: true }, s, ctx)).toEqual({ type: 'back' });
    expect(keyToAction('', { backspace: true }, s, ctx)).toEqual({ type: 'back' });
    expect(keyToAction('', { delete: true }, s, ctx)).toEqual({ type: 'back' });
    // n / p read the next or previous row's detail, from its top.
    expect(keyToAction('n', {}, s, ctx)).toEqual({ type: 'move', by: 1 });
    expect(keyToAction('p', {}, s, ctx)).toEqual({ type: 'move', by: -1 });
    const next = reduce(reduce(s, { type: 'scrollDetail', by: 3, max: 12 }), { type: 'move', by: 1 });
    expect(next.view).toBe('detail');
    expect(next.selected).toBe(1);
    expect(next.detailScroll).toBe(0);
  });

  it('while typing a search, letters are text (q does not quit) and control characters are dropped', () => {
    const s = reduce(ready(), { type: 'startSearch' });
    expect(keyToAction('q', {}, s, ctx)).toEqual({ type: 'typeSearch', text: 'q' });
    expect(keyToAction('a\x1b]0;x\x07', {}, s, ctx)).toEqual({ type: 'typeSearch', text: 'a]0;x' });
    expect(keyToAction('', { return: true }, s, ctx)).toEqual({ type: 'applySearch' });
    expect(keyToAction('', { escape: true }, s, ctx)).toEqual({ type: 'clearSearch' });
    expect(keyToAction('c', { ctrl: true }, s, ctx)).toEqual({ type: 'quit' });
  });

  it('reads each character of keys that arrived together as the key it stands for', () => {
    expect(keyOfChar('\x7f')).toEqual(['', { delete: true }]);
    expect(keyOfChar('\b')).toEqual(['', { backspace: true }]);
    expect(keyOfChar('\r')).toEqual(['', { return: true }]);
    expect(keyOfChar('j')).toEqual(['j', {}]);
    const s = reduce(ready(), { type: 'startSearch' });
    expect(keyToAction(...keyOfChar('\x7f'), s, ctx)).toEqual({ type: 'eraseSearch' });
  });

  it('any key closes the help, except q which quits', () => {
    const s = reduce(ready(), { type: 'toggleHelp' });
    expect(keyToAction('x', {}, s, ctx)).toEqual({ type: 'toggleHelp' });
    expect(keyToAction('q', {}, s, ctx)).toEqual({ type: 'quit' });
  });

  it('before the comparison is ready only quitting works', () => {
    expect(keyToAction('j', {}, initialState(), ctx)).toBeNull();
    expect(keyToAction('q', {}, initialState(), ctx)).toEqual({ type: 'quit' });
  });

  it('the help lists every key the mapping understands', () => {
    const listed = KEYS.map(([k]) => k).join(' ');
    for (const k of ['j', 'k', 'PgUp', 'PgDn', 'g', 'G', 'Enter', 'n p', 'Esc', 'Backspace', 'f', '/', 'e', '?', 'q', 'Ctrl-C']) expect(listed).toContain(k);
  });
});
