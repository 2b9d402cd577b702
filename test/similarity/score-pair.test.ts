import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_SCORE } from '../../src/classify/classify-match.js';
import { DEFAULT_THRESHOLD } from '../../src/compare.js';
import { extractFeatures } from '../../src/features/extract-features.js';
import { BACKGROUND_WEIGHTS, buildTermWeights } from '../../src/similarity/build-term-weights.js';
import { combine, FEATURE_NAMES, pairFeatures, scorePair } from '../../src/similarity/score-pair.js';
import { scoreTexts } from '../../src/score-texts.js';

/** Real news sentences (corpus/austin-gallant and wire-style leads). */
const SENTENCES = [
  'The Pentagon later characterized the exchange between Austin and Gallant as candid and direct.',
  'Secretary of Defense Lloyd J. Austin and his Israeli counterpart Yoav Gallant met to discuss military collaboration.',
  'The United States has warned against a ground offensive in Gaza, urging for a ceasefire to prevent further chaos.',
  'Tara Reid has entered a rehab program, the American Pie star\'s rep confirmed on Friday.',
  'Perennial party girl Tara Reid checked herself into Promises Treatment Center, her rep told People.',
  'A magnitude 6.1 earthquake struck off the coast of Indonesia on Tuesday, killing at least 12 people.',
  'Apple unveiled a new iPhone with a larger screen at an event in San Francisco.',
];

const score = (a: string, b: string) => scorePair([extractFeatures(a)], [extractFeatures(b)], BACKGROUND_WEIGHTS).score;

describe('scorePair', () => {
  it('is symmetric on real sentence pairs', () => {
    for (const a of SENTENCES) for (const b of SENTENCES) expect(score(a, b)).toBe(score(b, a));
  });

  it('is symmetric with collection weights too', () => {
    const feats = SENTENCES.map((s) => extractFeatures(s));
    const w = buildTermWeights(feats);
    for (const a of feats) for (const b of feats) expect(scorePair([a], [b], w).score).toBe(scorePair([b], [a], w).score);
  });

  it('scores a sentence against itself 1', () => {
    for (const s of SENTENCES) expect(score(s, s)).toBe(1);
  });

  it('scores unrelated sentences below the match threshold', () => {
    expect(score(SENTENCES[5], SENTENCES[6])).toBeLessThan(DEFAULT_THRESHOLD);
    expect(score(SENTENCES[3], SENTENCES[2])).toBeLessThan(DEFAULT_THRESHOLD);
    expect(scoreTexts(SENTENCES[5], SENTENCES[0]).relation).toBe('unrelated');
  });

  it('ranks a paraphrase of the same event above a sentence about another event', () => {
    expect(score(SENTENCES[3], SENTENCES[4])).toBeGreaterThan(score(SENTENCES[3], SENTENCES[1]));
    expect(score(SENTENCES[3], SENTENCES[4])).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('changes little when the words are reordered, and the pair stays an agreement', () => {
    const a = 'Police arrested the suspect in Paris on Friday after a two-day manhunt.';
    const b = 'On Friday, after a two-day manhunt, the suspect was arrested by police in Paris.';
    expect(score(a, b)).toBeGreaterThanOrEqual(AGREEMENT_SCORE);
    expect(1 - score(a, b)).toBeLessThan(0.25);
  });

  it('uses WordNet synonyms: a synonym scores higher than an unrelated word', () => {
    const base = 'The company will purchase the factory next year.';
    expect(score(base, 'The company will buy the factory next year.')).toBeGreaterThan(score(base, 'The company will paint the factory next year.'));
  });

  it('lowers the score when one side negates the claim', () => {
    const a = 'The minister said the army would withdraw from the city.';
    expect(score(a, 'The minister said the army would not withdraw from the city.')).toBeLessThan(score(a, a));
  });

  it('stays within 0..1 for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom(...SENTENCES), (x, s) => {
        const v = score(x, s);
        return v >= 0 && v <= 1 && Number.isFinite(v);
      }),
      { numRuns: 60 },
    );
  });

  it('explains itself: synonym and shared words appear in the evidence', () => {
    const s = scorePair([extractFeatures('Rebels killed the governor.')], [extractFeatures('Rebels slew the governor.')], BACKGROUND_WEIGHTS);
    expect(s.evidence.shared).toContain('governor');
  });

  it('scores and reports exactly what pairFeatures and combine give, for sentences and groups', () => {
    const feats = SENTENCES.map((s) => extractFeatures(s));
    const w = buildTermWeights(feats);
    const groups = [...feats.map((f) => [f]), [feats[0], feats[1]], [feats[3], feats[4]], [feats[2], feats[5], feats[6]]];
    const round = (v: number) => Math.round(v * 1e4) / 1e4;
    for (const a of groups) {
      for (const b of groups) {
        const s = scorePair(a, b, w);
        const p = pairFeatures(a, b, w);
        expect(s.score).toBe(round(combine(p.features)));
        expect(Object.keys(s.evidence.features)).toEqual([...FEATURE_NAMES, 'breadth']);
        for (const name of FEATURE_NAMES) expect(s.evidence.features[name]).toBe(round(p.features[name]));
        expect(s.evidence.features.breadth).toBe(round(p.breadth));
        expect(s.coverageA).toBe(round(p.coverageA));
        expect(s.coverageB).toBe(round(p.coverageB));
        // Shared words: each exact match once, in reading order of the first side.
        const exact = p.sa.tokens.filter((_, i) => p.ma[i]?.match.via === 'exact').map((t) => t.lower);
        expect(s.evidence.shared).toEqual([...new Set(exact)]);
      }
    }
  });
});
