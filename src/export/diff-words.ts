import { diffWords } from 'diff';

/** A run of words: in both texts, only in the first, or only in the second. */
export interface WordRun {
  text: string;
  side: 'both' | 'a' | 'b';
}

/** Word-level diff of two texts (jsdiff's diffWords: clean word boundaries, case-insensitive). */
export function diffTexts(a: string, b: string): WordRun[] {
  return diffWords(a, b, { ignoreCase: true }).map((c) => ({
    text: c.value,
    side: c.added ? 'b' : c.removed ? 'a' : 'both',
  }));
}
