import type { Comparison, Relation, SourceId } from '../../../src/types.js';
import { foldForSearch } from './highlight-matches.js';
import { sanitizeText } from './sanitize-text.js';

/** What one source contributes to a row. */
export interface RowCell {
  /** Source id (A, B, …). */
  source: SourceId;
  /** 0-based sentence indices. */
  sentences: number[];
  /** Their text, joined and sanitised for the terminal. */
  text: string;
  /** Words to mark in the text: a story note's tone words ("candid", "direct"). */
  marks?: string[];
}

/**
 * One row of the main view: a match (cells from two or more sources), a unique detail
 * (one cell), or a story note (the sentences of each source that differ in tone).
 */
export interface Row {
  /** Stable key: "m3" for match 3, "uB9" for the unique run of B starting at sentence 9, "n0" for story note 0. */
  key: string;
  /** Relation of a match, "unique", or "note" for a story-level note. */
  kind: Relation | 'unique' | 'note';
  /** Match id, or null for other rows. */
  matchId: number | null;
  /** Index of the story note in Comparison.notes, or null for other rows. */
  noteId: number | null;
  /** Match score, or null for other rows. */
  score: number | null;
  /** Cells in source order (only the sources that take part). */
  cells: RowCell[];
  /** Text of all cells as search compares it (foldForSearch). */
  haystack: string;
  /** One line per conflict of a match ("number: A says 5 cables, B says 7 cables"), sanitised. */
  conflicts: string[];
  /** A story note's line ("characterisation: A describes the exchange as …"), sanitised; null for other rows. */
  note: string | null;
}

/** The tone words of a note value ("candid, direct" → ["candid", "direct"]), sanitised. */
export function toneWords(value: string | undefined): string[] {
  return value ? sanitizeText(value).split(/,\s*/).filter(Boolean) : [];
}

type SortKey = [number, number, number];

function compareKeys(p: SortKey, q: SortKey): number {
  return p[0] - q[0] || p[1] - q[1] || p[2] - q[2];
}

/**
 * The rows of the main view in reading order. Story notes come first: they concern
 * the whole story, and a reader should meet them before the claims. Then rows are ordered along the first
 * source (a journalist reads article A top to bottom with B alongside), and a
 * row without the first source (a detail only B has) is placed right after the
 * row holding the sentence just before it in its own source, so unique details
 * appear where they occur in their article rather than in a pile at the end.
 */
export function buildRows(c: Comparison): Row[] {
  const text = (source: SourceId, sentences: number[]): string => {
    const src = c.sources.find((s) => s.id === source);
    return sanitizeText(sentences.map((i) => src?.sentences[i]?.text ?? '').join(' '));
  };
  const rows: Row[] = [];
  for (const m of c.matches) {
    const cells = m.members.map((mem) => ({ source: mem.source, sentences: mem.sentences, text: text(mem.source, mem.sentences) }));
    const conflicts = m.conflicts.map((cf) => sanitizeText(`${cf.kind}: ${cf.explanation}`));
    rows.push({ key: `m${m.id}`, kind: m.relation, matchId: m.id, noteId: null, score: m.score, cells, haystack: foldForSearch(cells.map((x) => x.text).join('\n')), conflicts, note: null });
  }
  for (const u of c.unique) {
    const cell = { source: u.source, sentences: u.sentences, text: text(u.source, u.sentences) };
    rows.push({ key: `u${u.source}${u.sentences[0]}`, kind: 'unique', matchId: null, noteId: null, score: null, cells: [cell], haystack: foldForSearch(cell.text), conflicts: [], note: null });
  }
  const notes: Row[] = (c.notes ?? []).map((n, i) => {
    const cells = n.members.map((mem) => ({ source: mem.source, sentences: mem.sentences, text: text(mem.source, mem.sentences), marks: toneWords(n.values[mem.source]) }));
    const note = sanitizeText(`${n.kind}: ${n.explanation}`);
    return { key: `n${i}`, kind: 'note', matchId: null, noteId: i, score: null, cells, haystack: foldForSearch([...cells.map((x) => x.text), note].join('\n')), conflicts: [], note };
  });

  const order = new Map(c.sources.map((s, i) => [s.id, i]));
  const keys = new Map<Row, SortKey>();
  // anchor[s][i] = sort key of a row that holds sentence i of source s.
  const anchor: Array<Map<number, SortKey>> = c.sources.map(() => new Map());
  const note = (row: Row, key: SortKey) => {
    keys.set(row, key);
    for (const cell of row.cells) for (const i of cell.sentences) {
      const s = order.get(cell.source) ?? 0;
      if (!anchor[s].has(i)) anchor[s].set(i, key);
    }
  };
  for (const row of rows) {
    const first = row.cells.find((x) => order.get(x.source) === 0);
    if (first) note(row, [first.sentences[0], 0, row.matchId ?? -1]);
  }
  // Later sources in turn, so a C-only row can anchor on a B row placed just before.
  for (let s = 1; s < c.sources.length; s++) {
    const pending = rows
      .filter((r) => !keys.has(r) && order.get(r.cells[0].source) === s)
      .sort((p, q) => p.cells[0].sentences[0] - q.cells[0].sentences[0]);
    for (const row of pending) {
      const start = row.cells[0].sentences[0];
      let key: SortKey = [-1, s, start];
      for (let i = start - 1; i >= 0; i--) {
        const k = anchor[s].get(i);
        if (k) {
          key = [k[0], s, start];
          break;
        }
      }
      note(row, key);
    }
  }
  rows.sort((p, q) => compareKeys(keys.get(p) ?? [Infinity, 0, 0], keys.get(q) ?? [Infinity, 0, 0]) || (p.matchId ?? 1e9) - (q.matchId ?? 1e9));
  return [...notes, ...rows];
}
