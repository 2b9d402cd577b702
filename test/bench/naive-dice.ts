/**
 * The naive baseline of the benchmark (DESIGN §7), run as its own process:
 * every sentence of A against every sentence of B with string-similarity's Dice
 * coefficient over whole sentences, keeping each A sentence's best partner.
 * Sentences are the lines of the inputs split at ". " (no NLP), which only
 * flatters the baseline. Usage: node naive-dice.js a.txt b.txt
 */
import { readFileSync } from 'node:fs';
import stringSimilarity from 'string-similarity';

const sentencesOf = (path: string) =>
  readFileSync(path, 'utf8')
    .split(/(?<=[.!?]["”]?)\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

const [a, b] = process.argv.slice(2).map(sentencesOf);
let matched = 0;
for (const s of a) {
  let best = 0;
  for (const t of b) best = Math.max(best, stringSimilarity.compareTwoStrings(s, t));
  if (best >= 0.5) matched++;
}
process.stdout.write(`${JSON.stringify({ a: a.length, b: b.length, matched })}\n`);
