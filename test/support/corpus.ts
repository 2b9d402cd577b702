import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceInput } from '../../src/types.js';

/** Repository root, found from this file (works from test/ and from dist/test/). */
export const ROOT = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../../' : '../../', import.meta.url));

/** The reference story pair in corpus/, as the CLI would hand it to the engine. */
export const CORPUS_PAIR = ['corpus/austin-gallant/pentagon-meeting.txt', 'corpus/austin-gallant/unbreakable-or-not.txt'];

/** Reads a corpus file relative to the repository root as a SourceInput labelled with its file name. */
export function corpusInput(path: string): SourceInput {
  const text = readFileSync(ROOT + path, 'utf8');
  return { label: path.split('/').pop() ?? path, origin: path, text, title: null };
}
