import stringSimilarity from 'string-similarity';
import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/features/extract-features.js';
import { segmentDocument } from '../../src/segment/segment-document.js';
import { synsetsFor } from '../../src/similarity/are-synonyms.js';
import { bestMatches, matchSide, SYNONYM_STRENGTH, VIA, type MatchKinds } from '../../src/similarity/match-words.js';
import type { Token } from '../../src/types.js';
import { CORPUS_PAIR, corpusInput } from '../support/corpus.js';

/**
 * The matcher as first written, with maps built per pair: the specification
 * the interned, per-sentence bestMatches must reproduce exactly.
 */
function referenceBestMatch(t: Token, to: Token[], kinds: MatchKinds): { strength: number; via: string; at: number } | null {
  const byKey = new Map<string, number>();
  const byLemma = new Map<string, number>();
  const bySynset = new Map<string, number>();
  const byInitial = new Map<string, number[]>();
  to.forEach((u, k) => {
    if (!byKey.has(u.key)) byKey.set(u.key, k);
    if (u.kind === 'number') return;
    if (!byLemma.has(u.lemma)) byLemma.set(u.lemma, k);
    if (kinds.synonyms !== false) for (const id of synsetsFor(u.lemma, u.pos)) if (!bySynset.has(id)) bySynset.set(id, k);
    if (kinds.fuzzy !== false && u.lower.length >= 5) byInitial.set(u.lower[0], [...(byInitial.get(u.lower[0]) ?? []), k]);
  });
  const exact = byKey.get(t.key);
  if (exact !== undefined) return { strength: 1, via: 'exact', at: exact };
  if (t.kind === 'number') return null;
  const lemma = byLemma.get(t.lemma);
  if (lemma !== undefined) return { strength: 1, via: 'lemma', at: lemma };
  if (kinds.synonyms !== false) {
    let at = -1;
    let related = false;
    for (const id of synsetsFor(t.lemma, t.pos)) {
      const k = bySynset.get(id);
      // The first position; at the same position a synonym wins over a related form ('x' ids).
      if (k !== undefined && (at < 0 || k < at || (k === at && related && id[0] !== 'x'))) {
        at = k;
        related = id[0] === 'x';
      }
    }
    if (at >= 0) return { strength: SYNONYM_STRENGTH, via: related ? 'related' : 'synonym', at };
  }
  if (kinds.fuzzy !== false && t.lower.length >= 5) {
    let best: { strength: number; via: string; at: number } | null = null;
    for (const k of byInitial.get(t.lower[0]) ?? []) {
      const u = to[k];
      const ratio = t.lower.length / u.lower.length;
      if (u.lower.length < 5 || t.lower[0] !== u.lower[0] || !(ratio > 0.6 && ratio < 1.67)) continue;
      const d = stringSimilarity.compareTwoStrings(t.lower, u.lower);
      const v = d >= 0.6 ? d * 0.8 : 0;
      if (v > 0 && (!best || v > best.strength)) best = { strength: v, via: 'fuzzy', at: k };
    }
    return best;
  }
  return null;
}

const content = (s: string) => {
  const f = extractFeatures(s);
  return f.content.map((i) => f.tokens[i]);
};

const SENTENCES = [
  ...CORPUS_PAIR.flatMap((path) => segmentDocument(corpusInput(path), 0).sentences.map((s) => s.text)),
  'They purchased the house for 150 dollars on Monday.',
  'They bought the houses for $150 last Monday, officials said.',
  'The bond is unshakeable, unshakable and unbreakable; the bonds were unbreakably strong.',
  'Rebels killed the governor; the rebel slew two governors and killed 2 more.',
];

describe('bestMatches', () => {
  const sides = SENTENCES.map(content);
  for (const kinds of [{}, { synonyms: false }, { fuzzy: false }, { synonyms: false, fuzzy: false }] as MatchKinds[]) {
    it(`matches every word as the per-pair maps did (${JSON.stringify(kinds)})`, () => {
      let matched = 0;
      for (const a of sides) {
        const from = matchSide(a);
        for (const b of sides) {
          const m = bestMatches(from, matchSide(b), kinds);
          a.forEach((t, i) => {
            const want = referenceBestMatch(t, b, kinds);
            const got = m.via[i] === 0 ? null : { strength: m.strength[i], via: VIA[m.via[i]], at: m.at[i] };
            expect(got).toEqual(want);
            if (got) matched++;
          });
        }
      }
      expect(matched).toBeGreaterThan(1000);
    });
  }

  it('finds every kind of match', () => {
    const a = matchSide(content('They purchased the unshakeable houses in 2020.'));
    const b = matchSide(content('They bought an unbreakable house in 2020.'));
    const m = bestMatches(a, b);
    expect(a.tokens.map((t, i) => `${t.lower}:${VIA[m.via[i]]}`)).toEqual(['purchased:synonym', 'unshakeable:fuzzy', 'houses:exact', '2020:exact']);
  });
});
