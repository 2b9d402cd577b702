import cues from '../features/cues.json' with { type: 'json' };
import type { Match, SentenceFeatures, SourceId, StoryNote } from '../types.js';
import { toneWords } from './describe-characterisation.js';

const TONE_NOUNS = new Set(cues.tone_nouns);

/** A sentence that characterises an exchange: tone words in a characterising position, and a word for the exchange itself. */
interface Characterising {
  sentence: number;
  words: string[];
}

function characterising(features: SentenceFeatures[], skip: ReadonlySet<number>): Characterising[] {
  const out: Characterising[] = [];
  features.forEach((f, sentence) => {
    if (skip.has(sentence)) return;
    const words = toneWords(f);
    // "both ministers were cautious in their statements", "the exchange ... as candid and direct",
    // "in a measured tone": the sentence names the exchange it judges. Without such a word a
    // tone adjective may judge anything ("the mood in the city was tense" is kept: mood is one).
    if (words.length && f.tokens.some((t) => TONE_NOUNS.has(t.lower))) out.push({ sentence, words: [...new Set(words)] });
  });
  return out;
}

/**
 * How each pair of sources characterises the exchange both report, when they
 * use different tone words and the sentences doing so were not matched with
 * each other (a matched pair gets its own characterisation note): A calls the
 * talks "candid and direct", B has both ministers "cautious" and speaking "in a
 * measured tone". Outlets reporting one story rarely judge two different
 * exchanges in it, and tone is a judgement, not a checkable fact, so this is a
 * note shown to the reader, never a conflict. Sources that share a tone word
 * agree on the tone and get no note.
 */
export function compareCharacterisations(
  ids: SourceId[],
  features: SentenceFeatures[][],
  skip: ReadonlyArray<ReadonlySet<number>>,
  matches: Match[],
): StoryNote[] {
  const found = features.map((f, d) => characterising(f, skip[d]));
  const matched = new Set<string>();
  for (const m of matches) {
    for (const x of m.members) for (const y of m.members) {
      if (x.source === y.source) continue;
      for (const i of x.sentences) for (const j of y.sentences) matched.add(`${x.source}${i}|${y.source}${j}`);
    }
  }
  const notes: StoryNote[] = [];
  for (let a = 0; a < ids.length; a++) {
    for (let b = a + 1; b < ids.length; b++) {
      const xa = found[a];
      const xb = found[b];
      if (xa.length === 0 || xb.length === 0) continue;
      const wa = [...new Set(xa.flatMap((x) => x.words))];
      const wb = [...new Set(xb.flatMap((x) => x.words))];
      if (wa.some((w) => wb.includes(w))) continue;
      // Already shown inside matches: every characterising sentence of each side is matched with one of the other's.
      const pairMatched = (x: Characterising, y: Characterising) => matched.has(`${ids[a]}${x.sentence}|${ids[b]}${y.sentence}`);
      const allMatched = xa.every((x) => xb.some((y) => pairMatched(x, y))) && xb.every((y) => xa.some((x) => pairMatched(x, y)));
      if (allMatched) continue;
      const va = wa.join(', ');
      const vb = wb.join(', ');
      notes.push({
        kind: 'characterisation',
        members: [
          { source: ids[a], sentences: xa.map((x) => x.sentence) },
          { source: ids[b], sentences: xb.map((x) => x.sentence) },
        ],
        values: { [ids[a]]: va, [ids[b]]: vb },
        explanation: `${ids[a]} describes the exchange as ${va}; ${ids[b]} as ${vb}`,
      });
    }
  }
  return notes;
}
