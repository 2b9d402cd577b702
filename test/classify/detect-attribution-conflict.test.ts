import { describe, expect, it } from 'vitest';
import { detectAttributionConflict } from '../../src/classify/detect-attribution-conflict.js';
import { side } from './make-side.js';

const run = (a: string, b: string) => detectAttributionConflict(side('A', a), side('B', b));

describe('detectAttributionConflict', () => {
  it.each([
    ['the same quotation, different speakers', '"We will not negotiate with terrorists," Foreign Minister Anna Kowalski told reporters in Warsaw.', '"We will not negotiate with terrorists," Interior Minister Piotr Nowak told reporters in Warsaw.', 'Anna Kowalski', 'Piotr Nowak'],
    ['inverted speaker', '"Gaza is suffering a humanitarian catastrophe," asserted Lloyd Austin at the Pentagon.', '"Gaza is suffering a humanitarian catastrophe," said Antony Blinken at the Pentagon.', 'Lloyd Austin', 'Antony Blinken'],
    ['a role before the name', 'The attack was a war crime, said UN chief Antonio Guterres.', 'The attack was a war crime, said EU foreign policy chief Josep Borrell.', 'Antonio Guterres', 'Josep Borrell'],
    ['the same statement, different sources', 'The ceasefire will begin at dawn on Sunday, Prime Minister Anna Kowalski said.', 'The ceasefire will begin at dawn on Sunday, President Piotr Nowak said.', 'Anna Kowalski', 'Piotr Nowak'],
  ])('flags %s', (_name, a, b, va, vb) => {
    const c = run(a, b);
    expect(c).toHaveLength(1);
    expect(c[0].kind).toBe('attribution');
    expect(c[0].values.A).toContain(va);
    expect(c[0].values.B).toContain(vb);
  });

  it.each([
    ['reportedly', 'The suspect reportedly fled the country before the arrest warrant was issued.', 'The suspect fled the country before the arrest warrant was issued.'],
    ['allegedly', 'A 61-year-old man was charged after allegedly opening fire at an office party.', 'A former employee opened fire at an office party, killing one person.'],
  ])('flags a hedged vs a flat claim: %s', (_name, a, b) => {
    const c = run(a, b);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ kind: 'attribution', values: { B: 'stated as fact' } });
  });

  it.each([
    ['name variants', '"We had nothing to do with the decision," Microsoft spokesman Sean Sundwell said.', '"We had nothing to do with the decision," Sundwall said.'],
    ['role vs person', 'Google CEO says Android is important but not critical.', 'Larry Page says Android is important but not critical.'],
    ['different statements', '"It is an honor to welcome back Ellen DeGeneres as the host," said Paul Lee.', '"I agreed that Ellen is the ideal host for this year\'s show," said Cheryl Boone Isaacs.'],
    ['hedge covers something the other side does not say', 'Gary Ross has reportedly pulled out of negotiations to direct the sequel.', 'Gary Ross is in negotiations to direct the sequel.'],
    ['flat side has its own source', 'The suspect reportedly fled the country before the warrant was issued.', 'The suspect fled the country before the warrant was issued, police said.'],
    ['fact vs "police said" is not a conflict', 'Two men were arrested at the scene, police said.', 'Two men were arrested at the scene.'],
  ])('does not flag %s', (_name, a, b) => {
    expect(run(a, b)).toEqual([]);
  });
});
