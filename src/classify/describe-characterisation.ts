import cues from '../features/cues.json' with { type: 'json' };
import type { Note, SentenceFeatures } from '../types.js';
import type { RuleSide } from './rule.js';

const TONE = new Set(cues.tone);
/** Words after "were reserved", "was measured" that make it a passive verb, not a judgement ("reserved for the opposition", "measured by"). */
const PASSIVE_NEXT = new Set(['by', 'for', 'to', 'until', 'from', 'into']);
const TONE_NOUNS = new Set(cues.tone_nouns);

/**
 * Tone words used to characterise, not to classify: predicative ("were cautious",
 * "characterised it as candid and direct", "candid and direct"), before a noun of
 * communication ("measured tone", "frank exchange"), or as a manner adverb ("cautiously").
 * "Diplomatic efforts" or "direct flights" are left out by this position test.
 */
export function toneWords(f: SentenceFeatures): string[] {
  const toks = f.tokens;
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const base = t.lower.endsWith('ly') && TONE.has(t.lower.slice(0, -2)) ? t.lower.slice(0, -2) : t.lower;
    if (!TONE.has(base)) continue;
    if (base !== t.lower) { if (t.pos === 'ADV') out.push(t.lower); continue; }
    const prev = toks[i - 1];
    const next = toks[i + 1];
    // Participles used as adjectives ("were guarded", "a measured tone") are often tagged as verbs:
    // accepted before a word for speech, or after a form of "be" with no object, agent or purpose
    // after it. After "have" it is a verb in the perfect ("have guarded the venue"), and so it is
    // with an object or a date after it ("were reserved two seats", "was measured by").
    const object = next !== undefined && ['DET', 'NUM', 'NOUN', 'PROPN', 'PRON'].includes(next.pos);
    const participle = t.pos === 'VERB' && /(ed|en)$/.test(t.lower) &&
      ((prev?.pos === 'AUX' && prev.lemma === 'be' && !PASSIVE_NEXT.has(next?.lower ?? '') && !object) || (next !== undefined && TONE_NOUNS.has(next.lower)));
    if (t.pos !== 'ADJ' && !participle) continue;
    const predicative = prev && (prev.pos === 'AUX' || prev.lower === 'as' || ((prev.lower === 'and' || prev.lower === ',') && TONE.has(toks[i - 2]?.lower ?? '')));
    const coordinated = next && (next.lower === 'and' || next.lower === ',') && TONE.has(toks[i + 2]?.lower ?? '');
    const ofSpeech = next && TONE_NOUNS.has(next.lower);
    // "will be direct flights": an adjective before any other noun classifies it.
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !ofSpeech) continue;
    if (predicative || coordinated || ofSpeech) out.push(t.lower);
  }
  return out;
}

/**
 * The same event described in different tone words ("candid and direct" vs "cautious",
 * "measured"): a note, shown to the reader but never a conflict, since tone is a
 * judgement, not a checkable fact. Only when both sides characterise and share no tone word.
 */
export function describeCharacterisation(a: RuleSide, b: RuleSide): Note[] {
  const ta = [...new Set(a.features.flatMap(toneWords))];
  const tb = [...new Set(b.features.flatMap(toneWords))];
  if (ta.length === 0 || tb.length === 0 || ta.some((w) => tb.includes(w))) return [];
  const va = ta.join(', ');
  const vb = tb.join(', ');
  return [{
    kind: 'characterisation',
    values: { [a.source]: va, [b.source]: vb },
    explanation: `${a.source} describes it as ${va}, ${b.source} as ${vb}`,
  }];
}
