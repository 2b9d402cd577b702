import { describe, expect, it } from 'vitest';
import { detectNumberConflict } from '../../src/classify/detect-number-conflict.js';
import { side } from './make-side.js';

const run = (a: string, b: string) => detectNumberConflict(side('A', a), side('B', b));

describe('detectNumberConflict', () => {
  it.each([
    ['fall height', 'The climber died after a fall of 150 metres from the north face.', 'The climber died after a fall of 60 metres from the north face.', '150 metres', '60 metres'],
    ['counted noun, words', 'Two undersea cables linking the islands were damaged.', 'Three undersea cables linking the islands were damaged.', 'Two undersea cables', 'Three undersea cables'],
    ['bound not met', 'At least 12 people were killed when the bus plunged into a ravine.', 'Five people were killed when the bus plunged into a ravine.', 'At least 12 people', 'Five people'],
    ['money', 'The club paid £50 million for the striker.', 'The club paid £35 million for the striker.', '£50 million', '£35 million'],
    ['bare number after the same words', 'The death toll rose to 17 on Saturday, officials said.', 'The death toll rose to 20 on Saturday, officials said.', '17', '20'],
    ['percent', 'Unemployment rose to 7.2 percent in March, the agency said.', 'Unemployment rose to 6.8 percent in March, the agency said.', '7.2 percent', '6.8 percent'],
    ['"per cent" against "percent"', 'Shares in Athens plunged 5.4 per cent after the riots.', 'Shares in Athens closed down 3.9 percent after the riots.', '5.4 per cent', '3.9 percent'],
    ['one-digit scaled amounts', 'The charity raised $1 million for flood victims.', 'The charity raised $2 million for flood victims.', '$1 million', '$2 million'],
    ['scaled amount vs a plain half of it', 'The charity raised $1 million for flood victims.', 'The charity raised $500,000 for flood victims.', '$1 million', '$500,000'],
  ])('flags %s', (_name, a, b, va, vb) => {
    const c = run(a, b);
    expect(c).toHaveLength(1);
    expect(c[0].kind).toBe('number');
    expect(c[0].values).toEqual({ A: va, B: vb });
  });

  it.each([
    ['words vs digits', 'The Lakers led by nine points at half-time.', 'The Lakers led by 9 points at half-time.'],
    ['thousands separator', 'The company cut 1,200 jobs in Europe.', 'The company cut 1200 jobs in Europe.'],
    ['scale word', 'The city has 3.5 million residents.', 'The city has 3,500,000 residents.'],
    ['rounded scale', 'The city has 3.5 million residents.', 'The city has 3,512,000 residents.'],
    ['a round figure for a precise one', 'The charity raised $1 million for flood victims.', 'The charity raised $1.1 million for flood victims.'],
    ['nearly', 'Nearly 100 people were injured in the stampede.', 'The stampede injured 97 people.'],
    ['more than', 'More than 40 homes were destroyed by the fire.', 'The fire destroyed 45 homes.'],
    ['about', 'About 200 people marched through the city.', 'Some 210 people marched through the city.'],
    ['range', 'Between 50 and 60 homes were destroyed by the fire.', 'The fire destroyed 55 homes.'],
    ['metres vs feet side by side', 'The climber fell 150 metres (492 feet) to his death.', 'The climber fell 492 feet to his death.'],
    ['metres vs converted feet', 'The climber fell 150 metres to his death.', 'The climber fell 490 feet to his death.'],
    ['different currencies in parentheses', 'The club paid £50 million ($63 million) for the striker.', 'The club paid £50 million (€58 million) for the striker.'],
    ['conversions at different rates', 'The club paid £50 million ($63 million) for the striker.', 'The club paid £50 million ($65 million) for the striker.'],
    ['different things with one unit', 'Police said 12 people were injured in the riots.', 'Three people died when a bank in Athens went up in flames.'],
    ['a height and a distance', 'He is described as 6 feet tall and heavily built.', 'He was caught about 25 miles northwest of where he escaped.'],
    ['a rate against a total', 'The Red Sox offered Teixeira $200 million over eight years.', 'The Red Sox offered Teixeira $22 million per season over eight years.'],
    ['in excess of', 'The Red Sox made Teixeira an offer of $184 million, a report said.', 'The Red Sox made Teixeira an offer in excess of $160 million, a report said.'],
    ['a year naming a season', 'MacFarlane hosted after a savaged 2013 stint as the host.', 'MacFarlane hosted after four stints as the host.'],
    ['bare numbers after different words', 'The index closed at 10,234 on Friday.', 'The index opened at 10,300 on Friday.'],
    ['bare numbers with several on a side', 'The toll rose to 17 from 12 overnight.', 'The toll rose to 20 by the morning.'],
  ])('does not flag %s', (_name, a, b) => {
    expect(run(a, b)).toEqual([]);
  });

  // A value given with less precision agrees with a more precise one that rounds to it at the precision its writer used.
  describe('rounding at the precision the writer used', () => {
    it.each([
      ['a whole percent for one decimal', 'The company\'s shares fell 5 percent in early trading on Friday.', 'The company\'s shares fell 4.7 percent in early trading on Friday.'],
      ['a round hundred for a count', 'The virus has killed 300 people in the province since March.', 'The virus has killed 296 people in the province since March.'],
      ['one decimal for two', 'The index gained 0.4% on the day after the rate decision.', 'The index gained 0.44 percent on the day after the rate decision.'],
      ['whole points for hundredths', 'The index added 6 points after the rate decision.', 'The index added 5.91 points after the rate decision.'],
      ['a level without its decimals', 'The index closed at 2,053 after the rate decision.', 'The index closed at 2,053.27 after the rate decision.'],
      ['a round thousand for a count', 'A crowd of 45,000 fans watched the final in the stadium.', 'A crowd of 44,812 fans watched the final in the stadium.'],
    ])('does not flag %s', (_name, a, b) => {
      expect(run(a, b)).toEqual([]);
      expect(run(b, a)).toEqual([]);
    });

    it.each([
      ['counts given to the unit', 'Officials reported 64 probable cases of measles in the region.', 'Officials reported 65 probable cases of measles in the region.', '64 probable cases', '65 probable cases'],
      ['prices given to the cent', 'Shares of the airline changed hands at $48.17 at the close on Tuesday.', 'Shares of the airline changed hands at $48.10 at the close on Tuesday.', '$48.17', '$48.10'],
      ['a decimal zero is written on purpose', 'The bond\'s yield rose to 4.20 percent on Friday.', 'The bond\'s yield rose to 4.26 percent on Friday.', '4.20 percent', '4.26 percent'],
      ['a bound the other value does not meet', 'Exports to the region reached more than $12 billion last year.', 'Exports to the region reached $11.2 billion last year.', 'more than $12 billion', '$11.2 billion'],
      ['a round figure read to two significant digits, not one', 'The team offered the pitcher $200 million over eight years.', 'The team offered the pitcher $184 million over eight years.', '$200 million', '$184 million'],
      ['a round count further off than its rounding', 'Police said 2,000 protesters marched to the parliament.', 'Police said 2,400 protesters marched to the parliament.', '2,000 protesters', '2,400 protesters'],
      ['a bound is not a rounding', 'More than 300 people were evacuated from the valley.', 'Officials evacuated 296 people from the valley.', 'More than 300 people', '296 people'],
      ['one trailing zero is as written', 'The death toll from the floods rose to 30 on Sunday.', 'The death toll from the floods rose to 27 on Sunday.', '30', '27'],
    ])('flags %s', (_name, a, b, va, vb) => {
      const c = run(a, b);
      expect(c).toHaveLength(1);
      expect(c[0]).toMatchObject({ kind: 'number', values: { A: va, B: vb } });
    });
  });

  describe('currency conversions in parentheses', () => {
    it.each([
      ['$US with an Australian-dollar conversion vs plain $', 'The company was fined $US1 million ($1.52 million) over the data breach.', 'The company was fined $1 million over the data breach.'],
      ['$US vs the converted amount alone', 'The company was fined $US1 million ($1.52 million) over the data breach.', 'The company was fined $1.52 million over the data breach.'],
      ['US$ vs $US', 'The company was fined US$1 million (A$1.52 million) over the data breach.', 'The company was fined $US1 million over the data breach.'],
      ['AU$ with a US-dollar conversion', 'The company was fined AU$1.5 million (US$1 million) over the data breach.', 'The company was fined US$1 million over the data breach.'],
      ['A$ with an approximate conversion', 'The company was fined A$1.5 million (about US$1 million) over the data breach.', 'The company was fined US$1 million over the data breach.'],
      ['NZ$ vs the same amount in A$', 'The company was fined NZ$1.6 million (A$1.5 million) over the data breach.', 'The company was fined A$1.5 million over the data breach.'],
      ['$A glued with decimals', 'The company was fined $A1.52m ($US1m) over the data breach.', 'The company was fined $US1m over the data breach.'],
      ['€ with two conversions in one parenthesis', 'The company was fined €1 million (£870,000 or $1.1 million) over the data breach.', 'The company was fined $1.1 million over the data breach.'],
      ['€ vs £ conversions of the same amount', 'The company was fined €1 million (£870,000) over the data breach.', 'The company was fined €1 million ($1.1 million) over the data breach.'],
      ['amount in a currency noun', 'The company was fined 1.5 million Australian dollars (US$1 million) over the data breach.', 'The company was fined US$1 million over the data breach.'],
    ])('does not flag %s', (_name, a, b) => {
      expect(run(a, b)).toEqual([]);
      expect(run(b, a)).toEqual([]);
    });

    it.each([
      ['$US amounts that differ, each with its conversion', 'The company was fined $US1 million ($1.52 million) over the data breach.', 'The company was fined $US3 million ($4.56 million) over the data breach.', '$US1 million', '$US3 million'],
      ['AU$ amounts that differ', 'The company was fined AU$1.5 million (US$1 million) over the data breach.', 'The company was fined AU$4.5 million over the data breach.', 'AU$1.5 million', 'AU$4.5 million'],
      ['a parenthesised amount that is not a conversion ("up from")', 'The company was fined $1.2 million (up from $500,000) over the data breach.', 'The company was fined $3.4 million (up from $500,000) over the data breach.', '$1.2 million', '$3.4 million'],
    ])('flags %s', (_name, a, b, va, vb) => {
      const c = run(a, b);
      expect(c).toHaveLength(1);
      expect(c[0]).toMatchObject({ kind: 'number', values: { A: va, B: vb } });
    });
  });
});
