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

/** Whether two words may be compared as spelling variants at all (cheap guards before Dice). */
function fuzzyCandidates(a: Token, b: Token): boolean {
  if (a.lower.length < 5 || b.lower.length < 5 || a.lower[0] !== b.lower[0]) return false;
  const ratio = a.lower.length / b.lower.length;
  return ratio > 0.6 && ratio < 1.67;
}

/** Strength of a spelling-variant match, or 0. */
function fuzzyStrength(a: Token, b: Token): number {
  if (a.kind === 'number' || b.kind === 'number' || !fuzzyCandidates(a, b)) return 0;
  const d = dice(a.lower, b.lower);
  return d >= FUZZY_MIN ? d * FUZZY_SCALE : 0;
}

/**
 * The tokens of one side indexed for matching, so that finding a word's best
 * match costs a few map look-ups instead of comparing it with every word of the
 * other side (scoring is the inner loop of alignment).
 */
export interface MatchIndex {
  tokens: Token[];
  byKey: Map<string, number>;
  byLemma: Map<string, number>;
  bySynset: Map<string, number>;
  byInitial: Map<string, number[]>;
}

export function indexTokens(tokens: Token[], kinds: MatchKinds = {}): MatchIndex {
  const index: MatchIndex = { tokens, byKey: new Map(), byLemma: new Map(), bySynset: new Map(), byInitial: new Map() };
  tokens.forEach((t, k) => {
    if (!index.byKey.has(t.key)) index.byKey.set(t.key, k);
    if (t.kind === 'number') return;
    if (!index.byLemma.has(t.lemma)) index.byLemma.set(t.lemma, k);
    if (kinds.synonyms !== false) for (const id of synsetsFor(t.lemma, t.pos)) if (!index.bySynset.has(id)) index.bySynset.set(id, k);
    if (kinds.fuzzy !== false && t.lower.length >= 5) {
      const list = index.byInitial.get(t.lower[0]);
      if (list) list.push(k);
      else index.byInitial.set(t.lower[0], [k]);
    }
  });
  return index;
}

/**
 * The best match of token `t` among the indexed tokens, with its position: the
 * same result as trying matchWords against each of them and keeping the first
 * strongest (exact, then lemma, then synonym, then the best spelling variant).
 */
export function bestMatch(t: Token, index: MatchIndex, kinds: MatchKinds = {}): { match: WordMatch; at: number } | null {
  const exact = index.byKey.get(t.key);
  if (exact !== undefined) return { match: { strength: 1, via: 'exact' }, at: exact };
  if (t.kind === 'number') return null;
  const lemma = index.byLemma.get(t.lemma);
  if (lemma !== undefined) return { match: { strength: 1, via: 'lemma' }, at: lemma };
  if (kinds.synonyms !== false) {
    let at = -1;
    let related = false;
    for (const id of synsetsFor(t.lemma, t.pos)) {
      const k = index.bySynset.get(id);
      // A synonym wins over a related form at the same position; otherwise the first position.
      if (k !== undefined && (at < 0 || k < at || (k === at && related && id[0] !== RELATED))) {
        at = k;
        related = id[0] === RELATED;
      }
    }
    if (at >= 0) return { match: { strength: SYNONYM_STRENGTH, via: related ? 'related' : 'synonym' }, at };
  }
  if (kinds.fuzzy !== false && t.lower.length >= 5) {
    let best: { match: WordMatch; at: number } | null = null;
    for (const k of index.byInitial.get(t.lower[0]) ?? []) {
      const v = fuzzyStrength(t, index.tokens[k]);
      if (v > 0 && (!best || v > best.match.strength)) best = { match: { strength: v, via: 'fuzzy' }, at: k };
    }
    return best;
  }
  return null;
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
