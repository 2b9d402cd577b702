import { alignSentences, type Link } from './align/align-sentences.js';
import { classifyMatch } from './classify/classify-match.js';
import type { RuleSide } from './classify/rule.js';
import { extractFeatures } from './features/extract-features.js';
import { detectBoilerplate } from './segment/detect-boilerplate.js';
import { segmentDocument } from './segment/segment-document.js';
import { buildTermWeights } from './similarity/build-term-weights.js';
import calibration from './similarity/calibration.json' with { type: 'json' };
import {
  COMPARISON_SCHEMA,
  type CompareOptions,
  type Comparison,
  type Document,
  type Ignored,
  type Match,
  type PairScore,
  type SentenceFeatures,
  type SourceInput,
  type Unique,
} from './types.js';

/** Default minimum pair score for a match; set from the evaluation data (README, "Scoring"). */
export const DEFAULT_THRESHOLD: number = calibration.threshold;

/** Groups ascending sentence indices into runs of consecutive ones: [1,2,3,7] → [[1,2,3],[7]]. */
function runs(indices: number[]): number[][] {
  const out: number[][] = [];
  for (const i of indices) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else out.push([i]);
  }
  return out;
}

interface PendingMatch {
  members: Map<number, Set<number>>; // document index → sentence indices
  links: Array<{ dx: number; dy: number; link: Link }>;
}

/**
 * Compares two or more articles: segments them, sets boilerplate aside, scores
 * candidate sentence pairs, aligns every pair of documents, joins the links into
 * claims across sources, and classifies each claim. Pure: the same input gives
 * the same Comparison, byte for byte once serialised.
 */
export function compare(inputs: SourceInput[], options: CompareOptions = {}): Comparison {
  if (inputs.length < 2) throw new RangeError('compare needs at least two sources');
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError('threshold must be between 0 and 1');
  const progress = options.onProgress ?? (() => {});

  progress('segmenting', 0);
  const docs: Document[] = inputs.map((input, i) => segmentDocument(input, i));

  const ignored: Ignored[] = [];
  const skip: Array<Set<number>> = docs.map((doc) => {
    const set = new Set<number>();
    const byReason = new Map<string, number[]>();
    for (const s of doc.sentences) {
      const reason = detectBoilerplate(s.text);
      if (reason) {
        set.add(s.index);
        // push, not spread: a page of thousands of "Share this" lines must stay linear.
        const list = byReason.get(reason);
        if (list) list.push(s.index);
        else byReason.set(reason, [s.index]);
      }
    }
    const entries: Ignored[] = [];
    for (const [reason, list] of byReason) for (const run of runs(list)) entries.push({ source: doc.id, sentences: run, reason });
    ignored.push(...entries.sort((p, q) => p.sentences[0] - q.sentences[0]));
    return set;
  });

  progress('analysing', 0.1);
  const features: SentenceFeatures[][] = docs.map((doc, d) =>
    doc.sentences.map((s) => (skip[d].has(s.index) ? extractFeatures('') : extractFeatures(s.text))),
  );
  const weights = buildTermWeights(features.flat());

  progress('aligning', 0.4);
  const pending: PendingMatch[] = [];
  // node key "doc:sentence" → pending matches containing it
  const owner = new Map<string, PendingMatch>();
  const pairsTotal = (docs.length * (docs.length - 1)) / 2;
  let pairsDone = 0;
  for (let dx = 0; dx < docs.length; dx++) {
    for (let dy = dx + 1; dy < docs.length; dy++) {
      for (const link of alignSentences(features[dx], features[dy], weights, threshold, skip[dx], skip[dy])) {
        joinLink(pending, owner, dx, dy, link);
      }
      progress('aligning', 0.4 + (0.5 * ++pairsDone) / pairsTotal);
    }
  }

  progress('classifying', 0.9);
  const matches: Match[] = pending
    .filter((p) => p.members.size >= 2)
    .map((p) => buildMatch(p, docs, features))
    .sort((p, q) => firstPosition(p) - firstPosition(q) || secondPosition(p) - secondPosition(q))
    .map((m, id) => ({ ...m, id }));

  const placed = docs.map(() => new Set<number>());
  for (const m of matches) for (const mem of m.members) for (const s of mem.sentences) placed[docs.findIndex((d) => d.id === mem.source)].add(s);
  const unique: Unique[] = [];
  docs.forEach((doc, d) => {
    const free = doc.sentences.map((s) => s.index).filter((i) => !placed[d].has(i) && !skip[d].has(i));
    for (const run of runs(free)) unique.push({ source: doc.id, sentences: run });
  });

  progress('done', 1);
  return {
    schema: COMPARISON_SCHEMA,
    settings: { threshold },
    sources: docs.map((d) => ({ id: d.id, label: d.label, origin: d.origin, title: d.title, text: d.text, sentences: d.sentences })),
    matches,
    unique,
    ignored: ignored.sort((p, q) => p.source.localeCompare(q.source) || p.sentences[0] - q.sentences[0]),
  };

  function firstPosition(m: Omit<Match, 'id'>): number {
    const first = m.members[0];
    return docs.findIndex((d) => d.id === first.source) * 1e7 + first.sentences[0];
  }
  function secondPosition(m: Omit<Match, 'id'>): number {
    const second = m.members[1];
    return docs.findIndex((d) => d.id === second.source) * 1e7 + second.sentences[0];
  }
}

/**
 * Adds a pairwise link to the claims found so far. With two sources every link
 * is its own claim. With more, a link joins the claim that already holds one of
 * its sentences, so a claim reported by A, B and C becomes one match naming all three.
 */
function joinLink(pending: PendingMatch[], owner: Map<string, PendingMatch>, dx: number, dy: number, link: Link): void {
  const keys = [...link.x.map((i) => `${dx}:${i}`), ...link.y.map((j) => `${dy}:${j}`)];
  const existing = [...new Set(keys.map((k) => owner.get(k)).filter((p): p is PendingMatch => !!p))];
  // Only join a claim that does not yet have sentences from the linked documents on both sides;
  // otherwise the link is a second claim of a long sentence and stays separate.
  const target = existing.find((p) => !(p.members.has(dx) && p.members.has(dy)));
  const match: PendingMatch = target ?? { members: new Map(), links: [] };
  if (!target) pending.push(match);
  for (const i of link.x) add(match, dx, i);
  for (const j of link.y) add(match, dy, j);
  match.links.push({ dx, dy, link });
  for (const k of keys) if (!owner.has(k)) owner.set(k, match);
}

function add(match: PendingMatch, doc: number, sentence: number): void {
  const set = match.members.get(doc) ?? new Set<number>();
  set.add(sentence);
  match.members.set(doc, set);
}

function buildMatch(p: PendingMatch, docs: Document[], features: SentenceFeatures[][]): Omit<Match, 'id'> {
  const order = [...p.members.keys()].sort((a, b) => a - b);
  const members = order.map((d) => ({ source: docs[d].id, sentences: [...p.members.get(d)!].sort((a, b) => a - b) }));
  // The weakest link is the claim's score: every source must really carry it.
  const weakest = p.links.reduce((w, l) => (l.link.score.score < w.link.score.score ? l : w));
  const strongest = p.links.reduce((w, l) => (l.link.score.score > w.link.score.score ? l : w));
  const sides: RuleSide[] = order.map((d) => {
    const idx = p.members.get(d)!;
    const sorted = [...idx].sort((a, b) => a - b);
    return { source: docs[d].id, features: sorted.map((i) => features[d][i]), text: sorted.map((i) => docs[d].sentences[i].text).join(' ') };
  });
  const score: PairScore = { ...strongest.link.score, score: weakest.link.score.score };
  const { relation, conflicts, notes } = classifyMatch(sides, score);
  return { relation, score: score.score, members, conflicts, notes, evidence: strongest.link.score.evidence };
}
