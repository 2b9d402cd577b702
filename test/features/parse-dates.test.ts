import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/features/extract-features.js';

const canon = (s: string) => extractFeatures(s).dates.map((d) => d.canonical);

describe('parseDates', () => {
  it.each([
    ['The vote was held on Monday.', ['weekday:monday']],
    ['He arrived on Jan. 5, 2009.', ['date:1-5']],
    ['He arrived on 5 January.', ['date:1-5']],
    ['The blast happened at 7:41 p.m.', ['time:19:41']],
    ['Smith scored with 7:41 to go.', ['clock:7:41']],
    ['Smith scored with 7 minutes 41 seconds to go.', ['clock:7:41']],
    // A number that cannot be a day of the month is a count after the month.
    ['Last July 32 volunteers joined the crew.', ['month:7']],
    ['The treaty was signed on February 29, 2008.', ['date:2-29']],
    ['That April 31 climbers reached the summit.', ['month:4']],
    ['Some 40 January volunteers signed up.', ['month:1']],
    // A day takes "on", a month "in".
    ['In March 24 firefighters flew to the island.', ['month:3']],
    ['On March 24 firefighters flew to the island.', ['date:3-24']],
    ['The law came into force in March 24, 2010.', ['date:3-24']],
  ])('%s', (text, expected) => {
    expect(canon(text)).toEqual(expected);
  });

  it('does not read "may" as a month', () => {
    expect(canon('The minister may resign next week.')).toEqual([]);
  });
});
