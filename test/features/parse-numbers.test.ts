import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/features/extract-features.js';

const numbers = (s: string) => extractFeatures(s).numbers;

describe('parseNumbers', () => {
  it.each([
    ['The Lakers led by nine points.', 9, 'point'],
    ['The Lakers led by 9 points.', 9, 'point'],
    ['The company cut 1,200 jobs in Europe.', 1200, 'job'],
    ['The city has 3.5 million residents.', 3_500_000, 'resident'],
    ['Two undersea cables were damaged.', 2, 'cable'],
    ['The climber survived a 150-metre fall.', 150, 'metre'],
    ['Shares fell 3 percent on Monday.', 3, 'percent'],
    ['Shares fell 3% on Monday.', 3, 'percent'],
    ['Amazon paid $250 million for the paper.', 250_000_000, 'USD'],
    ['BlackBerry lost $965M in the quarter.', 965_000_000, 'USD'],
    ['The deal is worth 10 million euros.', 10_000_000, 'EUR'],
    ['A 37-year-old man was arrested.', 37, 'age'],
    ['The mountaineer plunged 60m to his death.', 60, 'm'],
    ['The mountaineer plunged 60 m to his death.', 60, 'm'],
    ['The club paid £60m for the striker.', 60_000_000, 'GBP'],
    ['The runners covered 5km before dawn.', 5, 'km'],
  ])('%s → %d %s', (text, value, unit) => {
    const n = numbers(text)[0];
    expect(n.value).toBe(value);
    // The tagger lemmatises "metre" as "meter": either spelling is the same unit.
    expect(n.unit === unit || (unit === 'metre' && n.unit === 'meter')).toBe(true);
  });

  it('reads a year before a singular noun as a year, before a plural as a count', () => {
    expect(numbers('The 2014 ceremony will be held in March.')).toEqual([]);
    expect(numbers('Police said 2000 people joined the march.')[0]).toMatchObject({ value: 2000, unit: 'people' });
  });

  it('keeps the approximation word of a hedged number', () => {
    expect(numbers('The offer was in excess of $160 million.')[0]).toMatchObject({ value: 160_000_000, unit: 'USD', approx: 'more than' });
    expect(numbers('Nearly 100 people were injured.')[0]).toMatchObject({ value: 100, approx: 'nearly' });
    expect(numbers('More than 40 homes burned.')[0]).toMatchObject({ value: 40, approx: 'more than' });
  });

  it.each([
    ['Between 50 and 60 homes were destroyed.', 50, 60, 'home'],
    ['Some 3 to 4 million people fled.', 3_000_000, 4_000_000, 'people'],
    ['The storm left 50-60 homes without power.', 50, 60, 'home'],
  ])('reads the range in %s', (text, low, high, unit) => {
    expect(numbers(text)[0]).toMatchObject({ value: low, upper: high, unit });
  });

  it('marks a conversion in parentheses so it is never compared on its own', () => {
    const ns = numbers('The climber fell 150 metres (492 feet) to his death.');
    expect(ns.map((n) => [n.value, n.conversion ?? false])).toEqual([[150, false], [492, true]]);
    const money = numbers('The club paid £50 million ($63 million) for him.');
    expect(money.map((n) => [n.unit, n.conversion ?? false])).toEqual([['GBP', false], ['USD', true]]);
  });

  it.each([
    ['The company was fined $US1 million over the breach.', '$US1 million', 1_000_000, 'USD'],
    ['The company was fined $US1.2bn over the breach.', '$US1.2bn', 1_200_000_000, 'USD'],
    ['The company was fined $US1,200,000 over the breach.', '$US1,200,000', 1_200_000, 'USD'],
    ['The company was fined AU$1.5 million over the breach.', 'AU$1.5 million', 1_500_000, 'AUD'],
    ['The company was fined $A1.52m over the breach.', '$A1.52m', 1_520_000, 'AUD'],
    ['The company was fined NZ$1.6 million over the breach.', 'NZ$1.6 million', 1_600_000, 'NZD'],
    ['The company was fined $NZ2.5 million over the breach.', '$NZ2.5 million', 2_500_000, 'NZD'],
    ['The company was fined CA$2m over the breach.', 'CA$2m', 2_000_000, 'CAD'],
    ['The company was fined HK$8 million over the breach.', 'HK$8 million', 8_000_000, 'HKD'],
    ['The company was fined US$1 million over the breach.', 'US$1 million', 1_000_000, 'USD'],
    ['The company was fined £1.2bn over the breach.', '£1.2bn', 1_200_000_000, 'GBP'],
  ])('reads the currency marker glued to %s', (sentence, text, value, unit) => {
    expect(numbers(sentence)[0]).toMatchObject({ text, value, unit });
  });

  it.each([
    ['$US1 million ($1.52 million)', [['USD', false], ['USD', true]]],
    ['AU$1.5 million (US$1 million)', [['AUD', false], ['USD', true]]],
    ['A$1.5 million (about US$1 million)', [['AUD', false], ['USD', true]]],
    ['€1 million (£870,000 or $1.1 million)', [['EUR', false], ['GBP', true], ['USD', true]]],
    ['1.5 million Australian dollars (US$1 million)', [['dollar', false], ['USD', true]]],
    ['$1 million (up from $500,000)', [['USD', false], ['USD', false]]],
  ])('marks the amounts in parentheses right after %s as conversions, whatever the currency markers', (amounts, expected) => {
    const ns = numbers(`The company was fined ${amounts} over the breach.`);
    expect(ns.map((n) => [n.unit, n.conversion ?? false])).toEqual(expected);
  });

  it('does not read records, scores or update numbers as counts', () => {
    expect(numbers('Klitschko (52-3, 46 KOs) retained the title.').some((n) => n.value === 52)).toBe(false);
    expect(numbers('Exclusive-UPDATE 2-Egypt pro-Mursi alliance signals flexibility in talks')).toEqual([]);
  });
});

describe('words that name built-in object properties', () => {
  // Number, scale, unit, currency and month tables are looked up with the words of the article:
  // "constructor" once read as a number word whose unit was a JavaScript function, and crashed the bin.
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'])('"%s" is not a number, unit, currency or month', (word) => {
    const f = extractFeatures(`The ${word} said ${word} 12 ${word} on ${word} 5 about ${word}.`);
    expect(f.numbers.every((n) => Number.isFinite(n.value) && (n.unit === null || typeof n.unit === 'string'))).toBe(true);
    expect(f.dates.every((d) => !d.canonical.includes('function') && !d.canonical.includes('undefined'))).toBe(true);
  });
});
