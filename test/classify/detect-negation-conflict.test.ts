import { describe, expect, it } from 'vitest';
import { detectNegationConflict } from '../../src/classify/detect-negation-conflict.js';
import { side } from './make-side.js';

const run = (a: string, b: string) => detectNegationConflict(side('A', a), side('B', b));

describe('detectNegationConflict', () => {
  it.each([
    ['would not', 'The mayor said he would resign after the corruption report was published.', 'The mayor said he would not resign after the corruption report was published.'],
    ["n't", 'The company confirmed the merger talks with its rival on Friday.', "The company didn't confirm the merger talks with its rival on Friday."],
    ['never', 'The defendant testified that he had met the victim before the party.', 'The defendant testified that he had never met the victim before the party.'],
    ['a denial of the same object', 'The government signed the climate treaty at the summit in Paris.', 'The government did not sign the climate treaty at the summit in Paris.'],
    ['copula + adjective', 'The jury found that the former officer was guilty of manslaughter.', 'The jury found that the former officer was not guilty of manslaughter.'],
  ])('flags %s', (_name, a, b) => {
    const c = run(a, b);
    expect(c).toHaveLength(1);
    expect(c[0].kind).toBe('negation');
    expect(Object.keys(c[0].values).sort()).toEqual(['A', 'B']);
  });

  it.each([
    ['both negated', "Soldier 'can't recall' the massacre in the village.", 'Soldier ‘doesn’t recall the massacre’ in the village.'],
    ['lexical negation', 'Carlson said he would not recuse himself from the case.', 'Officials said Carlson refused to recuse himself from the case.'],
    ['declined', 'The operator gave no details other than the ages of the passengers.', 'The operator declined to give details other than the ages of the passengers.'],
    ['did not say whether', 'Police did not say whether the suspect was armed when officers arrived.', 'Police said the suspect was armed when officers arrived.'],
    ['not only', 'The storm not only flooded the town but cut power to thousands.', 'The storm flooded the town and cut power to thousands.'],
    ['different actor', 'Ellen DeGeneres will host the Oscars this year, the Academy said.', 'MacFarlane said he would not host the Oscars again because of the negative response.'],
    ['a denial about another object', 'The union statement supported higher wages for nurses in public hospitals.', 'The union statement did not explicitly support a strike but backed higher wages for nurses in public hospitals.'],
    ['a noun is no claim of existence', 'No tumors were detected in the scans of the patients.', 'The scans showed scar tissue where the tumors had been in the patients.'],
  ])('does not flag %s', (_name, a, b) => {
    expect(run(a, b)).toEqual([]);
  });
});
