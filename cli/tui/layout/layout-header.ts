import { summarize } from '../../../src/export/summarize.js';
import { THEME } from '../../../src/export/theme.js';
import type { Comparison } from '../../../src/types.js';
import { MARKS } from '../theme/tui-theme.js';
import { COLUMN_GAP, type Plan } from './plan-columns.js';
import { sanitizeText } from './sanitize-text.js';
import { seg, type Line } from './segment.js';
import { lineWidth, padLine, truncateLine } from './truncate-line.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The header: one line per source (id, label, headline, sentence count), the
 * summary counts with their markers, then the column titles (side by side) or
 * the notice saying why the view is stacked, and a rule. Each line fits
 * `plan.width`. On a short terminal it keeps at most `maxLines` lines, giving up
 * the least needed first (see PRIORITY), so the rows keep room on screen.
 */
export function layoutHeader(c: Comparison, plan: Plan, maxLines = Infinity): Line[] {
  const sum = summarize(c);
  const lines: Array<{ line: Line; keep: number }> = [];
  const side = plan.mode === 'side';
  for (const s of c.sources) {
    const title = s.title ? ` — “${sanitizeText(s.title)}”` : '';
    lines.push({ line: [seg(`${s.id} `, 'bold'), seg(sanitizeText(s.label), 'bold'), seg(title), seg(` · ${plural(s.sentences.length, 'sentence')}`, 'dim')], keep: side ? PRIORITY.sourcesBesideTitles : PRIORITY.labels });
  }
  const ignored = c.sources.filter((s) => sum.ignored[s.id] > 0).map((s) => `${s.id} ${sum.ignored[s.id]}`);
  const notes = c.notes ?? [];
  // Story notes, when there are any, with their kinds: "~ 1 note: characterisation".
  const noteKinds = [...new Set(notes.map((n) => sanitizeText(n.kind)))].join(', ');
  const items: Line[] = [
    [seg(`${THEME.agreement.marker} ${plural(sum.relations.agreement, 'agreement')}`, 'agreement')],
    [seg(`${THEME.partial.marker} ${sum.relations.partial} partial`, 'partial')],
    [seg(`${THEME.conflict.marker} ${plural(sum.relations.conflict, 'conflict')}`, 'conflict')],
    ...(notes.length ? [[seg(`${MARKS.note.marker} ${plural(notes.length, 'note')}: ${noteKinds}`, 'note')]] : []),
    [seg(`${THEME.unique.marker} unique ${c.sources.map((s) => `${s.id} ${sum.unique[s.id]}`).join(' · ')}`, 'unique')],
    ...(ignored.length ? [[seg(`${THEME.ignored.marker} ignored ${ignored.join(' · ')}`, 'ignored')]] : []),
  ];
  packItems(items, plan.width, 2).forEach((line, i) => lines.push({ line, keep: i === 0 ? PRIORITY.counts : PRIORITY.moreCounts }));
  if (plan.mode === 'side') {
    const titles: Line = [seg(' '.repeat(plan.gutter))];
    c.sources.forEach((s, i) => {
      if (i > 0) titles.push(seg(COLUMN_GAP, 'dim'));
      const cell = truncateLine([seg(`${s.id} `, 'bold'), seg(sanitizeText(s.label), 'bold')], plan.columns[i]);
      titles.push(...(i === c.sources.length - 1 ? cell : padLine(cell, plan.columns[i])));
    });
    lines.push({ line: titles, keep: PRIORITY.labels });
  } else if (plan.notice) {
    lines.push({ line: [seg(plan.notice, 'notice')], keep: PRIORITY.notice });
  }
  lines.push({ line: [seg('─'.repeat(plan.width), 'dim')], keep: PRIORITY.rule });
  return keepLines(lines, maxLines).map((l) => truncateLine(l, plan.width));
}

/**
 * Which header lines a short terminal keeps, most needed first: the counts, which
 * column is which source, the rule above the rows, the rest of the counts, then the
 * stacked-view notice and the source lines with their headlines (side by side the
 * column titles already name the sources).
 */
const PRIORITY = { counts: 0, labels: 1, rule: 2, moreCounts: 3, notice: 4, sourcesBesideTitles: 5 };

/** The `max` lines of highest priority (lowest `keep`), in their original order. */
function keepLines(lines: Array<{ line: Line; keep: number }>, max: number): Line[] {
  if (lines.length <= max) return lines.map((l) => l.line);
  const chosen = new Set(
    lines
      .map((l, i) => ({ ...l, i }))
      .sort((p, q) => p.keep - q.keep || p.i - q.i)
      .slice(0, Math.max(0, max))
      .map((l) => l.i),
  );
  return lines.filter((_, i) => chosen.has(i)).map((l) => l.line);
}

/** Puts items on as few lines as fit `width`, `gap` spaces apart (the counts wrap instead of being cut). */
export function packItems(items: Line[], width: number, gap: number): Line[] {
  const out: Line[] = [];
  let line: Line = [];
  let used = 0;
  for (const item of items) {
    const w = lineWidth(item);
    if (used > 0 && used + gap + w > width) {
      out.push(line);
      line = [];
      used = 0;
    }
    if (used > 0) line.push(seg(' '.repeat(gap)));
    line.push(...item);
    used += (used > 0 ? gap : 0) + w;
  }
  if (line.length) out.push(line);
  return out;
}
