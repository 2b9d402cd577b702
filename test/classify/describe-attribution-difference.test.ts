import { describe, expect, it } from 'vitest';
import { classifyMatch } from '../../src/classify/classify-match.js';
import { describeAttributionDifference } from '../../src/classify/describe-attribution-difference.js';
import type { PairScore } from '../../src/types.js';
import { side } from './make-side.js';

const run = (a: string, b: string) => describeAttributionDifference(side('A', a), side('B', b));
const scored = (score: number): PairScore => ({ score, coverageA: 1, coverageB: 1, evidence: { shared: [], similar: [], names: [], numbers: [], features: {} } });

describe('describeAttributionDifference', () => {
  it.each([
    ['holder after the claim', 'Two men were arrested at the scene, police said.', 'Two men were arrested at the scene.', 'police said', 'police'],
    ['reported clause', 'Police said the suspect fled the country before the warrant was issued.', 'The suspect fled the country before the warrant was issued.', 'Police said', 'Police'],
    ['inverted verb', 'The bridge will reopen on Friday, said a spokesman for the city.', 'The bridge will reopen on Friday.', 'said a spokesman', 'a spokesman'],
    ['according to', 'According to the health ministry, 12 people died in the floods.', 'Twelve people died in the floods.', 'According to the health ministry', 'the health ministry'],
    ['according to, first in the sentence', 'According to police, the driver hit a woman in the parking lot of the store.', 'The driver hit a woman in the parking lot of the store.', 'According to police', 'police'],
    ['a long name as the holder', 'The Academy of Motion Picture Arts and Sciences announced that Ellen DeGeneres would host the Oscars.', 'Ellen DeGeneres will host the Oscars.', 'The Academy of Motion Picture Arts and Sciences announced', 'The Academy of Motion Picture Arts and Sciences'],
    ['two holders', 'Ellen DeGeneres will host the Oscars, said Zadan and Meron.', 'Ellen DeGeneres will host the Oscars.', 'said Zadan and Meron', 'Zadan and Meron'],
    ['told with a listener', 'Officials told reporters that the bridge would reopen on Friday.', 'The bridge will reopen on Friday.', 'Officials told', 'Officials'],
    ['a headline', 'Westgate attackers spent four months planning in Nairobi, says official', 'Westgate mall attackers spent four months planning in Nairobi', 'says official', 'official'],
  ])('notes a claim stated as fact by one side and credited by the other: %s', (_name, a, b, phrase, who) => {
    const n = run(a, b);
    expect(n).toHaveLength(1);
    expect(n[0].kind).toBe('attribution');
    expect(n[0].values).toEqual({ A: `attributed: ${phrase}`, B: 'stated as fact' });
    expect(n[0].explanation).toContain(`A credits this to ${who}`);
    expect(n[0].explanation).toContain('B states it as fact');
  });

  it('reads the same whichever side comes first', () => {
    const n = run('Two men were arrested at the scene.', 'Two men were arrested at the scene, police said.');
    expect(n).toHaveLength(1);
    expect(n[0].values).toEqual({ A: 'stated as fact', B: 'attributed: police said' });
    expect(Object.keys(n[0].values)).toEqual(['A', 'B']);
    expect(n[0].explanation).toMatch(/^B credits this to police/);
  });

  it('says the holder is unnamed when the reporting verb has a pronoun', () => {
    const n = run('The company will close the plant next year, he said.', 'The company will close the plant next year.');
    expect(n[0].values.A).toBe('attributed: he said');
    expect(n[0].explanation).toContain("someone's statement");
  });

  it.each([
    ['both sides credit the claim', 'Two men were arrested at the scene, police said.', 'Two men were arrested at the scene, officials said.'],
    ['neither side credits it', 'Two men were arrested at the scene.', 'Two men were detained at the scene.'],
    ['a reporting verb as the claim\'s own verb (announce)', 'Apple announced a new iPhone on Tuesday.', 'Apple unveiled a new iPhone on Tuesday.'],
    ['a reporting verb as the claim\'s own verb (report)', 'The company reported a loss of $5 million in the quarter.', 'The company lost $5 million in the quarter.'],
    ['a passive reporting verb', 'The first case of the illness was reported in Texas.', 'The first case of the illness appeared in Texas.'],
    ['the reporting verb is inside a quotation', 'Protesters carried a banner reading "Police said the march was banned" through the city.', 'Protesters carried a banner through the city.'],
    ['the other side hedges', 'The suspect fled the country before the warrant was issued, police said.', 'The suspect reportedly fled the country before the warrant was issued.'],
    ['the other side credits it in a headline', 'Two men were arrested at the scene, police said.', 'Police: two men arrested at the scene'],
    ['the other side quotes it', 'Two men were arrested at the scene, police said.', 'Officers confirmed "two men were arrested at the scene".'],
    ['the other side has a verb of stance', 'Red grapes and blueberries boost the immune system, scientists said.', 'A study found that red grapes and blueberries boost the immune system.'],
    ['a denial reverses the claim', 'The minister denied that the army shelled the village.', 'The army shelled the village.'],
    ['different claims', 'Two men were arrested at the scene, police said.', 'The storm knocked out power to thousands of homes.'],
  ])('no note when %s', (_name, a, b) => {
    expect(run(a, b)).toEqual([]);
    expect(run(b, a)).toEqual([]);
  });
});

describe('classifyMatch with an attribution difference', () => {
  it('keeps fact vs "police said" a note on an agreeing match, never a conflict', () => {
    const c = classifyMatch([side('A', 'Two men were arrested at the scene, police said.'), side('B', 'Two men were arrested at the scene.')], scored(0.8));
    expect(c.relation).toBe('agreement');
    expect(c.conflicts).toEqual([]);
    expect(c.notes.map((n) => n.kind)).toEqual(['attribution']);
  });

  it('keeps different named sources a conflict, with no note on top', () => {
    const c = classifyMatch(
      [side('A', 'The ceasefire will begin at dawn on Sunday, Prime Minister Anna Kowalski said.'), side('B', 'The ceasefire will begin at dawn on Sunday, President Piotr Nowak said.')],
      scored(0.8),
    );
    expect(c.relation).toBe('conflict');
    expect(c.conflicts.map((x) => x.kind)).toEqual(['attribution']);
    expect(c.notes).toEqual([]);
  });

  it('keeps a hedged vs a flat claim a conflict, with no note on top', () => {
    const c = classifyMatch(
      [side('A', 'The suspect reportedly fled the country before the arrest warrant was issued.'), side('B', 'The suspect fled the country before the arrest warrant was issued.')],
      scored(0.8),
    );
    expect(c.conflicts.map((x) => x.kind)).toEqual(['attribution']);
    expect(c.notes).toEqual([]);
  });
});
