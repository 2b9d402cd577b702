import type { Document, Sentence, SourceInput } from '../types.js';
import { detectTitle } from './detect-title.js';
import { normalizeText } from './normalize-text.js';
import { splitParagraphs } from './split-paragraphs.js';
import { splitSentences } from './split-sentences.js';

/** Source ids in order: A … Z, then AA, AB, … (spreadsheet-style, so any count works). */
export function sourceId(index: number): string {
  let id = '';
  let n = index;
  do {
    id = String.fromCharCode(65 + (n % 26)) + id;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return id;
}

/**
 * Above this many characters (~800 sentences of news) a document is split with
 * wink's sentence-detection-only instance: it costs ~0.1 s to create and then
 * splits three times faster, so it only pays off on large inputs (DESIGN §7).
 */
const LARGE_TEXT = 100_000;

/** Normalises an article's text and splits it into paragraphs and sentences with offsets. */
export function segmentDocument(input: SourceInput, index: number): Document {
  const text = normalizeText(input.text);
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  const large = text.length > LARGE_TEXT;
  paragraphs.forEach((paragraph, p) => {
    const body = text.slice(paragraph.start, paragraph.end);
    for (const span of splitSentences(body, { large })) {
      const start = paragraph.start + span.start;
      const end = paragraph.start + span.end;
      sentences.push({ index: sentences.length, text: text.slice(start, end), paragraph: p, start, end });
    }
  });
  const title = input.title != null && input.title.trim() !== '' ? normalizeText(input.title).trim() : detectTitle(text, paragraphs);
  return { id: sourceId(index), label: input.label, origin: input.origin, title, text, paragraphs, sentences };
}
