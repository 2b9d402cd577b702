import { diffTexts } from '../../../src/export/diff-words.js';
import { sentenceRef } from '../../../src/export/summarize.js';
import { THEME } from '../../../src/export/theme.js';
import type { Comparison, Match, StoryNote } from '../../../src/types.js';
import { MARKS } from '../theme/tui-theme.js';
import { toneWords, type Row } from './build-rows.js';
import { highlightMatches, markWords } from './highlight-matches.js';
import { sanitizeText } from './sanitize-text.js';
import { seg, type Line, type Segment } from './segment.js';
import { truncateLine } from './truncate-line.js';
import { wrapSegments } from './wrap-segments.js';

const INDENT = 2;

/**
 * The detail of one row, as lines of at most `width` columns: conflicts with both
 * values first, then every sentence in full, the word diff of each pair (words only in the first source marked
 * [-…-], only in the other {+…+}, shared words plain: readable without colour,
 * as git's word diff), the score with its evidence, and notes.
 */
export function layoutDetail(row: Row, c: Comparison, width: number, query = ''): Line[] {
  const w = Math.max(1, width);
  const out: Line[] = [];
  const heading = (line: Line) => out.push(truncateLine(line, w));
  const block = (segments: Segment[]) => {
    const indent = w > INDENT + 10 ? INDENT : 0;
    for (const l of wrapSegments(segments, w - indent)) out.push(indent ? [seg(' '.repeat(indent)), ...l] : l);
  };
  const label = (id: string) => sanitizeText(c.sources.find((s) => s.id === id)?.label ?? id);
  const t = MARKS[row.kind];
  const note = row.noteId === null ? undefined : c.notes?.[row.noteId];
  if (note) {
    layoutNote(note, c, query, heading, block, label, out);
    return out;
  }
  const match: Match | undefined = row.matchId === null ? undefined : c.matches.find((m) => m.id === row.matchId);

  if (match) {
    heading([seg(`${t.marker} ${t.label}`, row.kind), seg(`  score ${match.score.toFixed(2)}`, 'bold'), seg(`  match ${match.id}`, 'dim')]);
  } else {
    heading([seg(`${t.marker} only in ${row.cells[0].source}`, 'unique'), seg(` (${label(row.cells[0].source)})`, 'dim')]);
  }
  // Conflicts come first: they are what a fact-checker opens the detail for, and they must
  // show without scrolling on a 24-line terminal.
  if (match?.conflicts.length) {
    out.push([]);
    heading([seg(`${THEME.conflict.marker} Conflicts`, 'conflict')]);
    for (const cf of match.conflicts) {
      const values = Object.entries(cf.values).map(([id, v]) => `${id} “${sanitizeText(v)}”`).join(' vs ');
      block([seg(`${cf.kind}: `, 'conflict'), seg(values, 'bold'), seg(` — ${sanitizeText(cf.explanation)}`)]);
    }
  }
  for (const cell of row.cells) {
    out.push([]);
    heading([seg(`${cell.source} `, 'bold'), seg(label(cell.source), 'bold'), seg(`  ${sentenceRef(cell.source, cell.sentences)}`, 'dim')]);
    block(highlightMatches(cell.text, query));
  }
  if (!match) return out;

  const [first, ...others] = row.cells;
  for (const other of others) {
    out.push([]);
    heading([seg(`Word diff ${first.source} → ${other.source}`, 'bold'), seg('  ', 'dim'), seg(`[-only in ${first.source}-]`, 'onlyA'), seg(' '), seg(`{+only in ${other.source}+}`, 'onlyB'), seg(' shared', 'dim')]);
    const segments: Segment[] = diffTexts(first.text, other.text).map((r) =>
      r.side === 'both' ? seg(r.text) : r.side === 'a' ? seg(mark(r.text, '[-', '-]'), 'onlyA') : seg(mark(r.text, '{+', '+}'), 'onlyB'),
    );
    block(segments);
  }

  const ev = match.evidence;
  out.push([]);
  heading([seg('Why this score', 'bold')]);
  const facts: Array<[string, string[]]> = [
    ['shared terms', ev.shared],
    ['similar words', ev.similar.map((s) => `${s.a} ~ ${s.b} (${s.via})`)],
    ['names', ev.names],
    ['numbers', ev.numbers],
  ];
  for (const [name, list] of facts) if (list.length) block([seg(`${name}: `, 'dim'), seg(sanitizeText(list.join(', ')))]);
  const features = Object.entries(ev.features);
  if (features.length) block([seg('features: ', 'dim'), seg(features.map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(2)}`).join(', '), 'dim')]);
  if (facts.every(([, l]) => l.length === 0) && features.length === 0) block([seg('no evidence recorded', 'dim')]);

  if (match.notes.length) {
    out.push([]);
    heading([seg('Notes', 'bold')]);
    for (const n of match.notes) {
      const values = Object.entries(n.values).map(([id, v]) => `${id} “${sanitizeText(v)}”`).join(' vs ');
      block([seg(`${n.kind}: `, 'dim'), seg(values), seg(` — ${sanitizeText(n.explanation)}`)]);
    }
  }
  return out;
}

/**
 * The detail of a story note: what differs and why it is not a conflict, then each
 * source's sentences one by one (they need not be adjacent), its tone words marked.
 */
function layoutNote(
  note: StoryNote,
  c: Comparison,
  query: string,
  heading: (line: Line) => void,
  block: (segments: Segment[]) => void,
  label: (id: string) => string,
  out: Line[],
): void {
  heading([seg(`${MARKS.note.marker} note: ${sanitizeText(note.kind)}`, 'note'), seg('  across the story, not one claim', 'dim')]);
  block([seg(sanitizeText(note.explanation), 'bold')]);
  block([seg('Not counted as a conflict: tone is a judgement, not a checkable fact.', 'dim')]);
  for (const mem of note.members) {
    const words = toneWords(note.values[mem.source]);
    out.push([]);
    heading([seg(`${mem.source} `, 'bold'), seg(label(mem.source), 'bold'), seg(`  ${sentenceRef(mem.source, mem.sentences)}`, 'dim'), ...(words.length ? [seg(`  “${words.join(', ')}”`, 'note')] : [])]);
    const src = c.sources.find((s) => s.id === mem.source);
    for (const i of mem.sentences) {
      const text = sanitizeText(src?.sentences[i]?.text ?? '');
      const ref = mem.sentences.length > 1 ? [seg(`${sentenceRef(mem.source, [i])} `, 'dim')] : [];
      block([...ref, ...markWords(highlightMatches(text, query), words, 'note')]);
    }
  }
}

/** Wraps a diff run in its marks, keeping the spaces around it outside the marks. */
function mark(text: string, open: string, close: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${open}${m[2]}${close}${m[3]}` : text;
}
