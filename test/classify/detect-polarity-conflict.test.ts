import { describe, expect, it } from 'vitest';
import { detectPolarityConflict } from '../../src/classify/detect-polarity-conflict.js';
import { side } from './make-side.js';

const run = (a: string, b: string) => detectPolarityConflict(side('A', a), side('B', b));

describe('detectPolarityConflict', () => {
  it.each([
    ['market direction', 'Indian stocks close higher on Friday after the budget.', 'Indian stocks close lower on Friday after the budget.', 'higher', 'lower'],
    ['verbs of direction', 'The rupee rose against the dollar in early trade.', 'The rupee fell against the dollar in early trade.', 'rose', 'fell'],
    ['verdict', 'The jury convicted the former officer of manslaughter.', 'The jury acquitted the former officer of manslaughter.', 'convicted', 'acquitted'],
  ])('flags %s', (_name, a, b, va, vb) => {
    expect(run(a, b)).toEqual([{ kind: 'negation', values: { A: va, B: vb }, explanation: expect.any(String) }]);
  });

  it.each([
    ['negated opposite', 'The jury found the former officer not guilty of manslaughter.', 'The jury acquitted the former officer of manslaughter.'],
    ['same direction, other words', 'The central bank lowered interest rates by half a point.', 'Interest rates fell by half a point after the central bank decision.'],
    ['a movement both ways', 'Oil prices rose on Monday, then fell back in the afternoon.', 'Oil prices fell in the afternoon on Monday.'],
    ['different subjects', 'Stocks in Tokyo rose sharply on strong export data.', 'The yen fell against the euro as traders sold.'],
  ])('does not flag %s', (_name, a, b) => {
    expect(run(a, b)).toEqual([]);
  });
});
