/** Columns at the left of every row: selection mark, relation marker, score ("▸ ≈ 0.38 "). */
export const GUTTER = 9;
/** Separator between side-by-side columns. */
export const COLUMN_GAP = ' │ ';
/** Narrowest column a sentence still reads well in (about five words). */
export const MIN_COLUMN = 30;

/** How rows are laid out at a given terminal width. */
export type Plan =
  | { mode: 'side'; width: number; gutter: number; columns: number[]; notice: null }
  | { mode: 'stacked'; width: number; gutter: number; text: number; notice: string | null };

/** Width needed to show `sources` columns side by side. */
export function sideBySideWidth(sources: number): number {
  return GUTTER + sources * MIN_COLUMN + (sources - 1) * COLUMN_GAP.length;
}

/**
 * Side by side (one column per source) when every column gets at least
 * MIN_COLUMN, else stacked (each source's text below the other within a row),
 * with a notice saying why: a silent fallback looks like a bug (DESIGN §9).
 * On very narrow terminals the gutter shrinks so text keeps some room.
 */
export function planColumns(width: number, sources: number): Plan {
  const w = Math.max(1, Math.floor(width));
  const n = Math.max(1, sources);
  if (w >= sideBySideWidth(n)) {
    const free = w - GUTTER - (n - 1) * COLUMN_GAP.length;
    const base = Math.floor(free / n);
    // Spread the remainder so the columns fill the line exactly.
    const columns = Array.from({ length: n }, (_, i) => base + (i < free - base * n ? 1 : 0));
    return { mode: 'side', width: w, gutter: GUTTER, columns, notice: null };
  }
  const gutter = w >= 30 ? GUTTER : w >= 12 ? 4 : 0;
  // Stacked rows start each source's text with its id ("A "), two columns.
  const text = Math.max(1, w - gutter - 2);
  const full = `Stacked view: side by side needs ${sideBySideWidth(n)} columns, this terminal has ${w}.`;
  // The short form keeps the reason readable on a narrow terminal rather than cut off.
  const notice = n < 2 ? null : full.length <= w ? full : `Stacked: side by side needs ${sideBySideWidth(n)} columns`;
  return { mode: 'stacked', width: w, gutter, text, notice };
}
