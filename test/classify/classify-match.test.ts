import { describe, expect, it } from 'vitest';
import { classifyMatch } from '../../src/classify/classify-match.js';
import { scoreTexts } from '../../src/score-texts.js';
import type { PairScore } from '../../src/types.js';
import hand from '../eval/hand-conflict-pairs.json' with { type: 'json' };
import { side } from './make-side.js';

const scored = (score: number): PairScore => ({ score, coverageA: 1, coverageB: 1, evidence: { shared: [], similar: [], names: [], numbers: [], features: {} } });

describe('classifyMatch', () => {
  it('names the sources on each side of a conflict among three sources', () => {
    const c = classifyMatch(
      [
        side('A', 'Two undersea cables linking the islands to the mainland were damaged.'),
        side('B', 'Two undersea cables linking the islands to the mainland were cut.'),
        side('C', 'Three undersea cables linking the islands to the mainland were damaged.'),
      ],
      scored(0.8),
    );
    expect(c.relation).toBe('conflict');
    expect(c.conflicts.map((x) => x.values)).toEqual([
      { A: 'Two undersea cables', C: 'Three undersea cables' },
      { B: 'Two undersea cables', C: 'Three undersea cables' },
    ]);
  });

  it('keeps a tone difference as a note on a match that agrees', () => {
    const c = classifyMatch(
      [side('A', 'The Pentagon characterized the exchange between the two ministers as candid and direct.'), side('B', 'The exchange between the two ministers was cautious.')],
      scored(0.8),
    );
    expect(c.relation).toBe('agreement');
    expect(c.notes.map((n) => n.kind)).toEqual(['characterisation']);
  });
});

describe('symmetry', () => {
  it.each([...hand.conflict, ...hand.agree].map((p) => [p.id, p.a, p.b]))('%s: the same kinds of conflict whichever side comes first', (_id, a, b) => {
    const kinds = (x: string, y: string) => classifyMatch([side('A', x), side('B', y)], scored(0.8)).conflicts.map((c) => c.kind).sort();
    expect(kinds(a, b)).toEqual(kinds(b, a));
  });
});

describe('storydiff score relation on hand-made pairs', () => {
  it.each(hand.conflict.map((p) => [p.id, p.a, p.b]))('%s is a conflict', (_id, a, b) => {
    expect(scoreTexts(a, b).relation).toBe('conflict');
  });

  it.each(hand.agree.map((p) => [p.id, p.a, p.b]))('%s is not a conflict', (_id, a, b) => {
    const s = scoreTexts(a, b);
    expect(s.relation).not.toBe('conflict');
    expect(s.conflicts).toEqual([]);
  });
});
