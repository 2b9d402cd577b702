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

  // A misquote is a content word replaced by another content word, or a negation dropped or added.
  it.each([
    ['a content word replaced mid-quote', 'The minister said exports were "set for a long stretch of steady growth," lifting the currency.', 'Exports are "set for a long stretch of strong growth," the minister told parliament.', 'steady', 'strong'],
    ['a negation added mid-quote', '"The ceasefire will hold through the weekend," the envoy told reporters.', '"The ceasefire will not hold through the weekend," the envoy told reporters.', '…', 'not'],
    ['a word replaced word for word at the end', '"The company is going to recover," the chief executive told staff.', '"The company is going to collapse," the chief executive told staff.', 'recover', 'collapse'],
    ['a negator cut away right before the shared words', 'The minister said she was "not going to resign over the report."', 'The minister said she was "going to resign over the report."', 'not', '…'],
    ['a word and its negative ("legal"/"illegal")', '"The strike is legal under the current law," the union said on Monday.', '"The strike is illegal under the current law," the union said on Monday.', 'legal', 'illegal'],
    ['numbers that differ by one letter ("million"/"billion")', '"We lost two million dollars on the deal," the founder said.', '"We lost two billion dollars on the deal," the founder said.', 'million', 'billion'],
  ])('flags %s', (_name, a, b, wa, wb) => {
    const c = run(a, b);
    expect(c).toHaveLength(1);
    expect(c[0].kind).toBe('quote');
    expect(c[0].explanation).toContain(`A has "${wa}" where B has "${wb}"`);
  });

  it.each([
    ['more words quoted at the start, a phrase dropped mid-quote', '"I believe there is a real chance that the talks will end the strike," the mediator said.', 'The mediator said there was "a real chance now that the talks will end the strike."'],
    ['a phrase trimmed from the middle', '"We reject and condemn the new election law, which was drafted in secret," the opposition leader said.', '"We reject the new election law drafted in secret," the opposition leader told supporters.'],
    ['function words changed ("if"/"whether", "is"/"was")', '"We cannot tell if the bridge we are building now is the one the city will need in twenty years," the engineer said.', '"We cannot tell whether the bridge we are building now was the one the city will need," the engineer said.'],
    ['"to"/"toward" and a dropped "the"', '"This brings us a step closer to showing that the virus can spread through the air," the researcher said.', '"I think this brings us a step closer toward showing that virus can spread through the air," the researcher said.'],
    ['a name for a pronoun, an added adverb', '"We played no part in the merger talks," a spokeswoman for Acme said.', '"Acme played absolutely no part in the merger talks," the spokeswoman said.'],
    ['spellings: hyphenated, one letter apart', '"Nobody trusts a deskbound general who has never seen a battlefield," the veteran said.', '"Nobody trusts a desk-bound general who has never seen a battlefield," the veteran said.'],
    ['contraction and an editors\' aside', '"We do not intend to sit back while the river is poisoned," the mayor said.', '"We don\'t intend to sit back while the river is poisoned (map)," she said.'],
    ['different ends with a negation away from the shared words', '"Clearly the data show that the drug works better in younger patients," she said.', '"We have not finished the trial, but the data show that the drug works in younger patients," she said.'],
    ['a negation said another way, words in other forms', '"I am aware of no threats against the jurors," the judge said.', '"I am aware of nobody who threatened the jurors," the judge said.'],
  ])('does not flag an excerpt or editing: %s', (_name, a, b) => {
    expect(run(a, b)).toEqual([]);
    expect(run(b, a)).toEqual([]);
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
