import { describe, expect, it } from 'vitest';
import { detectDateConflict } from '../../src/classify/detect-date-conflict.js';
import { side } from './make-side.js';

const run = (a: string, b: string) => detectDateConflict(side('A', a), side('B', b));

describe('detectDateConflict', () => {
  it.each([
    ['weekday', 'The prime minister announced on Monday that the election would be held in the spring.', 'The prime minister announced on Tuesday that the election would be held in the spring.', 'Monday', 'Tuesday'],
    ['day of the month', 'The ship sank on March 3 off the coast of Sicily.', 'The ship sank on March 4 off the coast of Sicily.', 'March 3', 'March 4'],
    ['clock time', 'The explosion rocked the station at 7:41 p.m., witnesses said.', 'The explosion rocked the station at 8:15 p.m., witnesses said.', '7:41 p.m.', '8:15 p.m.'],
  ])('flags %s', (_name, a, b, va, vb) => {
    const c = run(a, b);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ kind: 'date', values: { A: va, B: vb } });
  });

  it.each([
    ['clock vs duration', 'Smith scored the winning goal with 7:41 to go in the third period.', 'Smith scored the winning goal with 7 minutes 41 seconds to go in the third period.'],
    ['clock vs p.m.', 'The train left at 7:41 from the central station.', 'The train left at 7:41 p.m. from the central station.'],
    ['late vs early next day', 'Lohan checked into the Betty Ford Center late Thursday.', 'Lohan checked into the Betty Ford Center early Friday.'],
    ['statement date vs event date', 'Jack Ketsoyan said Friday that the star went to the Promises Treatment Center.', 'The star went to the Promises Treatment Center on Tuesday.'],
    ['dates of different events', 'A friend told People she went to Promises on Tuesday.', 'The actress was seen leaving a restaurant in Malibu on Friday.'],
    ['years of different ceremonies', 'DeGeneres hosted the Academy Awards in 2007.', 'DeGeneres will host the Academy Awards in 2014.'],
    ['relative day', 'The minister resigned yesterday after the vote.', 'The minister resigned on Monday after the vote.'],
    ['one side gives both', 'The talks that began on Monday ended on Tuesday.', 'The talks ended on Tuesday.'],
    ['a month followed by a count is no day', 'On July 10, a group of 40 engineers arrived at the dam.', 'By July 40 engineers had arrived at the dam to inspect it.'],
    ['a month and a count after "in"', 'On July 10, a group of 24 engineers arrived at the dam.', 'In July 24 engineers arrived at the dam to inspect it.'],
    ['the day each outlet asked for comment', 'Lawyers for the mining firm could not be reached for comment Tuesday.', 'Lawyers for the mining firm could not be found Friday to comment on the lawsuit.'],
    ['declined to comment on another day', 'The club declined to comment on Friday about the transfer fee.', 'The club declined to comment on Saturday about the transfer fee.'],
  ])('does not flag %s', (_name, a, b) => {
    expect(run(a, b)).toEqual([]);
  });
});
