import { alignSentences, hasEnoughEvidence, type Link } from './align/align-sentences.js';
import { classifyMatch } from './classify/classify-match.js';
import { compareCharacterisations } from './classify/compare-characterisations.js';
import type { RuleSide } from './classify/rule.js';
import { extractFeatures } from './features/extract-features.js';
import { detectBoilerplate } from './segment/detect-boilerplate.js';
import { segmentDocument } from './segment/segment-document.js';
import { buildTermWeights } from './similarity/build-term-weights.js';
import calibration from './similarity/calibration.json' with { type: 'json' };
import { trimVocabulary } from './similarity/match-words.js';
import { scorePair } from './similarity/score-pair.js';
import {
  COMPARISON_SCHEMA,
  type CompareOptions,
  type Comparison,
  type Conflict,
  type Document,
  type Ignored,
  type Match,
  type Note,
  type PairScore,
  type SentenceFeatures,
  type SourceId,
  type SourceInput,
  type TermWeights,
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

/** A claim being assembled: sentences per document, and the pairwise links that support it. */
interface Claim {
  members: Map<number, Set<number>>; // document index → sentence indices
  links: DocLink[];
  /** For each member document, the other member documents it has a direct link with. */
  linked: Map<number, Set<number>>;
}

/** A pairwise link between documents dx and dy. */
interface DocLink {
  dx: number;
  dy: number;
  link: Link;
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
  trimVocabulary();

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
  const all: DocLink[] = [];
  const pairsTotal = (docs.length * (docs.length - 1)) / 2;
  let pairsDone = 0;
  const plausible = docs.length >= PREFILTER_FROM ? prefilterPairs(features, skip, weights) : null;
  for (let dx = 0; dx < docs.length; dx++) {
    for (let dy = dx + 1; dy < docs.length; dy++) {
      const links = plausible
        ? alignComponents(features[dx], features[dy], plausible(dx, dy), weights, threshold)
        : alignSentences(features[dx], features[dy], weights, threshold, skip[dx], skip[dy]);
      for (const link of links) all.push({ dx, dy, link });
      progress('aligning', 0.4 + (0.5 * ++pairsDone) / pairsTotal);
    }
  }
  // Two members of one claim that the aligner did not link directly must still share real evidence.
  const related = (d: number, xs: Iterable<number>, e: number, ys: Iterable<number>) => {
    const a = [...xs].sort((p, q) => p - q).map((i) => features[d][i]);
    const b = [...ys].sort((p, q) => p - q).map((j) => features[e][j]);
    return hasEnoughEvidence(scorePair(a, b, weights), a, b);
  };
  const claims = joinLinks(all, related);

  progress('classifying', 0.9);
  const matches: Match[] = claims
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
    notes: compareCharacterisations(docs.map((d) => d.id), features, skip, matches),
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

/** From this many sources on, document pairs are aligned on a prefiltered set of sentences (see prefilterPairs). */
const PREFILTER_FROM = 5;
/** Each sentence's best partners per other document by shared term weight; a pair must be mutual to pass. */
const PREFILTER_TOP = 2;

/**
 * A cheap gate for many sources. Aligning every pair of n documents costs
 * n(n-1)/2 candidate searches of ~12 partners per sentence each, nearly all
 * pairs for 40-sentence articles; with 50 sources that is ~850k scored pairs.
 * One inverted index over all documents gives each sentence its
 * PREFILTER_TOP partners per other document by shared term weight (the same
 * index terms and weights as candidate generation); a sentence takes part in
 * aligning documents X and Y only when it has a mutual best partner there.
 * Returns, for documents X and Y (X before Y), the mutual pairs [x, y].
 */
function prefilterPairs(features: SentenceFeatures[][], skip: Array<Set<number>>, weights: TermWeights): (dx: number, dy: number) => Array<[number, number]> {
  const base: number[] = [];
  let total = 0;
  for (const doc of features) {
    base.push(total);
    total += doc.length;
  }
  const docOf = new Int32Array(total);
  features.forEach((doc, d) => doc.forEach((_, s) => (docOf[base[d] + s] = d)));
  const terms: string[][] = features.flatMap((doc, d) => doc.map((f, s) => (skip[d].has(s) ? [] : indexTerms(f))));
  const index = new Map<string, number[]>();
  terms.forEach((list, g) => {
    for (const t of list) {
      const postings = index.get(t);
      if (postings) postings.push(g);
      else index.set(t, [g]);
    }
  });
  // top[g] = per other document, its best partners (global sentence numbers).
  const top: Array<Map<number, number[]>> = [];
  const acc = new Float64Array(total);
  const touched: number[] = [];
  for (let g = 0; g < total; g++) {
    const d = docOf[g];
    for (const t of terms[g]) {
      const w = weights.weight(t);
      for (const h of index.get(t)!) {
        if (docOf[h] === d) continue;
        if (acc[h] === 0) touched.push(h);
        acc[h] += w;
      }
    }
    touched.sort((p, q) => acc[q] - acc[p] || p - q);
    const best = new Map<number, number[]>();
    for (const h of touched) {
      const list = best.get(docOf[h]);
      if (!list) best.set(docOf[h], [h]);
      else if (list.length < PREFILTER_TOP) list.push(h);
    }
    top.push(best);
    for (const h of touched) acc[h] = 0;
    touched.length = 0;
  }
  return (dx, dy) => {
    const pairs: Array<[number, number]> = [];
    for (let s = 0; s < features[dx].length; s++) {
      const g = base[dx] + s;
      for (const h of top[g].get(dy) ?? []) if (top[h].get(dx)?.includes(g)) pairs.push([s, h - base[dy]]);
    }
    return pairs;
  };
}

/**
 * Aligns two documents on prefiltered pairs only: the pairs fall into small
 * connected groups of sentences, and each group is aligned on its own, so the
 * aligner's rules (strongest pairs first, one-to-many merges, second claims)
 * apply unchanged while only plausible pairs are ever scored.
 */
function alignComponents(x: SentenceFeatures[], y: SentenceFeatures[], pairs: Array<[number, number]>, weights: TermWeights, threshold: number): Link[] {
  // Union-find over x sentences (0..x.length-1) and y sentences (x.length + j).
  const parent = new Map<number, number>();
  const find = (a: number): number => {
    let r = a;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(a, r);
    return r;
  };
  for (const [i, j] of pairs) {
    const a = find(i);
    const b = find(x.length + j);
    parent.set(a, a);
    parent.set(b, b);
    if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
  }
  const groups = new Map<number, { xs: number[]; ys: number[] }>();
  for (const node of [...parent.keys()].sort((p, q) => p - q)) {
    const root = find(node);
    const g = groups.get(root) ?? { xs: [], ys: [] };
    if (node < x.length) g.xs.push(node);
    else g.ys.push(node - x.length);
    groups.set(root, g);
  }
  const links: Link[] = [];
  for (const { xs, ys } of groups.values()) {
    if (xs.length === 0 || ys.length === 0) continue;
    if (xs.length === 1 && ys.length === 1) {
      // A lone pair: what alignSentences would decide, without building an index for it.
      const s = scorePair([x[xs[0]]], [y[ys[0]]], weights);
      if (s.score >= threshold && hasEnoughEvidence(s, [x[xs[0]]], [y[ys[0]]])) links.push({ x: [xs[0]], y: [ys[0]], score: s });
      continue;
    }
    for (const link of alignSentences(xs.map((i) => x[i]), ys.map((j) => y[j]), weights, threshold)) {
      links.push({ x: link.x.map((k) => xs[k]), y: link.y.map((k) => ys[k]), score: link.score });
    }
  }
  return links;
}

/** The terms candidate generation indexes a sentence by: content-word keys, and lemmas (prefixed) so "met" finds "meeting". */
function indexTerms(f: SentenceFeatures): string[] {
  const terms = new Set<string>();
  for (const i of f.content) {
    const t = f.tokens[i];
    terms.add(t.key);
    if (t.kind !== 'number' && t.lemma !== t.key) terms.add(`L:${t.lemma}`);
  }
  return [...terms];
}

/** Node key of sentence s of document d (documents hold far fewer than 2^26 sentences). */
const NODE = 1 << 26;
const nodeKey = (d: number, s: number) => d * NODE + s;

/**
 * Joins pairwise links into claims across sources (DESIGN §4: a claim several
 * sources share is ONE match naming all of them). With two sources every link
 * is its own claim. With more, links are taken strongest first and grow
 * claims like average-linkage clustering with two guards against chaining: a
 * claim may only hold sources each of which is directly linked to at least half
 * of its other sources, and two members that are not linked must still share
 * real evidence (two matched content words, the aligner's own minimum). So
 * A~B, B~C makes one claim of three when A and C share the facts too, but a
 * path A~B~C~D does not swallow D, whose sentence may share nothing with A's. Links that cannot join (a second claim of a long
 * sentence, or support too thin) are kept for a second pass in which each one
 * that still places an unplaced sentence becomes a claim of its own.
 */
function joinLinks(all: DocLink[], related: (d: number, xs: Iterable<number>, e: number, ys: Iterable<number>) => boolean): Claim[] {
  const order = [...all].sort(
    (p, q) => q.link.score.score - p.link.score.score || p.dx - q.dx || p.dy - q.dy || p.link.x[0] - q.link.x[0] || p.link.y[0] - q.link.y[0],
  );
  const adjacent = new Map<number, number[]>();
  const connect = (a: number, b: number) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const { dx, dy, link } of all) {
    for (const i of link.x) for (const j of link.y) {
      connect(nodeKey(dx, i), nodeKey(dy, j));
      connect(nodeKey(dy, j), nodeKey(dx, i));
    }
  }
  const claims: Claim[] = [];
  const owner = new Map<number, Claim>();
  const deferred: DocLink[] = [];

  /** Member documents of `claim` that some sentence of document d in `nodes` links to directly. */
  const linkedDocs = (claim: Claim, d: number, nodes: Iterable<number>): Set<number> => {
    const out = new Set<number>();
    for (const s of nodes) {
      for (const n of adjacent.get(nodeKey(d, s)) ?? []) {
        const e = Math.floor(n / NODE);
        if (e !== d && claim.members.get(e)?.has(n % NODE)) out.add(e);
      }
    }
    return out;
  };
  const need = (size: number) => Math.ceil((size - 1) / 2);
  const place = (claim: Claim, d: number, nodes: number[]) => {
    const set = claim.members.get(d) ?? new Set<number>();
    for (const s of nodes) {
      set.add(s);
      if (!owner.has(nodeKey(d, s))) owner.set(nodeKey(d, s), claim);
    }
    claim.members.set(d, set);
  };
  const refresh = (claim: Claim) => {
    claim.linked = new Map([...claim.members].map(([d, nodes]) => [d, linkedDocs(claim, d, nodes)]));
  };
  const ownerOf = (d: number, nodes: number[]) => {
    for (const s of nodes) {
      const o = owner.get(nodeKey(d, s));
      if (o) return o;
    }
    return undefined;
  };

  for (const dl of order) {
    const { dx, dy, link } = dl;
    const kx = ownerOf(dx, link.x);
    const ky = ownerOf(dy, link.y);
    if (!kx && !ky) {
      const claim: Claim = { members: new Map(), links: [dl], linked: new Map() };
      place(claim, dx, link.x);
      place(claim, dy, link.y);
      refresh(claim);
      claims.push(claim);
    } else if (kx && ky && kx === ky) {
      kx.links.push(dl);
      place(kx, dx, link.x);
      place(kx, dy, link.y);
      refresh(kx);
    } else if (kx && ky) {
      if (!tryMerge(kx, ky)) deferred.push(dl);
      else {
        kx.links.push(dl);
        place(kx, dx, link.x);
        place(kx, dy, link.y);
        refresh(kx);
      }
    } else {
      // One side is placed in a claim, the other is new to every claim.
      const claim = (kx ?? ky)!;
      const [d, nodes, od, onodes] = kx ? [dy, link.y, dx, link.x] : [dx, link.x, dy, link.y];
      if (claim.members.has(d) || !canAdd(claim, d, nodes)) {
        deferred.push(dl);
        continue;
      }
      claim.links.push(dl);
      place(claim, od, onodes);
      place(claim, d, nodes);
      refresh(claim);
    }
  }

  // Second pass: a link that could not join still pairs up sentences nobody else placed. A link
  // between two sentences placed only in claims of those same two sources stays a claim of its
  // own too: a sentence carrying two claims pairs with two sentences of the other side, and a
  // second link between already-matched sentences is exactly that (ECB+ alignment recall 0.45 →
  // 0.75 with it). Decided per link, so a third source changes nothing between A and B unless
  // it joins the very claims those sentences are in.
  const pairOnly = (d: number, s: number, e: number) => {
    const claim = owner.get(nodeKey(d, s));
    return claim !== undefined && [...claim.members.keys()].every((k) => k === d || k === e);
  };
  for (const dl of deferred) {
    const { dx, dy, link } = dl;
    const fresh = link.x.some((i) => !owner.has(nodeKey(dx, i))) || link.y.some((j) => !owner.has(nodeKey(dy, j)));
    const withinPair = link.x.every((i) => pairOnly(dx, i, dy)) && link.y.every((j) => pairOnly(dy, j, dx));
    if (!fresh && !withinPair) continue;
    const claim: Claim = { members: new Map(), links: [dl], linked: new Map() };
    place(claim, dx, link.x);
    place(claim, dy, link.y);
    claims.push(claim);
  }
  return claims;

  function canAdd(claim: Claim, d: number, nodes: number[]): boolean {
    const size = claim.members.size + 1;
    const linked = linkedDocs(claim, d, nodes);
    if (linked.size < need(size)) return false;
    for (const [e, set] of claim.linked) if (set.size + (linked.has(e) ? 1 : 0) < need(size)) return false;
    for (const [e, members] of claim.members) if (!linked.has(e) && !related(d, nodes, e, members)) return false;
    return true;
  }

  function tryMerge(a: Claim, b: Claim): boolean {
    for (const d of b.members.keys()) if (a.members.has(d)) return false;
    const size = a.members.size + b.members.size;
    const cross = new Map<number, number>();
    for (const [d, nodes] of b.members) {
      const linked = linkedDocs(a, d, nodes);
      cross.set(d, linked.size);
      for (const e of linked) cross.set(e, (cross.get(e) ?? 0) + 1);
    }
    for (const claim of [a, b]) for (const [d, set] of claim.linked) if (set.size + (cross.get(d) ?? 0) < need(size)) return false;
    for (const [d, nodes] of b.members) {
      const linked = linkedDocs(a, d, nodes);
      for (const [e, members] of a.members) if (!linked.has(e) && !related(d, nodes, e, members)) return false;
    }
    for (const [d, nodes] of b.members) {
      const set = a.members.get(d) ?? new Set<number>();
      for (const s of nodes) {
        set.add(s);
        if (owner.get(nodeKey(d, s)) === b) owner.set(nodeKey(d, s), a);
      }
      a.members.set(d, set);
    }
    a.links.push(...b.links);
    refresh(a);
    b.members = new Map();
    b.links = [];
    return true;
  }
}

function buildMatch(p: Claim, docs: Document[], features: SentenceFeatures[][]): Omit<Match, 'id'> {
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
  const ids = order.map((d) => docs[d].id);
  return {
    relation,
    score: score.score,
    members,
    conflicts: sides.length > 2 ? mergeConflicts(conflicts, ids) : conflicts,
    notes: sides.length > 2 ? mergeConflicts(notes, ids, (srcs, v) => `${srcs.join(', ')}: ${v}`) : notes,
    evidence: strongest.link.score.evidence,
  };
}

/**
 * With three or more sources the rules report each disagreeing pair (A vs B,
 * B vs C, …). Pairwise findings of one kind that share a source giving the same
 * value are one disagreement: merged, they name every source on each side
 * ("A, C say two; B says three"). Notes are merged the same way ("A: attributed:
 * police said; B: stated as fact; C: attributed: officials said").
 */
export function mergeConflicts<T extends Conflict | Note>(
  conflicts: T[],
  sourceOrder: SourceId[],
  describe: (sources: SourceId[], value: string) => string = (srcs, v) => `${srcs.join(', ')} ${srcs.length === 1 ? 'says' : 'say'} ${v}`,
): T[] {
  const groups: T[][] = [];
  const norm = (v: string) => v.trim().toLowerCase();
  for (const c of conflicts) {
    const hits = groups.filter((g) => g[0].kind === c.kind && g.some((o) => Object.entries(c.values).some(([src, v]) => o.values[src] !== undefined && norm(o.values[src]) === norm(v))));
    if (hits.length === 0) groups.push([c]);
    else {
      const [first, ...rest] = hits;
      first.push(c);
      for (const g of rest) {
        first.push(...g);
        groups.splice(groups.indexOf(g), 1);
      }
    }
  }
  return groups.map((g) => {
    if (g.length === 1) return g[0];
    const values: Record<SourceId, string> = {};
    for (const src of sourceOrder) {
      const found = g.find((c) => c.values[src] !== undefined);
      if (found) values[src] = found.values[src];
    }
    // Sources grouped by the value they give, in source order: "A, C say two; B says three".
    const byValue = new Map<string, SourceId[]>();
    for (const [src, v] of Object.entries(values)) byValue.set(norm(v), [...(byValue.get(norm(v)) ?? []), src]);
    const explanation = [...byValue.values()].map((srcs) => describe(srcs, values[srcs[0]])).join('; ');
    return { kind: g[0].kind, values, explanation } as T;
  });
}
