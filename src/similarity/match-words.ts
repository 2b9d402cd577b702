import stringSimilarity from 'string-similarity';
import type { Token } from '../types.js';
import { areSynonyms } from './are-synonyms.js';

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
const SYNONYM_STRENGTH = 0.8;
const FUZZY_SCALE = 0.8;
const fuzzyCache = new Map<string, number>();

/** Dice similarity of two lower-case words, memoised (the vocabulary of a comparison is small). */
function dice(a: string, b: string): number {
  const k = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let v = fuzzyCache.get(k);
  if (v === undefined) {
    v = stringSimilarity.compareTwoStrings(a, b);
    if (fuzzyCache.size > 200_000) fuzzyCache.clear();
    fuzzyCache.set(k, v);
  }
  return v;
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
  if (kinds.fuzzy !== false && a.lower.length >= 5 && b.lower.length >= 5 && a.lower[0] === b.lower[0]) {
    const ratio = a.lower.length / b.lower.length;
    if (ratio > 0.6 && ratio < 1.67) {
      const d = dice(a.lower, b.lower);
      if (d >= FUZZY_MIN) return { strength: d * FUZZY_SCALE, via: 'fuzzy' };
    }
  }
  return null;
}
