/**
 * `npm run bench`: whole-process wall time, CPU time and peak memory of the real
 * bin (`node dist/cli/main.js … -f json > /dev/null`) at every size storydiff
 * users meet, beside a bare `node -e 0` and a naive all-pairs Dice baseline run
 * in the same session, so every figure also reads as a ratio (DESIGN §7, issue 7).
 * Large inputs are built from real ECB+ sentences in ../shared/eval (skipped with
 * a message when absent) and written to a temporary folder, never to the repo.
 *
 * Options: --cpu-prof   also write V8 CPU profiles of the storydiff runs (folder printed at the end).
 *          --keep       keep the generated inputs (folder printed at the end), e.g. to diff the
 *                       comparison JSON of two builds on them.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildManySources, buildPair } from './build-inputs.js';
import { measureNode, type Measurement } from './measure-process.js';
import { readEvalArticles, sentencePool } from './read-eval-sentences.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = resolve(root, 'dist/cli/main.js');
const naive = resolve(root, 'dist/test/bench/naive-dice.js');
const evalDir = resolve(root, '../shared/eval/ecbplus-dev');
const corpus = ['corpus/austin-gallant/pentagon-meeting.txt', 'corpus/austin-gallant/unbreakable-or-not.txt'].map((p) => resolve(root, p));
const profile = process.argv.includes('--cpu-prof');
const keep = profile || process.argv.includes('--keep');

const work = mkdtempSync(join(tmpdir(), 'storydiff-bench-'));
const profDir = join(work, 'profiles');
if (profile) mkdirSync(profDir);

interface Row {
  name: string;
  m: Measurement;
  /** Extra text for the growth column. */
  growth?: string;
  /** Extra ratio: against the naive baseline. */
  vsNaive?: number;
  target?: string;
  verdict?: string;
}
const rows: Row[] = [];
let failed = false;

/** Median of `times` runs by wall time (short runs are noisy; long ones run once). */
function run(args: string[], times = 1, timeoutMs = 120_000): Measurement {
  const all: Measurement[] = [];
  for (let k = 0; k < times; k++) all.push(measureNode(args, work, timeoutMs));
  all.sort((p, q) => p.wall - q.wall);
  const m = all[Math.floor(all.length / 2)];
  if (m.status !== 0) {
    failed = true;
    process.stderr.write(`bench: node ${args.join(' ')} failed (status ${m.status}): ${m.stderr.trim().split('\n')[0] ?? ''}\n`);
  }
  return m;
}

function storydiff(files: string[], label: string, times = 1): Measurement {
  const prof = profile ? ['--cpu-prof', '--cpu-prof-dir', profDir, '--cpu-prof-name', `${label}.cpuprofile`] : [];
  return run([...prof, bin, ...files, '-f', 'json'], times);
}

function write(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

function verdict(value: number, target: number, hard?: number): string {
  if (hard !== undefined && !(value < hard)) { failed = true; return 'FAIL (hard limit)'; }
  return value <= target ? 'ok' : 'missed target';
}

process.stdout.write(`storydiff benchmark — node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
process.stdout.write(`inputs in ${work}\n\n`);

const bare = run(['-e', '0'], 7);
rows.push({ name: 'bare node -e 0', m: bare });
const pair = storydiff(corpus, 'corpus', 7);
rows.push({ name: 'corpus pair → JSON', m: pair, target: '≤ 6× bare node', verdict: verdict(pair.wall / bare.wall, 6) });

const articles = readEvalArticles(evalDir);
if (!articles) {
  process.stdout.write(`(skipping the large inputs: ${evalDir} is absent; it holds the ECB+ sentences they are built from)\n\n`);
} else {
  const pool = sentencePool(articles);
  let previous: { n: number; m: Measurement } | null = null;
  for (const n of [625, 2500, 10_000]) {
    const { a, b } = buildPair(pool, n);
    const m = storydiff([write(`a${n}.txt`, a), write(`b${n}.txt`, b)], `pair-${n}`);
    const row: Row = { name: `${n.toLocaleString('en')} × ${n.toLocaleString('en')} sentences`, m };
    if (previous) {
      const ratio = m.wall / previous.m.wall;
      row.growth = `${ratio.toFixed(1)}× for ${n / previous.n}× input`;
      row.target = '≤ 6× per 4× input';
      row.verdict = verdict(ratio, 6);
    }
    if (n === 10_000) {
      row.target = `${row.target}; < 5 s (20 s hard), < 500 MB (1 GB hard)`;
      const v = [row.verdict ?? 'ok', verdict(m.wall, 5, 20), verdict(m.peakMb, 500, 1024)];
      row.verdict = v.find((x) => x.startsWith('FAIL')) ?? v.find((x) => x !== 'ok') ?? 'ok';
    }
    rows.push(row);
    previous = { n, m };
  }

  const sources = buildManySources(articles, 50, 40).map((text, k) => write(`source${String(k + 1).padStart(2, '0')}.txt`, text));
  const many = storydiff(sources, 'fifty-sources');
  rows.push({ name: '50 sources × ~40 sentences', m: many, target: '< 5 s', verdict: verdict(many.wall, 5) });

  const { a, b } = buildPair(pool, 800, 13);
  const files = [write('a800.txt', a), write('b800.txt', b)];
  const baseline = run([naive, ...files], 1, 600_000);
  const ours = storydiff(files, 'pair-800');
  rows.push({ name: 'naive all-pairs Dice 800 × 800', m: baseline, vsNaive: 1 });
  rows.push({ name: 'storydiff 800 × 800', m: ours, vsNaive: ours.wall / baseline.wall, target: '≤ 1/5 of naive', verdict: verdict(ours.wall / baseline.wall, 0.2) });
}

const naiveWall = rows.find((r) => r.vsNaive === 1)?.m.wall;
const table = [
  ['case', 'wall s', '× bare', '× naive', 'CPU s', 'peak MB', 'growth', 'target', 'verdict'],
  ...rows.map((r) => [
    r.name,
    r.m.wall.toFixed(2),
    (r.m.wall / bare.wall).toFixed(1),
    naiveWall ? (r.m.wall / naiveWall).toFixed(3) : '',
    Number.isNaN(r.m.cpu) ? '?' : r.m.cpu.toFixed(2),
    Number.isNaN(r.m.peakMb) ? '?' : r.m.peakMb.toFixed(0),
    r.growth ?? '',
    r.target ?? '',
    r.m.status === 0 ? (r.verdict ?? '') : `run failed (${r.m.status})`,
  ]),
];
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
const line = (row: string[]) => `| ${row.map((cell, c) => (c === 0 || c >= 6 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
process.stdout.write(`${line(table[0])}\n|${widths.map((w, c) => (c === 0 || c >= 6 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|\n`);
for (const row of table.slice(1)) process.stdout.write(`${line(row)}\n`);
process.stdout.write(`\nwall = whole process, spawn to exit (median of 7 for the two short runs); CPU = user + system; peak = max RSS.\n`);
if (profile) process.stdout.write(`CPU profiles: ${profDir}\n`);
if (keep) process.stdout.write(`inputs kept in ${work}\n`);
else rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
