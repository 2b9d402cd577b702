import stringSimilarity from 'string-similarity';
import type { Token } from '../types.js';
import { areSynonyms, synsetsFor } from './are-synonyms.js';

/** How two words match, and how strongly (0..1). */
export interface WordMatch {
  strength: number;
  via: 'exact' | 'lemma' | 'synonym' | 'fuzzy';
}

/** Which kinds of soft match are allowed (all by default; the evaluation's ablation turns them off). */
export interface MatchKinds {
  synonyms?: boolean;
  fuzzy?: boolean;
}

/** Dice over letter pairs at or above which two words count as spelling variants (DESIGN §5: "unshakeable" ~ "unbreakable" = 0.60). */
const FUZZY_MIN = 0.6;
/**
 * Strength of a WordNet synonym and of a spelling variant relative to the same
 * word. Below 1 because a synonym is weaker evidence than the same word
 * ("bank" the river vs the firm); the regression weighs soft and exact overlap
 * separately on top of this.
 */
export const SYNONYM_STRENGTH = 0.8;
const FUZZY_SCALE = 0.8;
const fuzzyCache = new Map<number, Map<number, number>>();
let fuzzyCached = 0;

/**
 * Dice similarity of two lower-case words given with their interned ids, memoised
 * (the vocabulary of a comparison is small). Keyed by the ids, so a look-up builds
 * no string; compareTwoStrings is symmetric, so one entry serves both orders.
 */
function dice(a: string, idA: number, b: string, idB: number): number {
  const lo = idA < idB ? idA : idB;
  const hi = idA < idB ? idB : idA;
  let row = fuzzyCache.get(lo);
  let v = row?.get(hi);
  if (v === undefined) {
    v = stringSimilarity.compareTwoStrings(a, b);
    if (fuzzyCached > 200_000) {
      fuzzyCache.clear();
      fuzzyCached = 0;
      row = undefined;
    }
    if (!row) fuzzyCache.set(lo, (row = new Map()));
    row.set(hi, v);
    fuzzyCached++;
  }
  return v;
}

/** Whether two words may be compared as spelling variants at all (cheap guards before Dice). */
function fuzzyCandidates(a: Token, b: Token): boolean {
  if (a.lower.length < 5 || b.lower.length < 5 || a.lower[0] !== b.lower[0]) return false;
  const ratio = a.lower.length / b.lower.length;
  return ratio > 0.6 && ratio < 1.67;
}

/** Strength of a spelling-variant match, or 0. */
function fuzzyStrength(a: Token, b: Token): number {
  if (a.kind === 'number' || b.kind === 'number' || !fuzzyCandidates(a, b)) return 0;
  const d = dice(a.lower, intern(a.lower), b.lower, intern(b.lower));
  return d >= FUZZY_MIN ? d * FUZZY_SCALE : 0;
}

/**
 * Interned ids of the strings the matcher compares (keys, lemmas, lower-case
 * forms, synset ids), so that matching two sentences compares small integers.
 * One table for the process: ids mean nothing outside it and the table only
 * grows with the vocabulary seen.
 */
const ids = new Map<string, number>();
export function intern(s: string): number {
  let id = ids.get(s);
  if (id === undefined) {
    id = ids.size;
    ids.set(s, id);
  }
  return id;
}

/**
 * Synset lists as interned ids, one list per distinct (lemma, part of speech):
 * list L holds synPool[synFrom[L]] … synPool[synFrom[L + 1] - 1]. Common verbs
 * have dozens of synsets, so sentences refer to lists instead of copying them.
 * List 0 is the empty list.
 */
const listOf = new Map<readonly string[], number>();
let synFrom = new Int32Array(1024);
let synPool = new Int32Array(4096);
let lists = 1;

function synsetList(lemma: string, pos: string): number {
  // synsetsFor returns one array per (lemma, WordNet part of speech), so the array names the list.
  const synsets = synsetsFor(lemma, pos);
  if (synsets.length === 0) return 0;
  let id = listOf.get(synsets);
  if (id === undefined) {
    id = lists++;
    if (lists + 1 > synFrom.length) {
      const grown = new Int32Array(2 * synFrom.length);
      grown.set(synFrom);
      synFrom = grown;
    }
    let end = synFrom[id];
    if (end + synsets.length > synPool.length) {
      const grown = new Int32Array(Math.max(2 * synPool.length, end + synsets.length));
      grown.set(synPool);
      synPool = grown;
    }
    for (const s of synsets) synPool[end++] = intern(s);
    synFrom[id + 1] = end;
    listOf.set(synsets, id);
  }
  return id;
}

/** A lemma's interned id and its synset lists by part-of-speech tag (few tags per lemma: a list scan). */
interface LemmaIds {
  id: number;
  tags: string[];
  lists: number[];
}
const lemmaIds = new Map<string, LemmaIds>();

/** Lemma id and synset list of a word in one look-up (both were a look-up each, and synsetsFor builds a key string). */
function lemmaAndSynsets(t: Token): LemmaIds {
  let ids = lemmaIds.get(t.lemma);
  if (ids === undefined) lemmaIds.set(t.lemma, (ids = { id: intern(t.lemma), tags: [], lists: [] }));
  if (!ids.tags.includes(t.pos)) {
    ids.tags.push(t.pos);
    ids.lists.push(synsetList(t.lemma, t.pos));
  }
  return ids;
}

/**
 * The content tokens of one side (a sentence or a sentence group) as the matcher
 * reads them, worked out once per sentence: each token's key, lemma and synsets
 * as interned ids. Scoring is the inner loop of alignment and every sentence is
 * scored against several partners, so nothing here is recomputed per pair.
 * One flat array per sentence (20,000 sentences stay a few MB), laid out as
 * n keys | n lemmas (-1 for numbers: they only ever match exactly) | n lower-case
 * form ids (the Dice cache key, -1 until a spelling comparison needs it) | n first UTF-16 units of the lower-case form |
 * n lengths of it (the cheap spelling-variant guards) | n synset lists (of each
 * word's part of speech; 0, the empty list, for numbers) | whatever the caller
 * asked to keep with them (the tail).
 */
export interface MatchSide {
  /** Content tokens, in reading order. */
  tokens: Token[];
  /** The layout above; data[k] for k < tokens.length is token k's interned key. */
  data: Int32Array;
  /** Where the tail starts in data. */
  tailAt: number;
}

const KEY = 0;
const LEMMA_AT = 1;
const LOWER = 2;
const INITIAL = 3;
const LENGTH = 4;
const SYNSETS = 5;
const FIELDS = 6;

/**
 * The matcher's view of a list of content tokens, with `tail` kept after it (one
 * array per sentence); `keys`, when given, are the tokens' interned keys.
 */
export function matchSide(tokens: Token[], tail: ArrayLike<number> = [], keys?: ArrayLike<number>): MatchSide {
  const n = tokens.length;
  const data = new Int32Array(FIELDS * n + tail.length);
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    data[KEY * n + k] = keys ? keys[k] : intern(t.key);
    data[LOWER * n + k] = -1;
    data[INITIAL * n + k] = t.lower.length > 0 ? t.lower.charCodeAt(0) : -1;
    data[LENGTH * n + k] = t.lower.length;
    if (t.kind === 'number') {
      data[LEMMA_AT * n + k] = -1;
      data[SYNSETS * n + k] = 0;
      continue;
    }
    const ids = lemmaAndSynsets(t);
    data[LEMMA_AT * n + k] = ids.id;
    data[SYNSETS * n + k] = ids.lists[ids.tags.indexOf(t.pos)];
  }
  const tailAt = FIELDS * n;
  data.set(tail, tailAt);
  return { tokens, data, tailAt };
}

/** Kinds of match found by bestMatches, as stored in BestMatches.via. */
export const VIA: ReadonlyArray<WordMatch['via'] | null> = [null, 'exact', 'lemma', 'synonym', 'fuzzy'];
const EXACT = 1;
const LEMMA = 2;
const SYNONYM = 3;
const FUZZY = 4;

/** For each token of one side, its best match on the other: kind (index into VIA, 0 = none), strength and position. */
export interface BestMatches {
  via: Uint8Array;
  strength: Float64Array;
  at: Int32Array;
}

/** Room for the best matches of `n` tokens: `reuse` when it is large enough (scratch space, read before the next call). */
export function bestMatchesSpace(n: number, reuse?: BestMatches): BestMatches {
  if (reuse && reuse.via.length >= n) return reuse;
  const size = Math.max(n, 64, 2 * (reuse?.via.length ?? 0));
  return { via: new Uint8Array(size), strength: new Float64Array(size), at: new Int32Array(size) };
}

/**
 * First position of each id on the side being matched against, valid where the
 * stamp equals the current epoch: filled once per bestMatches call in O(tokens),
 * never cleared (a new epoch invalidates all of it).
 */
let epoch = 0;
let keyStamp = new Int32Array(1024);
let keyAt = new Int32Array(1024);
let lemmaStamp = new Int32Array(1024);
let lemmaAt = new Int32Array(1024);
let synStamp = new Int32Array(1024);
let synAt = new Int32Array(1024);

function nextEpoch(): void {
  if (keyStamp.length < ids.size) {
    let size = keyStamp.length;
    while (size < ids.size) size *= 2;
    keyStamp = new Int32Array(size);
    keyAt = new Int32Array(size);
    lemmaStamp = new Int32Array(size);
    lemmaAt = new Int32Array(size);
    synStamp = new Int32Array(size);
    synAt = new Int32Array(size);
    epoch = 0;
  }
  if (epoch === 0x7fffffff) {
    keyStamp.fill(0);
    lemmaStamp.fill(0);
    synStamp.fill(0);
    epoch = 0;
  }
  epoch++;
}

/**
 * For every token of `from`, its best match among the tokens of `to`: the first
 * token with the same key (exact); for words, else the first with the same lemma,
 * else the first that shares a WordNet synset of the word's part of speech
 * (synonym), else the strongest spelling variant (the first of equals). Numbers
 * only ever match exactly. Entries past from.tokens.length are left as they were.
 */
export function bestMatches(from: MatchSide, to: MatchSide, kinds: MatchKinds = {}, space?: BestMatches): BestMatches {
  const synonyms = kinds.synonyms !== false;
  const fuzzy = kinds.fuzzy !== false;
  nextEpoch();
  const e = epoch;
  const m = to.tokens.length;
  const td = to.data;
  // Backwards, so that the first position of an id is the one left standing.
  for (let k = m - 1; k >= 0; k--) {
    const key = td[k];
    keyStamp[key] = e;
    keyAt[key] = k;
    const lemma = td[m + k];
    if (lemma < 0) continue;
    lemmaStamp[lemma] = e;
    lemmaAt[lemma] = k;
    if (synonyms) {
      const list = td[SYNSETS * m + k];
      for (let s = synFrom[list]; s < synFrom[list + 1]; s++) {
        synStamp[synPool[s]] = e;
        synAt[synPool[s]] = k;
      }
    }
  }
  const n = from.tokens.length;
  const fd = from.data;
  const out = bestMatchesSpace(n, space);
  for (let i = 0; i < n; i++) {
    out.via[i] = 0;
    const key = fd[i];
    if (keyStamp[key] === e) {
      out.via[i] = EXACT;
      out.strength[i] = 1;
      out.at[i] = keyAt[key];
      continue;
    }
    const lemma = fd[n + i];
    if (lemma < 0) continue;
    if (lemmaStamp[lemma] === e) {
      out.via[i] = LEMMA;
      out.strength[i] = 1;
      out.at[i] = lemmaAt[lemma];
      continue;
    }
    if (synonyms) {
      let at = -1;
      const list = fd[SYNSETS * n + i];
      for (let s = synFrom[list]; s < synFrom[list + 1]; s++) {
        const id = synPool[s];
        if (synStamp[id] === e && (at < 0 || synAt[id] < at)) at = synAt[id];
      }
      if (at >= 0) {
        out.via[i] = SYNONYM;
        out.strength[i] = SYNONYM_STRENGTH;
        out.at[i] = at;
        continue;
      }
    }
    const length = fd[LENGTH * n + i];
    if (fuzzy && length >= 5) {
      // Spelling variants: words of five letters or more with the same first letter and similar length.
      const initial = fd[INITIAL * n + i];
      let best = 0;
      for (let k = 0; k < m; k++) {
        if (td[m + k] < 0 || td[LENGTH * m + k] < 5 || td[INITIAL * m + k] !== initial) continue;
        const ratio = length / td[LENGTH * m + k];
        if (!(ratio > 0.6 && ratio < 1.67)) continue;
        if (fd[LOWER * n + i] < 0) fd[LOWER * n + i] = intern(from.tokens[i].lower);
        if (td[LOWER * m + k] < 0) td[LOWER * m + k] = intern(to.tokens[k].lower);
        const d = dice(from.tokens[i].lower, fd[LOWER * n + i], to.tokens[k].lower, td[LOWER * m + k]);
        const v = d >= FUZZY_MIN ? d * FUZZY_SCALE : 0;
        if (v > 0 && v > best) {
          best = v;
          out.via[i] = FUZZY;
          out.strength[i] = v;
          out.at[i] = k;
        }
      }
    }
  }
  return out;
}

/**
 * The best way two content tokens match: the same stem or number (exact), the
 * same dictionary form (lemma: "met" ~ "meeting"), a WordNet synonym
 * ("purchase" ~ "buy"), or a spelling variant (Dice ≥ FUZZY_MIN over words of
 * five letters or more with the same first letter and similar length, so that
 * short words and unrelated words sharing a suffix do not match).
 * Numbers only ever match exactly.
 */
export function matchWords(a: Token, b: Token, kinds: MatchKinds = {}): WordMatch | null {
  if (a.key === b.key) return { strength: 1, via: 'exact' };
  if (a.kind === 'number' || b.kind === 'number') return null;
  if (a.lemma === b.lemma) return { strength: 1, via: 'lemma' };
  if (kinds.synonyms !== false && areSynonyms(a.lemma, a.pos, b.lemma, b.pos)) return { strength: SYNONYM_STRENGTH, via: 'synonym' };
  if (kinds.fuzzy !== false) {
    const v = fuzzyStrength(a, b);
    if (v > 0) return { strength: v, via: 'fuzzy' };
  }
  return null;
}
