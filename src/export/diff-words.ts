import { diffArrays } from 'diff';

/** A run of words: in both texts, only in the first, or only in the second. */
export interface WordRun {
  text: string;
  side: 'both' | 'a' | 'b';
}

/** A token of a text and the whitespace written before it. */
interface Piece {
  pre: string;
  /** The character written just before the token in its own text ('' at the start). */
  before: string;
  text: string;
  key: string;
}

/**
 * Tokens as a reader sees words: abbreviations whole ("U.S.", "e.g."), words
 * with their inner apostrophes, hyphens, decimal points and thousands
 * separators ("Gallant’s", "co-operation", "3.5", "1,200"), and every other
 * character on its own. jsdiff's diffWords splits "U.S." and "Gallant’s" into
 * letters and marks, so a lone "s" of one text could pair with an "S" of the other.
 */
const CJK_CHAR = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]';
const WORD_CHAR = `(?:(?!${CJK_CHAR})[\\p{L}\\p{N}\\p{M}])`;
const TOKEN = new RegExp(`${CJK_CHAR}|\\p{L}(?:\\.\\p{L})+\\.?|${WORD_CHAR}+(?:['’.,\\-]${WORD_CHAR}+)*|[^\\s]`, 'gu');
/** Scripts written without spaces: each character is a word of the diff, and no space is put between runs. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    out.push({ pre: text.slice(last, at), before: text.slice(Math.max(0, at - 2), at), text: m[0], key: m[0].toLowerCase().replace(/’/g, "'") });
    last = at + m[0].length;
  }
  return out;
}

/**
 * Word-level diff of two texts, case-insensitive, over reader's words (see
 * TOKEN). A run's text starts with the whitespace written before its first
 * word (none at the very start), so joining the runs reads as one text; runs
 * in both texts are written as in the first.
 */
export function diffTexts(a: string, b: string): WordRun[] {
  const pa = pieces(a);
  const pb = pieces(b);
  const runs: WordRun[] = [];
  let ia = 0;
  let ib = 0;
  const write = (list: Piece[], side: WordRun['side']) => {
    if (list.length === 0) return;
    // Whitespace as one space (line breaks of joined sentences included); none before the first
    // word; and one between two runs where the texts had none (each text's first word).
    const prevText = runs.length ? runs[runs.length - 1].text : '';
    const gap = (p: Piece, k: number) => {
      if (k === 0 && runs.length === 0) return '';
      if (p.pre !== '') return ' ';
      // Scripts without spaces: none where its own text has none next to such a character.
      if (UNSPACED.test(p.text) || UNSPACED.test(p.before) || UNSPACED.test(prevText.slice(-2))) return '';
      return k === 0 && /^[\p{L}\p{N}]/u.test(p.text) && /[\p{L}\p{N}.,;:!?)\]”’"]$/u.test(prevText) ? ' ' : '';
    };
    const text = list.map((p, k) => gap(p, k) + p.text).join('');
    const prev = runs[runs.length - 1];
    if (prev && prev.side === side) prev.text += text;
    else runs.push({ text, side });
  };
  for (const change of diffArrays(pa.map((p) => p.key), pb.map((p) => p.key))) {
    const n = change.count ?? change.value.length;
    if (change.added) {
      write(pb.slice(ib, ib + n), 'b');
      ib += n;
    } else if (change.removed) {
      write(pa.slice(ia, ia + n), 'a');
      ia += n;
    } else {
      write(pa.slice(ia, ia + n), 'both');
      ia += n;
      ib += n;
    }
  }
  return runs;
}
