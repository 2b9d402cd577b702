import { diffTexts, type WordRun } from './diff-words.js';

/** Beyond this many other versions a claim's wording is compared with the first ones only (cost grows with the square). */
const MAX_PARTNERS = 12;

/**
 * For each text, which of its characters belong to words that no other text
 * uses: a per-character mask. With two texts this is the plain word diff (each
 * side's own words); with more, a word counts as "own" only when it is missing
 * from every other version, so a reader sees what this outlet alone says.
 *
 * jsdiff's common runs carry the second text's spelling and spacing (it diffs
 * case-insensitively), so runs are mapped back onto each original text by
 * counting non-space characters; the text shown is always the source's own.
 */
export function highlightOwnWords(texts: string[]): boolean[][] {
  const masks = texts.map((t) => new Array<boolean>(t.length).fill(texts.length > 1));
  // Each pair is diffed once and read from both ends. With many versions, every
  // text is compared with the first MAX_PARTNERS ones only (cost O(MAX_PARTNERS * n)).
  for (let k = 0; k < Math.min(texts.length, MAX_PARTNERS); k++) {
    for (let j = k + 1; j < texts.length; j++) {
      const runs = diffTexts(texts[k], texts[j]);
      intersect(masks[k], ownMask(texts[k], runs, 'a'));
      intersect(masks[j], ownMask(texts[j], runs, 'b'));
    }
  }
  return masks;
}

function intersect(into: boolean[], other: boolean[] | null): void {
  // An unmappable diff says nothing about this text: leave no highlight rather than a wrong one.
  if (!other) {
    into.fill(false);
    return;
  }
  for (let i = 0; i < into.length; i++) into[i] = into[i] && other[i];
}

/** Characters of `text` that the runs mark as only on `side`; null when the runs do not map onto the text. */
function ownMask(text: string, runs: WordRun[], side: 'a' | 'b'): boolean[] | null {
  const mask = new Array<boolean>(text.length).fill(false);
  let pos = 0;
  for (const run of runs) {
    if (run.side !== 'both' && run.side !== side) continue;
    const own = run.side === side;
    let need = 0;
    for (const ch of run.text) if (!/\s/.test(ch)) need += ch.length;
    let lastMarked = -1;
    while (need > 0 && pos < text.length) {
      if (!/\s/.test(text[pos])) {
        mask[pos] = own;
        need--;
        if (own) {
          // Spaces between two own words belong to the highlighted phrase.
          if (lastMarked >= 0) for (let s = lastMarked + 1; s < pos; s++) mask[s] = true;
          lastMarked = pos;
        }
      }
      pos++;
    }
    if (need > 0) return null;
  }
  return mask;
}

/** A text cut into runs of highlighted and plain characters. */
export function maskRuns(text: string, mask: boolean[]): Array<{ text: string; own: boolean }> {
  const out: Array<{ text: string; own: boolean }> = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || mask[i] !== mask[start]) {
      out.push({ text: text.slice(start, i), own: mask[start] ?? false });
      start = i;
    }
  }
  return out;
}
