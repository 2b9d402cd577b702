import type { Paragraph } from '../types.js';
import { hasSentencePunctuation } from './split-paragraphs.js';

/**
 * The headline, when the article starts with one: a first paragraph of one
 * short line that does not end like a sentence ("Unbreakable or Not? Israel’s
 * Relationship with the US at a Critical Juncture"), followed by more text.
 * Returns the title text or null.
 */
export function detectTitle(text: string, paragraphs: Paragraph[]): string | null {
  if (paragraphs.length < 2) return null;
  const first = text.slice(paragraphs[0].start, paragraphs[0].end);
  if (first.includes('\n')) return null;
  const words = first.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 25 || first.length > 200) return null;
  // A final full stop, colon or closing quote marks an ordinary sentence (or a lead-in).
  if (/[.:;,"”’]\s*$/.test(first)) return null;
  // In a text without sentence punctuation every line "lacks" it: the first line is no headline there.
  if (!hasSentencePunctuation(text.slice(paragraphs[1].start))) return null;
  // A Markdown heading marker is not part of the title.
  return first.replace(/^#{1,6}\s+/, '').trim() || null;
}
