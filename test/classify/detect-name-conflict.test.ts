import { describe, expect, it } from 'vitest';
import { detectNameConflict } from '../../src/classify/detect-name-conflict.js';
import { side } from './make-side.js';

const run = (a: string, b: string) => detectNameConflict(side('A', a), side('B', b));

describe('detectNameConflict', () => {
  it.each([
    ['same title', 'Defense Secretary Lloyd Austin met Gulf allies in Riyadh to discuss the Iran deal.', 'Defense Secretary Chuck Hagel met Gulf allies in Riyadh to discuss the Iran deal.', 'Defense Secretary Lloyd Austin', 'Defense Secretary Chuck Hagel'],
    ['same slot', 'The bill to raise the debt ceiling was introduced by Senator Mary Landrieu on Tuesday.', 'The bill to raise the debt ceiling was introduced by Senator Tom Coburn on Tuesday.', 'Mary Landrieu', 'Tom Coburn'],
  ])('flags %s', (_name, a, b, va, vb) => {
    const c = run(a, b);
    expect(c).toHaveLength(1);
    expect(c[0].kind).toBe('name');
    expect(c[0].values.A).toContain(va.split(' ').pop());
    expect(c[0].values.B).toContain(vb.split(' ').pop());
  });

  it.each([
    ['initials and title', 'Defense Secretary Lloyd Austin met his Israeli counterpart at the Pentagon.', 'Lloyd J. Austin met his Israeli counterpart at the Pentagon.'],
    ['surname only', 'Defense Secretary Lloyd Austin met his Israeli counterpart at the Pentagon.', 'Austin met his Israeli counterpart at the Pentagon.'],
    ['US variants', 'The United States urged Israel to allow more aid into Gaza.', 'The U.S. urged Israel to allow more aid into Gaza.'],
    ['spelling variants', 'Mohamed Morsi was sworn in as Egyptian president.', 'Mursi was sworn in as Egyptian president.'],
    ['place by metonymy', 'A bomb exploded at a Greek shopping mall, injuring two people.', 'A bomb exploded at an Athens shopping mall, injuring two people.'],
    ['country vs leader', 'Obama relaxes deportation rules for young immigrants.', 'U.S. relaxes deportation rules for young immigrants.'],
    ['loose match', 'Senator Mary Landrieu spoke about flood insurance in New Orleans.', 'Senator Tom Coburn criticised the spending bill in Washington.'],
  ])('does not flag %s', (_name, a, b) => {
    expect(run(a, b)).toEqual([]);
  });
});
