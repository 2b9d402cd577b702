import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Comparison, SourceInput } from '../../src/types.js';
import type { WorkerMessage } from './compare-worker.js';

/** A comparison running in a worker thread, with a way to stop it (q during a long run). */
export interface RunningCompare {
  result: Promise<Comparison>;
  cancel(): void;
}

/**
 * Starts compare() in a worker thread so the UI keeps animating and answering keys.
 * Falls back to running it here (after a tick, so a first frame shows) when the
 * compiled worker file is not there, as under a TypeScript test runner.
 */
export function runCompare(inputs: SourceInput[], threshold: number | undefined, onProgress: (stage: string, fraction: number) => void): RunningCompare {
  const url = new URL('./compare-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    const result = new Promise<Comparison>((resolve, reject) =>
      setTimeout(() => {
        import('../../src/compare.js').then(({ compare }) => resolve(compare(inputs, { threshold, onProgress })), reject);
      }, 15),
    );
    return { result, cancel: () => {} };
  }
  const worker = new Worker(url, { workerData: { inputs, threshold } });
  const result = new Promise<Comparison>((resolve, reject) => {
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress(m.stage, m.fraction);
      else if (m.type === 'done') resolve(m.comparison);
      else reject(new Error(m.message));
      if (m.type !== 'progress') void worker.terminate();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the comparison stopped (worker exit ${code})`)));
  });
  return { result, cancel: () => void worker.terminate() };
}
