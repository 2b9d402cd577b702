import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { toJson } from '../../src/export/to-json.js';
import { toMarkdown } from '../../src/export/to-markdown.js';
import { toText } from '../../src/export/to-text.js';
import { CORPUS_PAIR, corpusInput } from '../support/corpus.js';

/**
 * Whole-run goldens for the corpus pair. They pin what a reader sees, so any
 * change in segmentation, scoring or rendering shows up as a reviewable diff:
 * update them deliberately with `npx vitest run --dir test -u` and read the diff.
 */
describe('golden reports of the corpus pair', () => {
  const comparison = compare(CORPUS_PAIR.map(corpusInput));

  it('json', async () => {
    await expect(toJson(comparison)).toMatchFileSnapshot('./files/austin-gallant.json');
  });
  it('markdown', async () => {
    await expect(toMarkdown(comparison)).toMatchFileSnapshot('./files/austin-gallant.md');
  });
  it('text', async () => {
    await expect(toText(comparison, { color: false, width: 100 })).toMatchFileSnapshot('./files/austin-gallant.txt');
  });
});
