import cues from '../features/cues.json' with { type: 'json' };
import type { Note } from '../types.js';
import type { RuleSide } from './rule.js';

const TONE = new Set(cues.tone);

function toneWords(side: RuleSide): string[] {
  return [...new Set(side.features.flatMap((f) => f.tokens.filter((t) => TONE.has(t.lower) && (t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'VERB')).map((t) => t.lower)))];
}

/**
 * The same event described in different tone words ("candid and direct" vs "cautious",
 * "measured"): a note, shown to the reader but never a conflict, since tone is a
 * judgement, not a checkable fact. Only when both sides characterise and share no tone word.
 */
export function describeCharacterisation(a: RuleSide, b: RuleSide): Note[] {
  const ta = toneWords(a);
  const tb = toneWords(b);
  if (ta.length === 0 || tb.length === 0 || ta.some((w) => tb.includes(w))) return [];
  const va = ta.join(', ');
  const vb = tb.join(', ');
  return [{
    kind: 'characterisation',
    values: { [a.source]: va, [b.source]: vb },
    explanation: `${a.source} describes it as ${va}, ${b.source} as ${vb}`,
  }];
}
