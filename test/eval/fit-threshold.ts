/**
 * Second stage of npm run fit (a fresh process, so compare() loads the weights
 * fit-weights.ts just wrote): the match threshold (--threshold default) and the
 * alignment's nearBest are the ones with the best ECB+ alignment F1 over all dev
 * topics, where links between sentences of two different events of a topic (hard
 * negatives) count as false positives too: the annotated sentences of one event
 * nearly all share it (linking every annotated pair gives P 0.84, R 1), so plain F1
 * would reward linking everything, which no reader wants; a two-fold split by topic
 * (odd / even topic numbers) shows how a threshold chosen on one half does on the other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALIGNMENT } from '../../src/align/align-sentences.js';
import { ecbDocPairs, readEcb, REPO } from './eval-data.js';
import { compareLinker, evaluateAlignment } from './eval-alignment.js';
import { writeShipped } from './fit-weights.js';

/** Document pairs per event and topic used for fitting (sampled in hash order; keeps the fit to about a minute). */
const PER_EVENT = 5;
/** Candidate settings: match threshold × nearBest × minBreadth (see align-sentences.ts). */
const GRID: Array<{ threshold: number; nearBest: number; minBreadth: number }> = [];
for (const threshold of [0.15, 0.2, 0.25, 0.3, 0.35]) for (const nearBest of [0.3, 0.5, 0.7]) for (const minBreadth of [0.1]) GRID.push({ threshold, nearBest, minBreadth });
const name = (g: (typeof GRID)[number]) => `t ${g.threshold.toFixed(2)} nearBest ${g.nearBest} minBreadth ${g.minBreadth}`;

function main() {
  const ecb = readEcb();
  const calibrationPath = join(REPO, 'src', 'similarity', 'calibration.json');
  const calibration = JSON.parse(readFileSync(calibrationPath, 'utf8'));
  if (!ecb) {
    console.log('fit-threshold: ../shared/eval/ecbplus-dev is absent; threshold left at', calibration.threshold);
    return;
  }
  const halves = [ecb.topics.filter((t) => Number(t) % 2 === 1), ecb.topics.filter((t) => Number(t) % 2 === 0)];
  type Setting = (typeof GRID)[number];
  const table = new Map<Setting, Array<ReturnType<typeof evaluateAlignment>>>();
  for (const t of GRID) {
    ALIGNMENT.nearBest = t.nearBest;
    ALIGNMENT.minBreadth = t.minBreadth;
    const link = compareLinker(t.threshold);
    table.set(t, halves.map((topics) => {
      const { same, cross } = ecbDocPairs(ecb, topics, PER_EVENT);
      return evaluateAlignment(ecb, same, cross, link);
    }));
  }
  console.log('\nECB+ alignment settings: P / R / F1 / strict F1 (hard-negative links count as errors) on odd topics | even topics');
  const pooledF1 = (t: Setting) => {
    const [a, b] = table.get(t)!;
    const tp = a.tp + b.tp;
    const p = tp / Math.max(1, a.tp / Math.max(1e-9, a.strictPrecision) + b.tp / Math.max(1e-9, b.strictPrecision));
    const r = tp / Math.max(1, a.gold + b.gold);
    return p + r ? (2 * p * r) / (p + r) : 0;
  };
  for (const t of GRID) {
    const [a, b] = table.get(t)!;
    const f = (x: typeof a) => `${x.precision.toFixed(3)} ${x.recall.toFixed(3)} ${x.f1.toFixed(3)} strict ${x.strictF1.toFixed(3)}`;
    console.log(`  ${name(t)}  ${f(a)} | ${f(b)}   pooled strict F1 ${pooledF1(t).toFixed(3)}`);
  }
  for (const [k, half] of [[0, 'odd'], [1, 'even']] as const) {
    const chosen = GRID.reduce((best, t) => (table.get(t)![k].strictF1 > table.get(best)![k].strictF1 ? t : best));
    const other = table.get(chosen)![1 - k];
    console.log(`  chosen on ${half} topics: ${name(chosen)} → held-out P ${other.precision.toFixed(3)} R ${other.recall.toFixed(3)} F1 ${other.f1.toFixed(3)}, strict F1 ${other.strictF1.toFixed(3)}, hard-negative sentences linked ${(other.hardLinkedShare * 100).toFixed(1)} %`);
  }
  const threshold = GRID.reduce((best, t) => (pooledF1(t) > pooledF1(best) ? t : best));
  calibration.threshold = threshold.threshold;
  calibration.alignment = { nearBest: threshold.nearBest, minBreadth: threshold.minBreadth };
  writeShipped(calibrationPath, calibration);
  console.log(`Chosen on all dev topics: ${name(threshold)} (pooled strict F1 ${pooledF1(threshold).toFixed(3)}), written to calibration.json.`);
}

main();
