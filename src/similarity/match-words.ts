import stringSimilarity from 'string-similarity';
import type { Token } from '../types.js';
import { lexicalRelation, RELATED, synsetsFor } from './are-synonyms.js';

/** How two words match, and how strongly (0..1). */
export interface WordMatch {
  strength: number;
  via: 'exact' | 'lemma' | 'synonym' | 'related' | 'fuzzy';
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
  const d = dice(a.lower, LOWERS.intern(a.lower), b.lower, LOWERS.intern(b.lower));
  return d >= FUZZY_MIN ? d * FUZZY_SCALE : 0;
}

/**
 * Interned ids of the strings the matcher compares, so that matching two
 * sentences compares small integers. One id space per kind of string (keys,
 * lemmas, synset ids, lower-case forms), each as dense as its vocabulary, so the
 * tables indexed by id stay small. Process-wide: ids mean nothing outside these
 * maps, and the maps only grow with the vocabulary seen.
 */
class Vocabulary {
  private ids = new Map<string, number>();
  clear(): void {
    this.ids = new Map();
  }
  get size(): number {
    return this.ids.size;
  }
  intern(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(s, id);
    }
    return id;
  }
}
const KEYS = new Vocabulary();
const LEMMAS = new Vocabulary();
const SYNSET_IDS = new Vocabulary();
const LOWERS = new Vocabulary();

/** Vocabulary size (all kinds together) past which trimVocabulary starts the tables afresh. */
const VOCABULARY_MAX = 1_000_000;
let generation = 0;

/** Changes whenever trimVocabulary starts afresh: tables indexed by interned ids must be rebuilt then. */
export function vocabularyGeneration(): number {
  return generation;
}

/**
 * Starts the interned-id tables afresh once they have grown past VOCABULARY_MAX
 * strings: a process that compares again and again (a server, the interactive
 * view, `storydiff score` on a long stream) would otherwise keep every word it ever
 * met. Called between comparisons only (compare, scoreTexts), when no prepared
 * sentence of an earlier one is used again: ids mean nothing across a reset.
 */
export function trimVocabulary(max: number = VOCABULARY_MAX): void {
  if (KEYS.size + LEMMAS.size + SYNSET_IDS.size + LOWERS.size <= max) return;
  for (const v of [KEYS, LEMMAS, SYNSET_IDS, LOWERS]) v.clear();
  listOf.clear();
  lemmaIds.clear();
  fuzzyCache.clear();
  fuzzyCached = 0;
  relatedId = new Uint8Array(1024);
  synFrom = new Int32Array(1024);
  synPool = new Int32Array(4096);
  lists = 1;
  // The stamp tables need no reset: their entries are from earlier epochs, so all stale.
  generation++;
}

/** The interned id of a matching key (Token.key). */
export function internKey(key: string): number {
  return KEYS.intern(key);
}

/**
 * Synset lists as interned ids, one list per distinct (lemma, part of speech):
 * list L holds synPool[synFrom[L]] … synPool[synFrom[L + 1] - 1]. Common verbs
 * have dozens of synsets, so sentences refer to lists instead of copying them.
 * List 0 is the empty list.
 */
const listOf = new Map<readonly string[], number>();
/** 1 for the interned ids of related forms ('x' ids: died ~ death), 0 for synsets proper. */
let relatedId = new Uint8Array(1024);
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
    for (const s of synsets) {
      const sid = SYNSET_IDS.intern(s);
      if (sid >= relatedId.length) {
        const grown = new Uint8Array(Math.max(2 * relatedId.length, sid + 1));
        grown.set(relatedId);
        relatedId = grown;
      }
      relatedId[sid] = s[0] === RELATED ? 1 : 0;
      synPool[end++] = sid;
    }
    synFrom[id + 1] = end;
    listOf.set(synsets, id);
  }
  return id;
}

/** A lemma's interned id and its synset list for the first part-of-speech tag met, and for any others. */
interface LemmaIds {
  id: number;
  tag: string;
  list: number;
  more: Map<string, number> | undefined;
}
const lemmaIds = new Map<string, LemmaIds>();

/** Lemma id and synset list of a word (both were a look-up each, and synsetsFor builds a key string). */
function lemmaAndSynsets(t: Token): { id: number; list: number } {
  let ids = lemmaIds.get(t.lemma);
  if (ids === undefined) {
    ids = { id: LEMMAS.intern(t.lemma), tag: t.pos, list: synsetList(t.lemma, t.pos), more: undefined };
    lemmaIds.set(t.lemma, ids);
  }
  if (ids.tag === t.pos) return ids;
  let list = ids.more?.get(t.pos);
  if (list === undefined) (ids.more ??= new Map()).set(t.pos, (list = synsetList(t.lemma, t.pos)));
  return { id: ids.id, list };
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
  /** Holds the layout above from `base` on (data[base + k] for k < tokens.length is token k's interned key). */
  data: Int32Array;
  base: number;
  /** Where the tail starts in data. */
  tailAt: number;
}

/**
 * Sentences' sides are cut from shared chunks: 20,000 small typed arrays would
 * each carry a few hundred bytes of bookkeeping (array and buffer objects, a
 * separate allocation outside the heap) on top of their ~440 bytes of data.
 * A chunk is freed with the last side in it.
 */
const CHUNK = 1 << 18;
let chunk = new Int32Array(0);
let chunkUsed = 0;

function allocate(size: number, pooled: boolean): { data: Int32Array; base: number } {
  if (!pooled || size > CHUNK / 8) return { data: new Int32Array(size), base: 0 };
  if (chunkUsed + size > chunk.length) {
    chunk = new Int32Array(CHUNK);
    chunkUsed = 0;
  }
  const base = chunkUsed;
  chunkUsed += size;
  return { data: chunk, base };
}

const KEY = 0;
const LEMMA_AT = 1;
const LOWER = 2;
const INITIAL = 3;
const LENGTH = 4;
const SYNSETS = 5;
const FIELDS = 6;

/**
 * The matcher's view of a list of content tokens, with `tail` kept after it;
 * `keys`, when given, are the tokens' interned keys. `pooled`: kept as long as
 * the sentence (cut from a shared chunk) rather than for one pair (its own array).
 */
export function matchSide(tokens: Token[], tail: ArrayLike<number> = [], keys?: ArrayLike<number>, pooled = false): MatchSide {
  const n = tokens.length;
  const { data, base } = allocate(FIELDS * n + tail.length, pooled);
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    data[base + KEY * n + k] = keys ? keys[k] : KEYS.intern(t.key);
    data[base + LOWER * n + k] = -1;
    data[base + INITIAL * n + k] = t.lower.length > 0 ? t.lower.charCodeAt(0) : -1;
    data[base + LENGTH * n + k] = t.lower.length;
    if (t.kind === 'number') {
      data[base + LEMMA_AT * n + k] = -1;
      data[base + SYNSETS * n + k] = 0;
      continue;
    }
    const ids = lemmaAndSynsets(t);
    data[base + LEMMA_AT * n + k] = ids.id;
    data[base + SYNSETS * n + k] = ids.list;
  }
  const tailAt = base + FIELDS * n;
  data.set(tail, tailAt);
  return { tokens, data, base, tailAt };
}

/** Kinds of match found by bestMatches, as stored in BestMatches.via. */
export const VIA: ReadonlyArray<WordMatch['via'] | null> = [null, 'exact', 'lemma', 'synonym', 'fuzzy', 'related'];
const EXACT = 1;
const LEMMA = 2;
const SYNONYM = 3;
const FUZZY = 4;
const RELATED_FORM = 5;

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

/** A power of two at least `size` and at least `current`. */
const room = (current: number, size: number) => {
  let n = current;
  while (n < size) n *= 2;
  return n;
};

function nextEpoch(): void {
  // A table that grows starts empty, so every stamp in it is stale, whatever the epoch.
  if (keyStamp.length < KEYS.size) {
    keyStamp = new Int32Array(room(keyStamp.length, KEYS.size));
    keyAt = new Int32Array(keyStamp.length);
  }
  if (lemmaStamp.length < LEMMAS.size) {
    lemmaStamp = new Int32Array(room(lemmaStamp.length, LEMMAS.size));
    lemmaAt = new Int32Array(lemmaStamp.length);
  }
  if (synStamp.length < SYNSET_IDS.size) {
    synStamp = new Int32Array(room(synStamp.length, SYNSET_IDS.size));
    synAt = new Int32Array(synStamp.length);
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
  const tb = to.base;
  // Backwards, so that the first position of an id is the one left standing.
  for (let k = m - 1; k >= 0; k--) {
    const key = td[tb + k];
    keyStamp[key] = e;
    keyAt[key] = k;
    const lemma = td[tb + m + k];
    if (lemma < 0) continue;
    lemmaStamp[lemma] = e;
    lemmaAt[lemma] = k;
    if (synonyms) {
      const list = td[tb + SYNSETS * m + k];
      for (let s = synFrom[list]; s < synFrom[list + 1]; s++) {
        synStamp[synPool[s]] = e;
        synAt[synPool[s]] = k;
      }
    }
  }
  const n = from.tokens.length;
  const fd = from.data;
  const fb = from.base;
  const out = bestMatchesSpace(n, space);
  for (let i = 0; i < n; i++) {
    out.via[i] = 0;
    const key = fd[fb + i];
    if (keyStamp[key] === e) {
      out.via[i] = EXACT;
      out.strength[i] = 1;
      out.at[i] = keyAt[key];
      continue;
    }
    const lemma = fd[fb + n + i];
    if (lemma < 0) continue;
    if (lemmaStamp[lemma] === e) {
      out.via[i] = LEMMA;
      out.strength[i] = 1;
      out.at[i] = lemmaAt[lemma];
      continue;
    }
    if (synonyms) {
      let at = -1;
      let related = 0;
      const list = fd[fb + SYNSETS * n + i];
      for (let s = synFrom[list]; s < synFrom[list + 1]; s++) {
        const id = synPool[s];
        if (synStamp[id] !== e) continue;
        // The first position; at the same position a synonym wins over a related form.
        if (at < 0 || synAt[id] < at || (synAt[id] === at && related && !relatedId[id])) {
          at = synAt[id];
          related = relatedId[id];
        }
      }
      if (at >= 0) {
        out.via[i] = related ? RELATED_FORM : SYNONYM;
        out.strength[i] = SYNONYM_STRENGTH;
        out.at[i] = at;
        continue;
      }
    }
    const length = fd[fb + LENGTH * n + i];
    if (fuzzy && length >= 5) {
      // Spelling variants: words of five letters or more with the same first letter and similar length.
      const initial = fd[fb + INITIAL * n + i];
      let best = 0;
      for (let k = 0; k < m; k++) {
        if (td[tb + m + k] < 0 || td[tb + LENGTH * m + k] < 5 || td[tb + INITIAL * m + k] !== initial) continue;
        const ratio = length / td[tb + LENGTH * m + k];
        if (!(ratio > 0.6 && ratio < 1.67)) continue;
        if (fd[fb + LOWER * n + i] < 0) fd[fb + LOWER * n + i] = LOWERS.intern(from.tokens[i].lower);
        if (td[tb + LOWER * m + k] < 0) td[tb + LOWER * m + k] = LOWERS.intern(to.tokens[k].lower);
        const d = dice(from.tokens[i].lower, fd[fb + LOWER * n + i], to.tokens[k].lower, td[tb + LOWER * m + k]);
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
  const lexical = kinds.synonyms !== false ? lexicalRelation(a.lemma, a.pos, b.lemma, b.pos) : null;
  if (lexical) return { strength: SYNONYM_STRENGTH, via: lexical };
  if (kinds.fuzzy !== false) {
    const v = fuzzyStrength(a, b);
    if (v > 0) return { strength: v, via: 'fuzzy' };
  }
  return null;
}
