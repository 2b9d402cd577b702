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
    ['a content word replaced mid-quote', 'The chairman said the economy "could well be entering a period of extended growth," lifting shares.', 'The chairman told lawmakers the economy "could well be entering a period of sustained growth."', 'extended', 'sustained'],
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
    ['more words quoted at the start, a phrase dropped mid-quote', '"I think there is a growing confidence that the regulator is doing its job," the chairman said.', 'The chairman said there is a "growing confidence out there that the regulator is doing its job."'],
    ['a phrase trimmed from the middle', '"We condemn and reject the transitional council, which is backed by foreign powers," the cleric said.', '"We condemn the transitional council backed by foreign powers," the cleric said in a sermon.'],
    ['function words changed ("if"/"whether", "is"/"was")', '"I do not know if the man I am talking to now is the one who will be in charge next year," the mayor said.', '"I do not know whether the man I am talking to now was the one who will be in charge," the mayor said.'],
    ['"to"/"toward" and a dropped "the"', '"This moves us much closer to proving that the debris can do this kind of damage," the investigator said.', '"I think this moves us much closer toward proving that debris can do this kind of damage," the investigator said.'],
    ['a name for a pronoun, an added adverb', '"We had nothing to do with the board\'s decision," a company spokesman said.', '"Acme had absolutely nothing to do with the board\'s decision," the spokesman said.'],
    ['spellings: hyphenated, one letter apart', '"I question the motives of a deskbound president who plays the warrior," the senator said.', '"I question the motives of a desk-bound president who plays the warrior," the senator said.'],
    ['contraction and an editors\' aside', '"We do not want to stand by and watch this happen in Washington," the congressman said.', '"We don\'t want to stand by and watch this happen in Washington (news - web sites)," he said.'],
    ['different ends with a negation away from the shared words', '"Certainly what the evidence suggests is that we should take the threat very seriously," he added.', '"We do not know everything, but what the evidence suggests is that we should take the threat seriously," he said.'],
    ['a negation said another way, a word in another form', '"I know of no pressure on anyone," the minister said.', '"I know of nobody who pressured anyone," the minister said.'],
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
