import { sentenceRef } from '../../../src/export/summarize.js';
import { MARKS } from '../theme/tui-theme.js';
import type { Row, RowCell } from './build-rows.js';
import { foldForSearch, highlightMatches, markWords } from './highlight-matches.js';
import { COLUMN_GAP, type Plan } from './plan-columns.js';
import { seg, type Line, type Segment } from './segment.js';
import { lineWidth, padLine, trimLineEnd, truncateLine } from './truncate-line.js';
import { wrapSegments } from './wrap-segments.js';

/** The gutter of a row's first line: selection slot, relation marker, score. */
function gutter(row: Row, width: number): Line {
  if (width === 0) return [];
  const marker = seg(MARKS[row.kind].marker, row.kind);
  if (width < 9) return padLine(truncateLine([seg(' '), marker, seg(' ')], width), width);
  const score = row.score === null ? '    ' : row.score.toFixed(2);
  return [seg(' '), seg(' '), marker, seg(' '), seg(score, 'dim'), seg(' ')];
}

/** Where a row stands in the list as shown: what its compact cells refer to. */
export interface RowContext {
  /** The row just above it in the list as currently shown (after filter and search). */
  above?: Row;
  /**
   * The row is the first on screen, so the row its compact cells refer to is not: the
   * ditto line then also starts the text, cut to the line (the row keeps its height).
   */
  recap?: boolean;
}

/**
 * Sources whose cell holds exactly the sentences of that source's cell in the row
 * above. Dense comparisons link one sentence with several of the other source, so the
 * same long sentence would fill several rows in a row; those cells are shown as one
 * ditto line instead (the detail still shows everything).
 */
export function sameAsAbove(row: Row, above: Row | undefined): Set<string> {
  const same = new Set<string>();
  if (!above) return same;
  for (const cell of row.cells) {
    const prev = above.cells.find((c) => c.source === cell.source);
    if (prev && prev.sentences.length === cell.sentences.length && prev.sentences.every((i, k) => i === cell.sentences[k])) same.add(cell.source);
  }
  return same;
}

/**
 * The ditto line(s) of a cell shown as above: "″ A#1 (as above)", dim, its reference
 * marked as a search hit when the text it stands for contains the search.
 */
function dittoLines(cell: RowCell, width: number, query: string, recap: boolean): Line[] {
  const q = foldForSearch(query);
  const hit = q !== '' && foldForSearch(cell.text).includes(q);
  const lines = wrapSegments([seg('″ ', 'dim'), seg(sentenceRef(cell.source, cell.sentences), hit ? 'hit' : 'dim'), seg(' (as above)', 'dim')], width);
  if (recap) {
    const last = lines[lines.length - 1];
    const room = width - lineWidth(last) - 2;
    if (room >= 6) lines[lines.length - 1] = [...last, seg(': ', 'dim'), ...truncateLine(highlightMatches(cell.text, query, 'dim'), room)];
  }
  return lines;
}

/**
 * A row as screen lines (without the selection mark, see markSelected). Side by
 * side: one wrapped column per source, a source that takes no part left blank.
 * Stacked: each taking part source below the other, prefixed by its id. A cell
 * holding the same sentences as the row above (`ctx.above`) is one ditto line.
 * Each conflict of the match follows on its own line ("! number: A says …"). A
 * blank line separates rows. Every line is at most `plan.width` columns.
 */
export function layoutRow(row: Row, plan: Plan, sourceIds: string[], query = '', ctx: RowContext = {}): Line[] {
  const lines: Line[] = [];
  const blankGutter = seg(' '.repeat(plan.gutter));
  const first = gutter(row, plan.gutter);
  const same = sameAsAbove(row, ctx.above);
  const cellLines = (cell: RowCell, width: number): Line[] =>
    same.has(cell.source) ? dittoLines(cell, width, query, ctx.recap === true) : wrapSegments(markWords(highlightMatches(cell.text, query), cell.marks ?? [], 'note'), width);
  if (plan.mode === 'side') {
    const columns = sourceIds.map((id, i) => {
      const cell = row.cells.find((c) => c.source === id);
      return cell ? cellLines(cell, plan.columns[i]) : [[]];
    });
    const height = Math.max(...columns.map((c) => c.length));
    for (let y = 0; y < height; y++) {
      const line: Line = [...(y === 0 ? first : [blankGutter])];
      columns.forEach((col, i) => {
        if (i > 0) line.push(seg(COLUMN_GAP, 'dim'));
        const part = col[y] ?? [];
        line.push(...(i === columns.length - 1 ? part : padLine(part, plan.columns[i])));
      });
      lines.push(trimLineEnd(line));
    }
  } else {
    row.cells.forEach((cell, i) => {
      const wrapped = cellLines(cell, plan.text);
      wrapped.forEach((part, y) => {
        const lead = i === 0 && y === 0 ? first : [blankGutter];
        const tag = y === 0 ? seg(`${cell.source} `, 'bold') : seg('  ');
        lines.push(truncateLine([...lead, tag, ...part], plan.width));
      });
    });
  }
  // What disagrees, under the sentences: the reader sees it without opening the detail.
  // A story note says how the sources differ the same way, marked "~" (not a conflict).
  const remarks: Array<[string, '!' | '~', 'conflict' | 'note']> = [...row.conflicts.map((t): [string, '!', 'conflict'] => [t, '!', 'conflict'])];
  if (row.note) remarks.push([row.note, '~', 'note']);
  for (const [text, mark, style] of remarks) {
    const room = plan.width - plan.gutter - 2;
    wrapSegments([seg(text, style)], Math.max(1, room)).forEach((part, y) => {
      lines.push(truncateLine([blankGutter, seg(y === 0 ? `${mark} ` : '  ', style), ...part], plan.width));
    });
  }
  lines.push([]);
  return lines;
}

/** The same lines with the selection mark in the gutter (cheap: the layout itself is cached). */
export function markSelected(lines: Line[]): Line[] {
  if (lines.length === 0 || lines[0].length === 0) return lines;
  const [firstSeg, ...rest] = lines[0];
  return [[seg(firstSeg.text === ' ' ? '▸' : firstSeg.text, 'selected'), ...rest], ...lines.slice(1)];
}
