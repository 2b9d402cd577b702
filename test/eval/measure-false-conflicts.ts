/**
 * False-conflict rate of storydiff's classifier on sentence pairs known to agree, and
 * its recall on a small hand-made set of truly conflicting pairs (issue 5).
 *
 *   npx tsc -p tsconfig.json && node dist/test/eval/measure-false-conflicts.js [evalDir]
 *
 * Agreeing pairs: STS-B train+dev with gold ≥ 4 (all genres, and main-news alone) and the
 * ECB+ silver positives (sentences of different articles sharing an annotated event).
 * "Called conflict" is what `storydiff score` answers (relation "conflict", which needs
 * the pair to score above the match threshold); "rule fired" counts pairs where a rule
 * finds something whatever the score, the stricter figure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyMatch } from '../../src/classify/classify-match.js';
import { extractFeatures } from '../../src/features/extract-features.js';
import { normalizeText } from '../../src/segment/normalize-text.js';
import { scoreTexts } from '../../src/score-texts.js';
import type { Conflict } from '../../src/types.js';
import hand from './hand-conflict-pairs.json' with { type: 'json' };

interface Pair { id: string; a: string; b: string }

interface Tally { pairs: number; called: number; fired: number; notes: number; failed: number; kinds: Record<string, number>; examples: string[] }

function tally(pairs: Pair[], keepExamples = 0): Tally {
  const t: Tally = { pairs: 0, called: 0, fired: 0, notes: 0, failed: 0, kinds: {}, examples: [] };
  for (const p of pairs) {
    let scored;
    try {
      scored = scoreTexts(p.a, p.b);
    } catch {
      // A pair the engine cannot read is counted apart, not as an agreement.
      t.failed++;
      continue;
    }
    t.pairs++;
    if (scored.relation === 'conflict') t.called++;
    const { conflicts, notes } = rulesFire(p.a, p.b);
    if (notes > 0) t.notes++;
    if (conflicts.length > 0) {
      t.fired++;
      for (const k of new Set(conflicts.map((c) => c.kind))) t.kinds[k] = (t.kinds[k] ?? 0) + 1;
      if (t.examples.length < keepExamples) t.examples.push(`  [${p.id}] ${conflicts.map((c) => `${c.kind}: ${c.explanation}`).join(' | ')}\n     A: ${p.a}\n     B: ${p.b}`);
    }
  }
  return t;
}

/** The conflicts (and the number of notes) the rules find in a pair, whatever its score. */
function rulesFire(a: string, b: string): { conflicts: Conflict[]; notes: number } {
  const fa = extractFeatures(normalizeText(a));
  const fb = extractFeatures(normalizeText(b));
  const dummy = { score: 1, coverageA: 1, coverageB: 1, evidence: { shared: [], similar: [], names: [], numbers: [], features: {} } };
  const c = classifyMatch([{ source: 'A', features: [fa], text: a }, { source: 'B', features: [fb], text: b }], dummy);
  return { conflicts: c.conflicts, notes: c.notes.length };
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);

function line(name: string, t: Tally): string {
  const kinds = Object.entries(t.kinds).sort().map(([k, v]) => `${k} ${v}`).join(', ');
  const extra = `${t.notes} with a characterisation note${t.failed ? `, ${t.failed} pairs the engine failed on (left out)` : ''}`;
  return `${name.padEnd(34)} pairs ${String(t.pairs).padStart(6)}  called conflict ${String(t.called).padStart(4)} (${pct(t.called, t.pairs)})  rule fired ${String(t.fired).padStart(4)} (${pct(t.fired, t.pairs)})${kinds ? `  [${kinds}]` : ''}; ${extra}`;
}

function readStsb(evalDir: string): Array<Pair & { genre: string; gold: number }> {
  const out: Array<Pair & { genre: string; gold: number }> = [];
  for (const file of ['sts-train.csv', 'sts-dev.csv']) {
    const path = join(evalDir, 'stsb', file);
    if (!existsSync(path)) continue;
    for (const row of readFileSync(path, 'utf8').split('\n')) {
      const c = row.split('\t');
      if (c.length < 7) continue;
      out.push({ id: `${file}:${c[3]}`, genre: c[0], gold: Number(c[4]), a: c[5], b: c[6] });
    }
  }
  return out;
}

function readEcb(evalDir: string): Pair[] {
  const path = join(evalDir, 'ecbplus-dev', 'sentence_pairs_shared_events.tsv');
  if (!existsSync(path)) return [];
  const rows = readFileSync(path, 'utf8').split('\n').filter((r) => r.trim() !== '');
  const head = rows[0].split('\t');
  const i1 = head.indexOf('text1');
  const i2 = head.indexOf('text2');
  return rows.slice(1).map((r, k) => {
    const c = r.split('\t');
    return { id: `ecb:${k}`, a: c[i1], b: c[i2] };
  });
}

/** Printable lines: the false-conflict rates on the eval sets (skipped with a message when absent) and the hand-set result. */
export async function measureFalseConflicts(evalDir: string, examples = 0): Promise<string> {
  const lines: string[] = ['False conflicts on pairs known to agree (target ≤ 5 % called conflict):'];
  if (!existsSync(evalDir)) {
    lines.push(`  skipped: evaluation data not found at ${evalDir} (it lives in ../shared/eval beside the repository)`);
  } else {
    const sts = readStsb(evalDir).filter((p) => p.gold >= 4);
    const all = tally(sts, examples);
    const news = tally(sts.filter((p) => p.genre === 'main-news'));
    const ecb = tally(readEcb(evalDir), examples);
    lines.push(line('STS-B gold ≥ 4, all genres', all), line('STS-B gold ≥ 4, main-news', news), line('ECB+ shared-event pairs (silver)', ecb));
    if (examples > 0) lines.push('Examples (STS-B then ECB+):', ...all.examples, ...ecb.examples);
  }
  lines.push('Hand-made truly conflicting pairs (relation from storydiff score):');
  let flagged = 0;
  for (const p of hand.conflict) {
    const s = scoreTexts(p.a, p.b);
    if (s.relation === 'conflict') flagged++;
    lines.push(`  ${s.relation === 'conflict' ? 'flagged' : 'MISSED '} ${p.id.padEnd(22)} score ${s.score.toFixed(2)} ${s.relation.padEnd(9)} ${s.conflicts.map((c) => `${c.kind}: ${c.explanation}`).join(' | ')}`);
  }
  lines.push(`  ${flagged} of ${hand.conflict.length} flagged`);
  lines.push('Hand-made look-alike pairs that agree (none may be flagged):');
  let wrong = 0;
  for (const p of hand.agree) {
    const s = scoreTexts(p.a, p.b);
    if (s.relation === 'conflict') wrong++;
    lines.push(`  ${s.relation === 'conflict' ? 'FLAGGED' : 'ok     '} ${p.id.padEnd(22)} score ${s.score.toFixed(2)} ${s.relation.padEnd(9)} ${s.conflicts.map((c) => `${c.kind}: ${c.explanation}`).join(' | ')}`);
  }
  lines.push(`  ${wrong} of ${hand.agree.length} wrongly flagged`);
  return lines.join('\n');
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // dist/test/eval → repository root is three levels up; the eval data sits beside the repository.
  const arg = process.argv.slice(2).find((x) => !x.startsWith('--'));
  const evalDir = resolve(arg ?? join(here, '..', '..', '..', '..', 'shared', 'eval'));
  const ex = process.argv.find((x) => x.startsWith('--examples='));
  measureFalseConflicts(evalDir, ex ? Number(ex.split('=')[1]) : 0).then((out) => console.log(out));
}
