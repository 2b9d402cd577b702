import { THEME } from '../../../src/export/theme.js';
import type { Row } from './build-rows.js';
import { highlightMatches } from './highlight-matches.js';
import { COLUMN_GAP, type Plan } from './plan-columns.js';
import { seg, type Line, type Segment } from './segment.js';
import { padLine, trimLineEnd, truncateLine } from './truncate-line.js';
import { wrapSegments } from './wrap-segments.js';

/** The gutter of a row's first line: selection slot, relation marker, score. */
function gutter(row: Row, width: number): Line {
  if (width === 0) return [];
  const marker = seg(THEME[row.kind].marker, row.kind);
  if (width < 9) return padLine(truncateLine([seg(' '), marker, seg(' ')], width), width);
  const score = row.score === null ? '    ' : row.score.toFixed(2);
  return [seg(' '), seg(' '), marker, seg(' '), seg(score, 'dim'), seg(' ')];
}

/**
 * A row as screen lines (without the selection mark, see markSelected). Side by
 * side: one wrapped column per source, a source that takes no part left blank.
 * Stacked: each taking part source below the other, prefixed by its id. Each
 * conflict of the match follows on its own line ("! number: A says …"). A blank
 * line separates rows. Every line is at most `plan.width` columns.
 */
export function layoutRow(row: Row, plan: Plan, sourceIds: string[], query = ''): Line[] {
  const lines: Line[] = [];
  const blankGutter = seg(' '.repeat(plan.gutter));
  const first = gutter(row, plan.gutter);
  const cellText = (text: string): Segment[] => highlightMatches(text, query);
  if (plan.mode === 'side') {
    const columns = sourceIds.map((id, i) => {
      const cell = row.cells.find((c) => c.source === id);
      return cell ? wrapSegments(cellText(cell.text), plan.columns[i]) : [[]];
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
      const wrapped = wrapSegments(cellText(cell.text), plan.text);
      wrapped.forEach((part, y) => {
        const lead = i === 0 && y === 0 ? first : [blankGutter];
        const tag = y === 0 ? seg(`${cell.source} `, 'bold') : seg('  ');
        lines.push(truncateLine([...lead, tag, ...part], plan.width));
      });
    });
  }
  // What disagrees, under the sentences: the reader sees it without opening the detail.
  for (const text of row.conflicts) {
    const room = plan.width - plan.gutter - 2;
    wrapSegments([seg(text, 'conflict')], Math.max(1, room)).forEach((part, y) => {
      lines.push(truncateLine([blankGutter, seg(y === 0 ? '! ' : '  ', 'conflict'), ...part], plan.width));
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
