import { describe, expect, it } from 'vitest';
import { detectQuoteConflict } from '../../src/classify/detect-quote-conflict.js';
import { side } from './make-side.js';

const run = (a: string, b: string) => detectQuoteConflict(side('A', a), side('B', b));

describe('detectQuoteConflict', () => {
  it('flags a reworded quotation with its word diff', () => {
    const c = run('"This is a dark day for our democracy," the senator said after the vote.', '"This is a sad day for our country," the senator said after the vote.');
    expect(c).toHaveLength(1);
    expect(c[0].kind).toBe('quote');
    expect(c[0].values).toEqual({ A: 'This is a dark day for our democracy', B: 'This is a sad day for our country' });
    const onlyA = c[0].diff!.filter((d) => d.side === 'a').map((d) => d.text.trim());
    const onlyB = c[0].diff!.filter((d) => d.side === 'b').map((d) => d.text.trim());
    expect(onlyA).toEqual(['dark', 'democracy']);
    expect(onlyB).toEqual(['sad', 'country']);
  });

  it('flags curly and straight quotes alike', () => {
    const c = run('“We will rebuild every home that was lost,” the governor said.', '"We will rebuild every house that was destroyed," the governor said.');
    expect(c.map((x) => x.kind)).toEqual(['quote']);
  });

  it.each([
    ['same words, other punctuation', '“I agreed with Craig and Neil immediately that Ellen is the ideal host for this year’ s show,” said Cheryl Boone Isaacs.', 'Boone Isaacs said, "I agreed with Craig and Neil immediately that Ellen is the ideal host for this year\'s show."'],
    ['excerpt', '"We are ensuring that threatened and endangered species continue to receive the full protection of the law," Salazar said.', 'Salazar said the rule change meant "endangered species continue to receive the full protection of the law."'],
    ['excerpt with ellipsis', '"Gaza is suffering a humanitarian catastrophe, and the situation is getting even worse," Austin said.', '"Gaza is suffering a humanitarian catastrophe … getting even worse," Austin said.'],
    ['scare quote', 'Their bond is described as “unbreakable.”', 'Austin called the bond "unshakeable."'],
    ['different quotations', '"It is an honor to welcome back Ellen DeGeneres as the host," said Paul Lee.', '"We are thrilled to have Ellen DeGeneres host the Oscars," said Zadan and Meron.'],
    ['same words, different speakers (attribution, not misquote)', '"We will not negotiate with terrorists at any price," Foreign Minister Anna Kowalski said.', '"We will not negotiate with terrorists at all," Interior Minister Piotr Nowak said.'],
  ])('does not flag %s', (_name, a, b) => {
    expect(run(a, b)).toEqual([]);
  });
});
