import type { Line } from './segment.js';

/** Fewest lines of rows the main view keeps before the header gives up lines (short terminals). */
const MIN_BODY = 3;

/**
 * Splits the terminal height between header, rows and status bar. The frame stays one
 * line shorter than the terminal: a frame as tall as the terminal makes Ink clear the whole
 * screen on every redraw, and a taller one scrolls its top away. On a short terminal the
 * header keeps its most needed lines (layoutHeader's priorities) so that at least half of
 * the screen (and never less than MIN_BODY lines) shows rows; on a tiny one the status
 * bar shrinks to one line, then to none.
 */
export function frameBudget(rows: number, status: Line[], header: (maxLines: number) => Line[]): { header: Line[]; viewport: number; statusLines: Line[] } {
  const avail = Math.max(1, rows - 1);
  let statusLines = status;
  // Too short for the whole bar: one line, the message when there is one (the reader just asked for it).
  if (statusLines.length + MIN_BODY > avail) statusLines = status.length > 2 ? [status[2]] : status.slice(1, 2);
  if (statusLines.length + 1 > avail) statusLines = [];
  const body = Math.max(Math.min(MIN_BODY, avail - statusLines.length), Math.floor((avail - statusLines.length) / 2));
  const head = header(Math.max(0, avail - statusLines.length - body));
  return { header: head, viewport: Math.max(1, avail - statusLines.length - head.length), statusLines };
}
