import { describe, expect, test } from 'vitest';
import { CANDIDATES_PER_SENTENCE, MAX_PROPOSALS, MIN_CANDIDATES, candidatesPerSentence, generateCandidates } from '../../src/align/generate-candidates.js';
import { extractFeatures } from '../../src/features/extract-features.js';
import { segmentDocument } from '../../src/segment/segment-document.js';
import { buildTermWeights } from '../../src/similarity/build-term-weights.js';
import type { SentenceFeatures } from '../../src/types.js';
import { CORPUS_PAIR, corpusInput } from '../support/corpus.js';

const featuresOf = (texts: string[]) => texts.map((t) => extractFeatures(t));
const [A, B] = CORPUS_PAIR.map((p) => segmentDocument(corpusInput(p), 0).sentences.map((s) => s.text));

/** Distinct content words two sentences share (by matching key or lemma). */
function sharedWords(a: SentenceFeatures, b: SentenceFeatures): number {
  const keys = new Set(b.content.map((i) => b.tokens[i].key));
  const lemmas = new Set(b.content.map((i) => b.tokens[i].lemma));
  const seen = new Set<string>();
  for (const i of a.content) {
    const t = a.tokens[i];
    if (keys.has(t.key) || (t.kind !== 'number' && lemmas.has(t.lemma))) seen.add(t.key);
  }
  return seen.size;
}

describe('generateCandidates', () => {
  const x = featuresOf(A);
  const y = featuresOf(B);
  const weights = buildTermWeights([...x, ...y]);
  const pairs = generateCandidates(x, y, weights);

  test('returns sorted, distinct, in-range pairs', () => {
    const keys = pairs.map(([i, j]) => `${i},${j}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...pairs].sort((p, q) => p[0] - q[0] || p[1] - q[1])).toEqual(pairs);
    for (const [i, j] of pairs) {
      expect(i).toBeGreaterThanOrEqual(0);
      expect(i).toBeLessThan(x.length);
      expect(j).toBeGreaterThanOrEqual(0);
      expect(j).toBeLessThan(y.length);
    }
  });

  test("each sentence's partner with the most words in common is a candidate, both ways", () => {
    const best = (f: SentenceFeatures, others: SentenceFeatures[]) => {
      const counts = others.map((o) => sharedWords(f, o));
      const top = Math.max(...counts);
      return top >= 2 ? counts.flatMap((n, j) => (n === top ? [j] : [])) : [];
    };
    x.forEach((f, i) => {
      const js = best(f, y);
      if (js.length > 0) expect(js.some((j) => pairs.some(([p, q]) => p === i && q === j)), `A#${i}`).toBe(true);
    });
    y.forEach((f, j) => {
      const is = best(f, x);
      if (is.length > 0) expect(is.some((i) => pairs.some(([p, q]) => p === i && q === j)), `B#${j}`).toBe(true);
    });
  });

  test('every proposed pair shares at least one indexed word', () => {
    for (const [i, j] of pairs) expect(sharedWords(x[i], y[j]), `A#${i} ~ B#${j}`).toBeGreaterThanOrEqual(1);
  });

  test('leaves out skipped sentences', () => {
    const skipped = generateCandidates(x, y, weights, new Set([0, 1]), new Set([2]));
    for (const [i, j] of skipped) {
      expect(i).toBeGreaterThan(1);
      expect(j).not.toBe(2);
    }
  });

  test('one sentence repeated thousands of times stays linear and still pairs each copy', () => {
    const n = 3000;
    const same = featuresOf(['Austin met Gallant at the Pentagon on Monday to discuss the war in Gaza.'])[0];
    const docX = new Array<SentenceFeatures>(n).fill(same);
    const w = buildTermWeights(docX.concat(docX));
    const out = generateCandidates(docX, docX, w);
    const keep = candidatesPerSentence(n);
    expect(out.length).toBeLessThanOrEqual(2 * n * keep);
    const covered = new Set(out.map(([i]) => i));
    expect(covered.size).toBe(n);
    // Each copy of the other side is proposed by at most MAX_PROPOSALS sentences plus its own picks.
    const into = new Map<number, number>();
    for (const [, j] of out) into.set(j, (into.get(j) ?? 0) + 1);
    for (const count of into.values()) expect(count).toBeLessThanOrEqual(MAX_PROPOSALS + keep);
  });

  test('a sentence finds its reworded copy among thousands of sentences sharing its common words', () => {
    const filler = Array.from({ length: 2000 }, (_, k) => `The minister said on Monday that talks in the capital would continue for ${k + 2} days.`);
    const target = 'Austin met Gallant at the Pentagon on Monday to discuss the war in Gaza.';
    const copy = 'On Monday, Gallant met Austin at the Pentagon to discuss the Gaza war.';
    const docX = featuresOf([...filler.slice(0, 1000), target]);
    const docY = featuresOf([...filler.slice(1000), copy]);
    const out = generateCandidates(docX, docY, buildTermWeights([...docX, ...docY]));
    expect(out).toContainEqual([1000, 1000]);
  });

  test('keeps fewer candidates per sentence as the other side grows, never fewer than the minimum', () => {
    expect(candidatesPerSentence(20)).toBe(CANDIDATES_PER_SENTENCE);
    expect(candidatesPerSentence(1000)).toBe(CANDIDATES_PER_SENTENCE);
    expect(candidatesPerSentence(2500)).toBeLessThan(CANDIDATES_PER_SENTENCE);
    expect(candidatesPerSentence(1_000_000)).toBe(MIN_CANDIDATES);
  });
});
