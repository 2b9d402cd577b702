import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ROOT } from './corpus.js';

/** The compiled bin; `npm test` builds it first (tsc), so tests drive exactly what users run. */
export const BIN = `${ROOT}dist/cli/main.js`;

export interface BinResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `storydiff …` as a real child process from the repository root, with no terminal. */
export function runBin(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; timeout?: number } = {}): BinResult {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build (npm test does)`);
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '', STORYDIFF_DEBUG: '', ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
