import { describe, expect, it } from 'vitest';
import { scoreTexts } from '../../src/score-texts.js';

/**
 * A differing number, date or polarity is a conflict only when both sentences speak of
 * the same subject and share enough to be the same fact; otherwise they are two facts,
 * which is a partial overlap at most (never an agreement, never a conflict).
 */
describe('conflicts need the same subject', () => {
  it.each([
    ['different countries (demonyms)', 'Australian unemployment rose to 5.1 percent in March.', 'French unemployment rose to 10 percent in March.'],
    ['different places', 'A 7.3 magnitude earthquake struck Nepal on Tuesday, killing dozens.', 'A 6.6-magnitude earthquake struck off Indonesia on Tuesday, killing dozens.'],
    ['different people', 'Senator Smith said the bill would cost $4 billion over ten years.', 'Governor Alvarez said the bridge would cost $9 billion over ten years.'],
  ])('%s: two facts, not a conflict', (_name, a, b) => {
    const r = scoreTexts(a, b);
    expect(r.relation).not.toBe('conflict');
    expect(r.relation).not.toBe('agreement');
  });

  it('a weak match shares too little for its numbers to disagree', () => {
    const r = scoreTexts('Ross was paid $3 million for the role.', 'The film has already brought in over $363 million.');
    expect(r.relation).not.toBe('conflict');
  });

  it.each([
    ['same place, different toll', 'A 7.3 magnitude earthquake struck Nepal on Tuesday, killing 40 people.', 'A 7.3 magnitude earthquake struck Nepal on Tuesday, killing 64 people.'],
    ['place and demonym', 'Israeli troops killed 12 militants in the raid, the army said.', 'Troops in Israel killed 21 militants in the raid, the army said.'],
    ['same subject reworded', 'A British climber died after falling 150 metres on Mont Blanc on Sunday.', 'The British mountaineer plunged 60m to his death on Mont Blanc on Sunday.'],
  ])('%s: still a conflict', (_name, a, b) => {
    expect(scoreTexts(a, b).relation).toBe('conflict');
  });
});
