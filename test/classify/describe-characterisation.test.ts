import { describe, expect, it } from 'vitest';
import { describeCharacterisation } from '../../src/classify/describe-characterisation.js';
import { side } from './make-side.js';

const run = (a: string, b: string) => describeCharacterisation(side('A', a), side('B', b));

describe('describeCharacterisation', () => {
  it('notes different tone words for the same exchange', () => {
    const n = run('The Pentagon characterized the exchange as candid and direct.', 'Both ministers were cautious in their statements.');
    expect(n).toEqual([{ kind: 'characterisation', values: { A: 'candid, direct', B: 'cautious' }, explanation: expect.any(String) }]);
  });

  it('reads a tone word before a noun of speech', () => {
    expect(run('The talks were described as frank.', 'In a measured tone, both ministers avoided the question.')[0].values).toEqual({ A: 'frank', B: 'measured' });
  });

  it.each([
    ['classifying adjective', 'Burns engaged in diplomatic efforts to free the hostages.', 'Both ministers were cautious in their statements.'],
    ['one side only', 'The exchange was candid and direct.', 'The two men met at the Pentagon.'],
    ['a shared tone word', 'The talks were tense and frank.', 'The talks were frank.'],
    ['direct as a plain adjective', 'There will be direct flights between the two cities.', 'Officials were cautious about the flights.'],
  ])('no note for %s', (_name, a, b) => {
    expect(run(a, b)).toEqual([]);
  });
});
