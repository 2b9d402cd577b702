import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import gold from './austin-gallant.alignment.json' with { type: 'json' };
import { CORPUS_PAIR, corpusInput } from '../support/corpus.js';

/**
 * The corpus pair against a hand-made alignment: the claims a careful reader
 * pairs up must be matched (to one of their acceptable partners), and the
 * details only one article reports must stay unique.
 */
describe('corpus pair against the hand alignment', () => {
  const c = compare(CORPUS_PAIR.map(corpusInput));
  const partnersOf = (a: number): number[] =>
    c.matches
      .filter((m) => m.members.find((x) => x.source === 'A')?.sentences.includes(a - 1))
      .flatMap((m) => m.members.find((x) => x.source === 'B')?.sentences.map((i) => i + 1) ?? []);

  it.each(gold.pairs.map((p) => [p.A, p.B, p.why] as const))('A#%i is matched with one of B#%j (%s)', (a, b) => {
    expect(partnersOf(a).filter((x) => b.includes(x))).not.toEqual([]);
  });

  it.each(Object.entries(gold.unique).flatMap(([s, list]) => list.map((i) => [s, i] as const)))('%s#%i stays unique', (source, i) => {
    const unique = c.unique.filter((u) => u.source === source).flatMap((u) => u.sentences.map((k) => k + 1));
    expect(unique).toContain(i);
  });
});
