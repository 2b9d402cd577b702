import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/align-sentences.js';
import { DEFAULT_THRESHOLD } from '../../src/compare.js';
import { extractFeatures } from '../../src/features/extract-features.js';
import { buildTermWeights } from '../../src/similarity/build-term-weights.js';

function align(a: string[], b: string[]) {
  const fa = a.map((s) => extractFeatures(s));
  const fb = b.map((s) => extractFeatures(s));
  const links = alignSentences(fa, fb, buildTermWeights([...fa, ...fb]), DEFAULT_THRESHOLD);
  const pairs = new Set<string>();
  for (const l of links) for (const i of l.x) for (const j of l.y) pairs.add(`${i}-${j}`);
  return { links, pairs };
}

describe('alignSentences', () => {
  it('pairs reworded sentences whatever their order', () => {
    const a = [
      'An earthquake of magnitude 6.4 struck northern Japan on Sunday morning.',
      'Officials said 14 people were injured and hundreds of homes lost power.',
      'The quake triggered a small tsunami warning that was lifted two hours later.',
    ];
    const b = [
      'A tsunami warning issued after the quake was lifted two hours later.',
      'Fourteen people were hurt and hundreds of homes lost power, officials said.',
      'A magnitude 6.4 earthquake hit northern Japan on Sunday.',
    ];
    const { pairs } = align(a, b);
    expect(pairs.has('0-2')).toBe(true);
    expect(pairs.has('1-1')).toBe(true);
    expect(pairs.has('2-0')).toBe(true);
    expect(pairs.has('0-0')).toBe(false);
  });

  it('matches one long sentence with the two short sentences that split its claims', () => {
    const a = ['The central bank raised interest rates by half a point on Thursday, and its governor warned that inflation would stay high until next spring.'];
    const b = [
      'The central bank raised interest rates by half a point on Thursday.',
      'Its governor warned that inflation would stay high until next spring.',
    ];
    const { pairs } = align(a, b);
    expect(pairs.has('0-0')).toBe(true);
    expect(pairs.has('0-1')).toBe(true);
  });

  it('leaves a sentence with no counterpart unmatched', () => {
    const a = [
      'Firefighters contained the wildfire near Athens after three days.',
      'The mayor thanked volunteers who had helped evacuate the villages.',
    ];
    const b = [
      'After three days, firefighters brought the wildfire near Athens under control.',
      'Tourism revenue in Greece rose by nine percent last year, the ministry reported.',
    ];
    const { pairs } = align(a, b);
    expect(pairs.has('0-0')).toBe(true);
    for (const p of pairs) expect(p === '0-0').toBe(true);
  });

  it('does not link two sentences whose only common ground is one story word', () => {
    const a = ['Israel said its army had completed the first phase of the operation.'];
    const b = ['Tourists returned to the beaches of Israel as the summer season opened.'];
    expect(align(a, b).links).toHaveLength(0);
  });
});
