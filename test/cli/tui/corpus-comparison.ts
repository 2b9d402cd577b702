import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compare } from '../../../src/index.js';
import type { Comparison } from '../../../src/types.js';

/** Repository root, found from this file (works from test/ and from dist/test/). */
export const ROOT = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../../../' : '../../../', import.meta.url));

const PAIR = ['corpus/austin-gallant/pentagon-meeting.txt', 'corpus/austin-gallant/unbreakable-or-not.txt'];
let cached: Comparison | null = null;

/** A real comparison of the corpus pair, computed once per test file. */
export function corpusComparison(): Comparison {
  cached ??= compare(
    PAIR.map((p) => ({ label: p.split('/').pop()!, origin: p, text: readFileSync(`${ROOT}${p}`, 'utf8') })),
  );
  return cached;
}

/** The corpus pair's paths, relative to the repository root. */
export const CORPUS_PAIR = PAIR;
