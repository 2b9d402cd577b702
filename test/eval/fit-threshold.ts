/**
 * Second stage of npm run fit (a fresh process, so compare() loads the weights
 * fit-weights.ts just wrote): the match threshold (--threshold default) is the one
 * with the best ECB+ alignment F1 over all dev topics; a two-fold split by topic
 * (odd / even topic numbers) shows how a threshold chosen on one half does on the other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ecbDocPairs, readEcb, REPO } from './eval-data.js';
import { compareLinker, evaluateAlignment } from './eval-alignment.js';
import { writeShipped } from './fit-weights.js';

/** Document pairs per event and topic used for fitting (sampled in hash order; keeps the fit to about a minute). */
const PER_EVENT = 6;
const GRID = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

function main() {
  const ecb = readEcb();
  const calibrationPath = join(REPO, 'src', 'similarity', 'calibration.json');
  const calibration = JSON.parse(readFileSync(calibrationPath, 'utf8'));
  if (!ecb) {
    console.log('fit-threshold: ../shared/eval/ecbplus-dev is absent; threshold left at', calibration.threshold);
    return;
  }
  const halves = [ecb.topics.filter((t) => Number(t) % 2 === 1), ecb.topics.filter((t) => Number(t) % 2 === 0)];
  const table = new Map<number, Array<ReturnType<typeof evaluateAlignment>>>();
  for (const t of GRID) {
    const link = compareLinker(t);
    table.set(t, halves.map((topics) => {
      const { same, cross } = ecbDocPairs(ecb, topics, PER_EVENT);
      return evaluateAlignment(ecb, same, cross, link);
    }));
  }
  console.log('\nECB+ match threshold: P / R / F1 on odd topics | even topics');
  const pooledF1 = (t: number) => {
    const [a, b] = table.get(t)!;
    const tp = a.tp + b.tp;
    const p = tp / Math.max(1, a.predicted + b.predicted);
    const r = tp / Math.max(1, a.gold + b.gold);
    return p + r ? (2 * p * r) / (p + r) : 0;
  };
  for (const t of GRID) {
    const [a, b] = table.get(t)!;
    const f = (x: typeof a) => `${x.precision.toFixed(3)} ${x.recall.toFixed(3)} ${x.f1.toFixed(3)}`;
    console.log(`  ${t.toFixed(3)}  ${f(a)} | ${f(b)}   pooled F1 ${pooledF1(t).toFixed(3)}`);
  }
  for (const [k, name] of [[0, 'odd'], [1, 'even']] as const) {
    const chosen = GRID.reduce((best, t) => (table.get(t)![k].f1 > table.get(best)![k].f1 ? t : best));
    const other = table.get(chosen)![1 - k];
    console.log(`  chosen on ${name} topics: ${chosen} → held-out P ${other.precision.toFixed(3)} R ${other.recall.toFixed(3)} F1 ${other.f1.toFixed(3)}`);
  }
  const threshold = GRID.reduce((best, t) => (pooledF1(t) > pooledF1(best) ? t : best));
  calibration.threshold = threshold;
  writeShipped(calibrationPath, calibration);
  console.log(`Match threshold ${threshold} written to calibration.json.`);
}

main();
