/**
 * Runs compare() off the UI thread: a long comparison would otherwise hold the
 * event loop, freezing the spinner and the keyboard (q could not quit until it
 * ended). Progress and the result go back as messages; the Comparison is plain
 * data, so it crosses the thread boundary by structured clone.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compare } from '../../src/compare.js';
import type { SourceInput } from '../../src/types.js';

/** Messages the worker sends. */
export type WorkerMessage =
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; comparison: ReturnType<typeof compare> }
  | { type: 'error'; message: string };

const { inputs, threshold } = workerData as { inputs: SourceInput[]; threshold?: number };
try {
  const comparison = compare(inputs, {
    threshold,
    onProgress: (stage, fraction) => parentPort!.postMessage({ type: 'progress', stage, fraction } satisfies WorkerMessage),
  });
  parentPort!.postMessage({ type: 'done', comparison } satisfies WorkerMessage);
} catch (err) {
  parentPort!.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) } satisfies WorkerMessage);
}
