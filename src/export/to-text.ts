import type { Comparison, Match } from '../types.js';
import { diffTexts } from './diff-words.js';
import { reportOrder, sameAsAbove, sentenceRef, sentencesText, summarize } from './summarize.js';
import { THEME } from './theme.js';
import { displayWidth, wrapText } from './wrap-text.js';

/** Options of the plain-text report. */
export interface TextOptions {
  /** Use ANSI colours (only on a terminal, and never with NO_COLOR). */
  color?: boolean;
  /** Line width to wrap at. */
  width?: number;
}

const ANSI: Record<string, string> = { green: '32', yellow: '33', red: '31', cyan: '36', gray: '90', bold: '1', dim: '2' };

/**
 * The plain-text report: summary first, then conflicts, agreements and partial
 * overlaps with both sides and a word diff ([-only in first-] {+only in second+},
 * as git's word diff), then the details unique to each source and what was
 * ignored. Article text reaching here is already free of control characters
 * (normalizeText), so it cannot move the cursor or recolour the terminal.
 */
export function toText(c: Comparison, options: TextOptions = {}): string {
  const width = Math.max(40, Math.min(options.width ?? 100, 160));
  const paint = (color: string, s: string) => (options.color ? `\x1b[${ANSI[color]}m${s}\x1b[0m` : s);
  const out: string[] = [];
  const block = (prefix: string, text: string) => {
    const visible = prefix.replace(/\x1b\[[0-9;]*m/g, '').length;
    const lines = wrapText(text, width - visible);
    lines.forEach((l, i) => out.push((i === 0 ? prefix : ' '.repeat(visible)) + l));
  };
  const sum = summarize(c);

  out.push(paint('bold', `storydiff — ${c.sources.length} sources compared`));
  for (const s of c.sources) {
    block(`  ${s.id}  `, `${s.label}${s.title ? ` — “${s.title}”` : ''} (${plural(s.sentences.length, 'sentence')})`);
  }
  out.push('');
  out.push(paint('bold', 'Summary'));
  // Three counts on one line when they fit, else one per line (narrow terminals).
  const counts = [
    paint(THEME.agreement.color, `${THEME.agreement.marker} ${plural(sum.relations.agreement, 'agreement')}`),
    paint(THEME.partial.color, `${THEME.partial.marker} ${sum.relations.partial} partial`),
    paint(THEME.conflict.color, `${THEME.conflict.marker} ${plural(sum.relations.conflict, 'conflict')}`),
  ];
  const oneLine = `  ${counts.join('   ')}`;
  if (displayWidth(oneLine) <= width) out.push(oneLine);
  else for (const count of counts) out.push(`  ${count}`);
  out.push(`  ${paint(THEME.unique.color, `${THEME.unique.marker} unique details:`)} ${c.sources.map((s) => `${s.id} ${sum.unique[s.id]}`).join(', ')}`);
  if (c.sources.length > 2) {
    out.push(`  claims carried: ${c.sources.map((s) => `${s.id} ${sum.coverage[s.id]}`).join(', ')}`);
    block('  ', `${sum.carriedByAll} of ${c.matches.length} claims carried by all ${c.sources.length} sources; on each claim ●A: source A carries it, ○A: it does not`);
  }
  const ignoredTotal = Object.values(sum.ignored).reduce((a, b) => a + b, 0);
  if (ignoredTotal > 0) out.push(`  ${paint(THEME.ignored.color, `${THEME.ignored.marker} ignored:`)} ${c.sources.filter((s) => sum.ignored[s.id] > 0).map((s) => `${s.id} ${sum.ignored[s.id]}`).join(', ')}`);
  out.push(`  threshold ${c.settings.threshold}`);

  const ordered = reportOrder(c.matches);
  // A sentence matched several times in a row is printed once, then referred to (dense stories
  // pair one long sentence with several); afresh in each section.
  let asAbove = sameAsAbove();
  for (const relation of ['conflict', 'agreement', 'partial'] as const) {
    const list = ordered.filter((m) => m.relation === relation);
    out.push('');
    out.push(paint('bold', `${heading(relation)} (${list.length})`));
    if (list.length === 0) out.push('  none');
    asAbove = sameAsAbove();
    for (const m of list) renderMatch(m);
    if (relation === 'conflict' && c.notes.length > 0) {
      out.push('');
      out.push(paint('bold', `How the sources characterise it (${c.notes.length})`));
      for (const n of c.notes) {
        out.push('');
        block('  ~ ', `${n.kind}: ${n.explanation} (not counted as a conflict: tone is a judgement, not a checkable fact)`);
        for (const mem of n.members) for (const i of mem.sentences) block(`    ${mem.source}#${i + 1}  `, sentencesText(c, mem.source, [i]));
      }
    }
  }

  for (const s of c.sources) {
    const entries = c.unique.filter((u) => u.source === s.id);
    out.push('');
    out.push(paint('bold', `Only in ${s.id} (${s.label}) (${sum.unique[s.id]})`));
    if (entries.length === 0) out.push('  none');
    for (const u of entries) for (const i of u.sentences) block(`  ${paint(THEME.unique.color, THEME.unique.marker)} ${s.id}#${i + 1}  `, s.sentences[i].text);
  }
  if (c.ignored.length > 0) {
    out.push('');
    out.push(paint('bold', 'Ignored'));
    for (const g of c.ignored) for (const i of g.sentences) block(`  ${THEME.ignored.marker} ${g.source}#${i + 1}  `, `${sentencesText(c, g.source, [i])}  (${g.reason})`);
  }
  return `${out.join('\n')}\n`;

  function renderMatch(m: Match): void {
    const t = THEME[m.relation];
    out.push('');
    out.push(`  ${paint(t.color, `${t.marker} ${t.label}`)}  score ${m.score.toFixed(2)}  [match ${m.id}]${c.sources.length > 2 ? `  ${coverageDots(c, m)}` : ''}`);
    for (const conflict of m.conflicts) block(`    ${paint(THEME.conflict.color, '!')} `, `${conflict.kind}: ${conflict.explanation}`);
    for (const note of m.notes) block('    ~ ', `${note.kind}: ${note.explanation}`);
    for (const mem of m.members) block(`    ${sentenceRef(mem.source, mem.sentences)}  `, asAbove(mem) ? '(as above)' : sentencesText(c, mem.source, mem.sentences));
    if (m.members.length >= 2) {
      const [first, ...others] = m.members;
      for (const other of others) {
        const runs = diffTexts(sentencesText(c, first.source, first.sentences), sentencesText(c, other.source, other.sentences));
        const rendered = runs
          .map((r) => {
            if (r.side === 'both' || r.text.trim() === '') return r.text;
            // Keep the run's own spaces outside the markers, so "Israel [-to explore-]" keeps its gap.
            const lead = /^\s/.test(r.text) ? ' ' : '';
            const tail = /\s$/.test(r.text) ? ' ' : '';
            const core = r.text.trim();
            return lead + (r.side === 'a' ? paint('red', `[-${core}-]`) : paint('green', `{+${core}+}`)) + tail;
          })
          .join('');
        block(`    diff ${first.source}→${other.source}  `, rendered);
      }
    }
    const ev = m.evidence;
    const parts = [
      ev.shared.length ? `shared: ${ev.shared.join(', ')}` : '',
      ev.similar.length ? `similar: ${ev.similar.map((s) => `${s.a}~${s.b} (${s.via})`).join(', ')}` : '',
      ev.names.length ? `names: ${ev.names.join(', ')}` : '',
      ev.numbers.length ? `numbers: ${ev.numbers.join(', ')}` : '',
    ].filter(Boolean);
    if (parts.length) block('    why  ', parts.join('; '));
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function heading(r: 'conflict' | 'agreement' | 'partial'): string {
  return r === 'conflict' ? 'Conflicts' : r === 'agreement' ? 'Agreements' : 'Partial overlaps';
}

/** ● for each source that carries the claim, ○ for each that does not: "●A ●B ○C". */
export function coverageDots(c: Comparison, m: Match): string {
  const carried = new Set(m.members.map((x) => x.source));
  return c.sources.map((s) => `${carried.has(s.id) ? '●' : '○'}${s.id}`).join(' ');
}
