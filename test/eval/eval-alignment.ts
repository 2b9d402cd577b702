/**
 * ECB+ alignment scoring: run compare() on pairs of real articles and count the
 * matched sentence pairs against the silver pairs (sentences sharing an annotated
 * event), restricted to the annotated sentences where the annotation is exhaustive.
 */
import { compare } from '../../src/compare.js';
import { tfidfModel, type Ecb, type EcbDoc } from './eval-data.js';

export interface AlignmentFigures {
  precision: number;
  recall: number;
  f1: number;
  /** Same-event figures' raw counts. */
  tp: number;
  predicted: number;
  gold: number;
  /**
   * Precision and F1 when every link across two different events (a hard-negative
   * document pair) also counts as a false positive: the criterion fit-threshold.ts
   * optimises, so that linking everything is not rewarded.
   */
  strictPrecision: number;
  strictF1: number;
  /** Hard negatives: links between annotated sentences of different events, per cross-event document pair. */
  hardLinksPerPair: number;
  /** Share of annotated sentences in cross-event pairs that got linked to anything (vs `sameLinkedShare`). */
  hardLinkedShare: number;
  sameLinkedShare: number;
}

/** Annotated sentence pairs "doc:line|doc:line" a system links between two documents. */
export type Linker = (a: EcbDoc, b: EcbDoc) => Set<string>;

/** Links of compare() at the given threshold, expanded to sentence pairs and mapped back to file lines. */
export function compareLinker(threshold?: number): Linker {
  return (a, b) => {
    const c = compare(
      [
        { label: a.id, origin: a.id, text: a.text, title: null },
        { label: b.id, origin: b.id, text: b.text, title: null },
      ],
      threshold === undefined ? {} : { threshold },
    );
    const lineA = c.sources[0].sentences.map((s) => a.lineOf[s.paragraph]);
    const lineB = c.sources[1].sentences.map((s) => b.lineOf[s.paragraph]);
    const out = new Set<string>();
    for (const m of c.matches) {
      const xs = m.members.find((x) => x.source === 'A')?.sentences ?? [];
      const ys = m.members.find((x) => x.source === 'B')?.sentences ?? [];
      for (const i of xs) for (const j of ys) {
        const la = lineA[i];
        const lb = lineB[j];
        if (a.annotated.has(la) && b.annotated.has(lb)) out.add(`${a.id}:${la}|${b.id}:${lb}`);
      }
    }
    return out;
  };
}

/** The TF-IDF best-match baseline: each sentence linked to its best cosine partner when ≥ t (IDF over the two documents). */
export function tfidfLinker(t: number): Linker {
  return (a, b) => {
    const la = a.text.split('\n\n');
    const lb = b.text.split('\n\n');
    const model = tfidfModel([...la, ...lb]);
    const sim = la.map((x) => lb.map((y) => model.cosine(x, y)));
    const out = new Set<string>();
    const add = (i: number, j: number) => {
      const pa = a.lineOf[i];
      const pb = b.lineOf[j];
      if (sim[i][j] >= t && a.annotated.has(pa) && b.annotated.has(pb)) out.add(`${a.id}:${pa}|${b.id}:${pb}`);
    };
    la.forEach((_, i) => { if (lb.length) add(i, sim[i].indexOf(Math.max(...sim[i]))); });
    lb.forEach((_, j) => { if (la.length) { const col = la.map((__, i) => sim[i][j]); add(col.indexOf(Math.max(...col)), j); } });
    return out;
  };
}

export function evaluateAlignment(ecb: Ecb, same: Array<[string, string]>, cross: Array<[string, string]>, link: Linker): AlignmentFigures {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let sameLinked = 0;
  let sameAnnotated = 0;
  for (const [ia, ib] of same) {
    const a = ecb.docs.get(ia)!;
    const b = ecb.docs.get(ib)!;
    const pred = link(a, b);
    predicted += pred.size;
    for (const p of pred) if (ecb.silver.has(p)) tp++;
    for (const la of a.annotated) for (const lb of b.annotated) if (ecb.silver.has(`${ia}:${la}|${ib}:${lb}`)) gold++;
    const linked = new Set<string>();
    for (const p of pred) for (const s of p.split('|')) linked.add(s);
    sameLinked += linked.size;
    sameAnnotated += a.annotated.size + b.annotated.size;
  }
  let hardLinks = 0;
  let hardLinked = 0;
  let hardAnnotated = 0;
  for (const [ia, ib] of cross) {
    const a = ecb.docs.get(ia)!;
    const b = ecb.docs.get(ib)!;
    const pred = link(a, b);
    hardLinks += pred.size;
    const linked = new Set<string>();
    for (const p of pred) for (const s of p.split('|')) linked.add(s);
    hardLinked += linked.size;
    hardAnnotated += a.annotated.size + b.annotated.size;
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const strictPrecision = predicted + hardLinks ? tp / (predicted + hardLinks) : 0;
  return {
    strictPrecision,
    strictF1: strictPrecision + recall ? (2 * strictPrecision * recall) / (strictPrecision + recall) : 0,
    precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    tp, predicted, gold,
    hardLinksPerPair: cross.length ? hardLinks / cross.length : 0,
    hardLinkedShare: hardAnnotated ? hardLinked / hardAnnotated : 0,
    sameLinkedShare: sameAnnotated ? sameLinked / sameAnnotated : 0,
  };
}
