/**
 * Measures how long a key press takes to redraw the TUI with thousands of rows
 * (DESIGN §7: "a key press redraws in well under 100 ms"). Not a test: timing
 * belongs in benchmarks, never in unit tests. Run after a build:
 *
 *   node dist/test/cli/tui/measure-redraw.js
 *
 * Builds two long documents from the ECB+ articles in ../shared/eval/ecbplus-dev
 * (even-numbered articles of each topic form A, odd-numbered form B: different
 * outlets on the same events, so many sentences match), compares them, mounts the
 * real App at 160×45 on a fake terminal, and times key presses from the moment
 * the key is written to the moment the new frame is written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EventEmitter } from 'node:events';
import { compare } from '../../../src/index.js';
import { ROOT } from './corpus-comparison.js';

// As the bin runs it (run-tui sets this before loading Ink): React's production build.
process.env.NODE_ENV ??= 'production';
// Loaded after setting it, and no JSX in this file (it would load React first, in the other build).
const { createElement } = await import('react');
const { render } = await import('ink');
const { App } = await import('../../../cli/tui/components/app.js');

const ECB = join(ROOT, '../shared/eval/ecbplus-dev');
if (!existsSync(ECB)) {
  console.log(`skipped: ${ECB} is absent (the evaluation data lives outside the repository)`);
  process.exit(0);
}

function buildDocs(): [string, string] {
  const a: string[] = [];
  const b: string[] = [];
  for (const topic of readdirSync(ECB).filter((t) => /^\d+$/.test(t)).sort((p, q) => Number(p) - Number(q))) {
    for (const file of readdirSync(join(ECB, topic)).sort()) {
      const m = /^\d+_(\d+)ecb(plus)?\.txt$/.exec(file);
      if (!m) continue;
      const lines = readFileSync(join(ECB, topic, file), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
      const text = (m[2] ? lines.slice(1) : lines).join(' '); // ecbplus line 0 is the URL
      (Number(m[1]) % 2 === 0 ? a : b).push(text);
    }
  }
  return [a.join('\n\n'), b.join('\n\n')];
}

class FakeStdout extends EventEmitter {
  columns = 160;
  rows = 45;
  isTTY = false;
  lastWrite = 0;
  writes = 0;
  write = (_s: string) => {
    this.lastWrite = performance.now();
    this.writes++;
    return true;
  };
}
class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write(d: string) {
    this.data = d;
    this.emit('readable');
    this.emit('data', d);
  }
  read = () => {
    const d = this.data;
    this.data = null;
    return d;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

const [textA, textB] = buildDocs();
let t = performance.now();
const comparison = compare([
  { label: 'ecb-even.txt', origin: 'ecb-even.txt', text: textA },
  { label: 'ecb-odd.txt', origin: 'ecb-odd.txt', text: textB },
]);
console.log(`compare: ${comparison.sources.map((s) => `${s.id} ${s.sentences.length} sentences`).join(', ')}; ${comparison.matches.length} matches, ${comparison.unique.length} unique runs; ${(performance.now() - t).toFixed(0)} ms`);

const inkTimes: number[] = [];
const stdout = new FakeStdout();
const stdin = new FakeStdin();
t = performance.now();
const instance = render(createElement(App, { comparison, sources: 2, color: true }), {
  stdout: stdout as unknown as NodeJS.WriteStream,
  stdin: stdin as unknown as NodeJS.ReadStream,
  debug: true, // every update is written at once (the real terminal throttles to 30 fps, leading edge)
  exitOnCtrlC: false,
  patchConsole: false,
  onRender: ({ renderTime }) => inkTimes.push(renderTime),
});

async function settle(): Promise<void> {
  // Wait until no frame has been written for a few event-loop turns.
  let last = -1;
  while (stdout.writes !== last) {
    last = stdout.writes;
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  }
}

async function press(key: string): Promise<number> {
  await settle();
  const before = stdout.writes;
  const start = performance.now();
  stdin.write(key);
  while (stdout.writes === before) await new Promise((r) => setImmediate(r));
  return stdout.lastWrite - start;
}

await settle();
console.log(`first frame with rows (rows are laid out lazily, only near the screen): ${(stdout.lastWrite - t).toFixed(0)} ms`);

const keys: Array<[string, string]> = [
  ...Array.from({ length: 50 }, (): [string, string] => ['j', 'j']),
  ...Array.from({ length: 10 }, (): [string, string] => ['PgDn', '\x1b[6~']),
  ['G', 'G'],
  ...Array.from({ length: 20 }, (): [string, string] => ['k', 'k']),
  ['g', 'g'],
  ['Enter', '\r'],
  ['j (detail)', 'j'],
  ['?', '?'],
  ['close help', 'x'],
];
const times = new Map<string, number[]>();
for (const [name, key] of keys) {
  const ms = await press(key);
  const base = name.replace(/ \(.*\)$/, '');
  times.set(base, [...(times.get(base) ?? []), ms]);
}
const inkSorted = inkTimes.slice(-keys.length).sort((p, q) => p - q);
console.log(`of which Ink turning the tree into screen text: median ${inkSorted[Math.floor(inkSorted.length / 2)].toFixed(1)} ms`);
const all = [...times.values()].flat().sort((p, q) => p - q);
const pct = (p: number) => all[Math.min(all.length - 1, Math.floor((p / 100) * all.length))];
console.log(`key press → frame written (${all.length} presses): median ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms, max ${all[all.length - 1].toFixed(1)} ms`);
for (const [name, list] of times) console.log(`  ${name.padEnd(10)} ${list.length}× median ${list.sort((p, q) => p - q)[Math.floor(list.length / 2)].toFixed(1)} ms`);
const filterMs = await press('f');
console.log(`f (filter change: re-lays out the visible rows): ${filterMs.toFixed(1)} ms`);
instance.unmount();
process.exit(0);
