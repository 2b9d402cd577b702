/**
 * storydiff's public API: compare articles, score sentence pairs, render reports.
 * Pure functions, no I/O: the CLI reads files and URLs and writes the output.
 */
export * from './types.js';
export { compare, DEFAULT_THRESHOLD } from './compare.js';
export { scoreTexts } from './score-texts.js';
export { segmentDocument, sourceId } from './segment/segment-document.js';
export { normalizeText } from './segment/normalize-text.js';
export { extractFeatures } from './features/extract-features.js';
export { scorePair } from './similarity/score-pair.js';
export { buildTermWeights, UNIFORM_WEIGHTS } from './similarity/build-term-weights.js';
export { alignSentences } from './align/align-sentences.js';
export { classifyMatch, AGREEMENT_SCORE } from './classify/classify-match.js';
export { toJson, toJsonChunks } from './export/to-json.js';
export { toText, type TextOptions } from './export/to-text.js';
export { toMarkdown, escapeMarkdown } from './export/to-markdown.js';
export { summarize, reportOrder, type Summary } from './export/summarize.js';
export { diffTexts, type WordRun } from './export/diff-words.js';
export { THEME, type ThemeEntry } from './export/theme.js';
export { wrapText, displayWidth } from './export/wrap-text.js';
export { toHtml } from './export/to-html.js';
