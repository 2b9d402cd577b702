/**
 * Readers for the third-party evaluation sets in ../shared/eval (see its README),
 * shared by run-eval.ts and fit-weights.ts. Nothing here is copied into the repo;
 * every reader returns null when its set is absent so callers can skip it clearly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (this file runs as dist/test/eval/eval-data.js). */
export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** ../shared/eval relative to the repository. */
export const EVAL_DIR = join(REPO, '..', 'shared', 'eval');

export interface StsPair {
  genre: string;
  file: string;
  gold: number;
  a: string;
  b: string;
}

/** STS-B split ('train' | 'dev'): tab-separated, no header, quotes are literal. */
export function readSts(split: 'train' | 'dev'): StsPair[] | null {
  const path = join(EVAL_DIR, 'stsb', `sts-${split}.csv`);
  if (!existsSync(path)) return null;
  const out: StsPair[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 7) continue;
    out.push({ genre: f[0].replace(/^main-forums?$/, 'main-forums'), file: f[1], gold: Number(f[4]), a: f[5], b: f[6] });
  }
  return out;
}

export interface IstsAlignment {
  s1_tokens: number[];
  s2_tokens: number[];
  type: string;
  score: number | string;
  chunk1: string;
  chunk2: string;
}
export interface IstsPair {
  id: number;
  sent1: string;
  sent2: string;
  sent1_tokens: string[];
  sent2_tokens: string[];
  alignments: IstsAlignment[];
}

export function readIsts(): IstsPair[] | null {
  const path = join(EVAL_DIR, 'ists-headlines', 'ists_headlines_train.jsonl');
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as IstsPair);
}

export interface EcbDoc {
  /** "1_10ecb" */
  id: string;
  topic: string;
  /** 'ecb' | 'ecbplus': documents of one topic and suffix report the same event. */
  event: string;
  /** The text given to compare(): one line = one paragraph. */
  text: string;
  /** Paragraph index → 0-based line number of the file (the numbering of the annotations). */
  lineOf: number[];
  /** Annotated line numbers (annotation is exhaustive only for these). */
  annotated: Set<number>;
}

export interface Ecb {
  docs: Map<string, EcbDoc>;
  /** Silver positive pairs "doc1:line1|doc2:line2", both orders. */
  silver: Set<string>;
  topics: string[];
}

export function readEcb(): Ecb | null {
  const dir = join(EVAL_DIR, 'ecbplus-dev');
  if (!existsSync(join(dir, 'sentence_pairs_shared_events.tsv'))) return null;
  const annotated = new Map<string, Set<number>>();
  for (const line of readFileSync(join(dir, 'annotated_sentences.csv'), 'utf8').split('\n').slice(1)) {
    const [topic, file, n] = line.trim().split(',');
    if (!file) continue;
    const id = `${topic}_${file}`;
    if (!annotated.has(id)) annotated.set(id, new Set());
    annotated.get(id)!.add(Number(n));
  }
  const docs = new Map<string, EcbDoc>();
  const topics = readdirSync(dir).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(a) - Number(b));
  for (const topic of topics) {
    for (const file of readdirSync(join(dir, topic)).filter((f) => f.endsWith('.txt')).sort()) {
      const id = file.replace(/\.txt$/, '');
      const event = id.endsWith('ecbplus') ? 'ecbplus' : 'ecb';
      const lines = readFileSync(join(dir, topic, file), 'utf8').replace(/\r/g, '').split('\n');
      const kept: string[] = [];
      const lineOf: number[] = [];
      lines.forEach((l, n) => {
        // ecbplus line 0 is the source URL, not article text.
        if ((event === 'ecbplus' && n === 0) || l.trim() === '') return;
        kept.push(l.trim());
        lineOf.push(n);
      });
      docs.set(id, { id, topic, event, text: kept.join('\n\n'), lineOf, annotated: annotated.get(id) ?? new Set() });
    }
  }
  const silver = new Set<string>();
  for (const line of readFileSync(join(dir, 'sentence_pairs_shared_events.tsv'), 'utf8').split('\n').slice(1)) {
    const f = line.split('\t');
    if (f.length < 6) continue;
    silver.add(`${f[2]}:${f[3]}|${f[4]}:${f[5]}`);
    silver.add(`${f[4]}:${f[5]}|${f[2]}:${f[3]}`);
  }
  return { docs, silver, topics };
}

/** A deterministic pseudo-random order (FNV-1a of the string), for sampling without Math.random. */
export function hashOrder(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Document pairs to align: per topic, up to `perEvent` pairs of documents of the
 * same event (positives) for each suffix, and up to `perEvent` pairs across the
 * two events (hard negatives); drawn in a fixed hash order.
 */
export function ecbDocPairs(ecb: Ecb, topics: string[], perEvent: number) {
  const same: Array<[string, string]> = [];
  const cross: Array<[string, string]> = [];
  for (const topic of topics) {
    const byEvent = (e: string) => [...ecb.docs.values()].filter((d) => d.topic === topic && d.event === e && d.annotated.size > 0).map((d) => d.id).sort();
    const ecbDocs = byEvent('ecb');
    const plusDocs = byEvent('ecbplus');
    for (const list of [ecbDocs, plusDocs]) {
      const pairs: Array<[string, string]> = [];
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) pairs.push([list[i], list[j]]);
      same.push(...pairs.sort((p, q) => hashOrder(p.join()) - hashOrder(q.join())).slice(0, perEvent));
    }
    const pairs: Array<[string, string]> = [];
    for (const a of ecbDocs) for (const b of plusDocs) pairs.push([a, b]);
    cross.push(...pairs.sort((p, q) => hashOrder(p.join()) - hashOrder(q.join())).slice(0, perEvent));
  }
  return { same, cross };
}

/** Pearson correlation. */
export function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** Plain TF-IDF cosine, the baseline of DESIGN §6: lower-case word tokens, no stemming, no stop list. */
export function tfidfModel(sentences: string[]) {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const df = new Map<string, number>();
  for (const s of sentences) for (const w of new Set(words(s))) df.set(w, (df.get(w) ?? 0) + 1);
  const n = sentences.length;
  const vec = (s: string) => {
    const tf = new Map<string, number>();
    for (const w of words(s)) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v = new Map<string, number>();
    for (const [w, c] of tf) v.set(w, c * Math.log((n + 1) / ((df.get(w) ?? 0) + 1)) + 1e-9);
    return v;
  };
  const cosine = (a: string, b: string) => {
    const va = vec(a);
    const vb = vec(b);
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (const [w, x] of va) {
      na += x * x;
      const y = vb.get(w);
      if (y) dot += x * y;
    }
    for (const y of vb.values()) nb += y * y;
    return na && nb ? dot / Math.sqrt(na * nb) : 0;
  };
  return { cosine };
}
