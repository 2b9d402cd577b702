import type { Comparison } from '../../../src/types.js';
import type { Row } from '../layout/build-rows.js';

/** Which rows the main view shows (`f` cycles through them in this order). */
export const FILTERS = ['all', 'agreement', 'partial', 'conflict', 'note', 'unique'] as const;
export type Filter = (typeof FILTERS)[number];

/** How far a long comparison has got (from compare's onProgress). */
export interface Progress {
  stage: string;
  fraction: number;
}

/** The whole UI state. Width and height are not here: they are arguments of the layout (DESIGN §9). */
export interface State {
  /** The comparison, once computed. */
  comparison: Comparison | null;
  /** All rows in reading order (built once from the comparison). */
  rows: Row[];
  /** Progress while the comparison runs. */
  progress: Progress | null;
  /** Main list or the detail of the selected row. */
  view: 'main' | 'detail';
  /** Help overlay shown over the current view. */
  help: boolean;
  /** Index of the selected row among the visible (filtered, searched) rows. */
  selected: number;
  /** Key of the row the reader last moved to: filters and searches come back to it when it shows again. */
  focus: string | null;
  /** First line of the detail view shown (detail pages can be longer than the screen). */
  detailScroll: number;
  /** Active filter. */
  filter: Filter;
  /** Applied search (lower-case matching, empty = none). */
  query: string;
  /** Text being typed after `/`, or null when not typing a search. */
  draft: string | null;
  /** One-line message for the status bar (export result, errors). */
  message: string | null;
}

/** Everything that can happen to the state. */
export type Action =
  | { type: 'progress'; progress: Progress }
  | { type: 'loaded'; comparison: Comparison }
  | { type: 'move'; by: number }
  | { type: 'jump'; to: 'first' | 'last' }
  | { type: 'open' }
  | { type: 'back' }
  | { type: 'scrollDetail'; by: number; max: number }
  | { type: 'cycleFilter' }
  | { type: 'startSearch' }
  | { type: 'typeSearch'; text: string }
  | { type: 'eraseSearch' }
  | { type: 'applySearch' }
  | { type: 'clearSearch' }
  | { type: 'toggleHelp' }
  | { type: 'notify'; message: string | null };

/**
 * Things a key can ask for that the root component performs: quitting, exporting, and
 * turning a page (which rows make a page depends on their heights on screen; the root
 * works it out with pageWindow and then moves the selection).
 */
export type Effect = { type: 'quit' } | { type: 'export' } | { type: 'page'; dir: 1 | -1 };
