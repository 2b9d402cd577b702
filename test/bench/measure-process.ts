import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What one whole-process run cost. */
export interface Measurement {
  /** Wall-clock seconds from spawn to exit. */
  wall: number;
  /** User + system CPU seconds (steadier than wall time on a busy machine). */
  cpu: number;
  /** Peak resident memory in MB. */
  peakMb: number;
  /** Exit status (0 = success). */
  status: number | null;
  /** The child's stderr, for a failed run. */
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `node <args>` as a child process with stdout discarded (as `> /dev/null`),
 * measuring wall time here and CPU time and peak RSS through GNU time when it is
 * installed, else through a preloaded script that writes the child's own
 * process.resourceUsage() at exit.
 */
export function measureNode(args: string[], workDir: string, timeoutMs: number): Measurement {
  const report = join(workDir, 'usage.out');
  rmSync(report, { force: true });
  const useTime = existsSync(GNU_TIME);
  let command: string;
  let argv: string[];
  if (useTime) {
    command = GNU_TIME;
    argv = ['-f', '%U %S %M', '-o', report, process.execPath, ...args];
  } else {
    const preload = join(workDir, 'usage-preload.cjs');
    writeFileSync(
      preload,
      `process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(${JSON.stringify(report)}, ` +
        '`${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6} ${u.maxRSS}`); });\n',
    );
    command = process.execPath;
    argv = ['--require', preload, ...args];
  }
  const started = performance.now();
  const run = spawnSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], timeout: timeoutMs, maxBuffer: 1 << 20 });
  const wall = (performance.now() - started) / 1000;
  let cpu = NaN;
  let peakMb = NaN;
  if (existsSync(report)) {
    // GNU time may prefix a "Command exited with non-zero status" line; the figures are on the last line.
    const last = readFileSync(report, 'utf8').trim().split('\n').pop() ?? '';
    const [user, sys, rssKb] = last.split(' ').map(Number);
    cpu = user + sys;
    peakMb = rssKb / 1024;
  }
  const stderr = run.error ? String(run.error.message) : run.stderr.toString('utf8');
  return { wall, cpu, peakMb, status: run.error ? null : run.status, stderr };
}
