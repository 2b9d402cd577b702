import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { compareCharacterisations } from '../../src/classify/compare-characterisations.js';
import { extractFeatures } from '../../src/features/extract-features.js';
import { CORPUS_PAIR, corpusInput } from '../support/corpus.js';

const notesOf = (a: string[], b: string[]) =>
  compareCharacterisations(['A', 'B'], [a.map(extractFeatures), b.map(extractFeatures)], [new Set(), new Set()], []);

describe('compareCharacterisations (how each source characterises the exchange)', () => {
  it('notes different tone words about the exchange, naming the sentences and the words', () => {
    const notes = notesOf(
      ['The two leaders met in Geneva on Monday.', 'Officials described the talks as frank and constructive.'],
      ['The summit lasted three hours.', 'Both sides were guarded in their statements afterwards.'],
    );
    expect(notes).toHaveLength(1);
    expect(notes[0].members).toEqual([{ source: 'A', sentences: [1] }, { source: 'B', sentences: [1] }]);
    expect(notes[0].values).toEqual({ A: 'frank, constructive', B: 'guarded' });
  });

  it('stays silent when the sources share a tone word', () => {
    expect(notesOf(['Officials described the talks as frank and constructive.'], ['The exchange was frank, aides said.'])).toEqual([]);
  });

  it('needs a word for the exchange: a tone adjective about anything else is not a characterisation of it', () => {
    expect(notesOf(['The talks were described as cordial.'], ['Residents of the border towns remain cautious.'])).toEqual([]);
  });

  it('classifying adjectives are not tone ("direct flights", "constructive dismissal")', () => {
    expect(notesOf(['The meeting will discuss direct flights.'], ['The talks were tense.'])).toEqual([]);
  });

  it('leaves it to the match note when the characterising sentences are matched with each other', () => {
    const a = ['Officials described the talks in Geneva as frank and constructive.'];
    const b = ['Officials described the talks in Geneva as tense.'];
    const matches = [{ id: 0, relation: 'partial' as const, score: 0.8, members: [{ source: 'A', sentences: [0] }, { source: 'B', sentences: [0] }], conflicts: [], notes: [], evidence: { shared: [], similar: [], names: [], numbers: [], features: {} } }];
    expect(compareCharacterisations(['A', 'B'], [a.map(extractFeatures), b.map(extractFeatures)], [new Set(), new Set()], matches)).toEqual([]);
  });

  it('on the corpus pair: the Pentagon’s "candid and direct" against "cautious" and "measured"', () => {
    const c = compare(CORPUS_PAIR.map(corpusInput));
    expect(c.notes).toHaveLength(1);
    expect(c.notes[0].values).toEqual({ A: 'candid, direct', B: 'cautious, measured' });
    const text = (source: string, i: number) => c.sources.find((s) => s.id === source)!.sentences[i].text;
    expect(c.notes[0].members[0].sentences.map((i) => text('A', i))).toEqual([expect.stringContaining('candid and direct')]);
    expect(c.notes[0].members[1].sentences.map((i) => text('B', i)).join(' ')).toMatch(/cautious.*measured tone/);
  });
});

describe('participles as tone words', () => {
  it.each([
    ['Security forces have guarded the venue since the talks began on Monday.', 'a verb in the perfect'],
    ['Officials had reserved two rooms for the talks.', 'a verb with an object'],
    ['Two seats were reserved for the opposition at the talks.', 'a passive with its purpose'],
    ['The distance was measured by surveyors before the talks.', 'a passive with its agent'],
  ])('"%s" characterises nothing (%s)', (sentence) => {
    expect(notesOf([sentence], ['Officials said the talks were tense.'])).toEqual([]);
  });

  it('"were guarded in their statements" and "a measured tone" do', () => {
    expect(notesOf(['Both sides were guarded in their statements afterwards.'], ['Officials said the talks were tense.'])[0].values).toEqual({ A: 'guarded', B: 'tense' });
    expect(notesOf(['In a measured tone, the minister answered.'], ['Officials said the talks were tense.'])[0].values).toEqual({ A: 'measured', B: 'tense' });
  });
});
