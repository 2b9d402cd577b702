import cues from '../features/cues.json' with { type: 'json' };
import type { SentenceFeatures, Token } from '../types.js';
import { isPerson, realNames } from './same-entity.js';
import { perSentence } from '../features/per-sentence.js';

const REPORTING = new Set(cues.attribution.filter((c) => !c.includes(' ')));
/** Verbs whose object is the listener, not the speaker ("told reporters"). */
const TO_LISTENER = new Set(['told', 'tells', 'tell']);

/** Who a sentence credits with a statement. */
export interface Speaker {
  /** Name parts ("lloyd", "austin") or the lemma of a noun ("police"). */
  parts: string[];
  /** As written. */
  text: string;
  /** A proper name, or a common noun ("police", "officials"). */
  kind: 'name' | 'noun';
  /** The name is a person's (see isPerson), not an organisation's or a role's ("Google CEO"). */
  person: boolean;
  /** The reporting verb or phrase ("said", "according to"). */
  cue: string;
  /** Token index of the cue in its sentence. */
  at: number;
}

const skippable = (t: Token) => t.pos === 'ADV' || t.pos === 'DET' || t.pos === 'AUX' || t.lower === ',';

/** The name or noun at token k (a name that covers k, else a noun's lemma), or null. */
function holderAt(f: SentenceFeatures, k: number, cue: string, at: number): Speaker | null {
  const t = f.tokens[k];
  if (!t) return null;
  const name = realNames(f).find((n) => n.start <= t.start && t.end <= n.end);
  if (name) return { parts: name.parts, text: name.text, kind: 'name', person: isPerson(name), cue, at };
  if (t.pos === 'NOUN' && !t.stop) return { parts: [t.lemma], text: t.text, kind: 'noun', person: false, cue, at };
  return null;
}

/** The holder right before a reporting verb (adverbs and auxiliaries skipped), if any. */
function holderBefore(f: SentenceFeatures, i: number): Speaker | null {
  let k = i - 1;
  while (k >= 0 && skippable(f.tokens[k]) && f.tokens[k].lower !== ',') k--;
  return k >= 0 ? holderAt(f, k, f.tokens[i].lower, i) : null;
}

/** A person's name within six tokens after a reporting verb, before any punctuation. */
function personAfter(f: SentenceFeatures, i: number): Speaker | null {
  for (let k = i + 1; k < f.tokens.length && k <= i + 6; k++) {
    if (f.tokens[k].kind === 'punctuation') break;
    const s = holderAt(f, k, f.tokens[i].lower, i);
    if (s?.person) return s;
  }
  return null;
}

/**
 * The speakers a sentence credits: the subject of a reporting verb ("Austin said",
 * "police said"), the name after an inverted one ("…," asserted Austin), or the source
 * after "according to". Pronouns are unknown speakers and are not returned.
 */
export const findSpeakers = perSentence(function findSpeakers(f: SentenceFeatures): Speaker[] {
  const out: Speaker[] = [];
  const toks = f.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
      let k = i + 2;
      while (toks[k] && skippable(toks[k])) k++;
      const s = holderAt(f, k, 'according to', i);
      if (s) out.push(s);
      continue;
    }
    if (!REPORTING.has(t.lower) || t.pos !== 'VERB') continue;
    // A person named within the clause right after an inverted verb ("said UN chief Antonio Guterres").
    if (!TO_LISTENER.has(t.lower)) {
      const after = personAfter(f, i);
      if (after && !holderBefore(f, i)) { out.push(after); continue; }
    }
    let k = i - 1;
    while (k >= 0 && skippable(toks[k]) && toks[k].lower !== ',') k--;
    let s = k >= 0 ? holderAt(f, k, t.lower, i) : null;
    if (!s && !TO_LISTENER.has(t.lower)) {
      k = i + 1;
      while (toks[k] && skippable(toks[k]) && toks[k].lower !== ',') k++;
      s = holderAt(f, k, t.lower, i);
      // "said the ministry" takes the head noun of a short run ("said a police spokesman").
      while (s && s.kind === 'noun' && toks[k + 1]?.pos === 'NOUN') s = holderAt(f, ++k, t.lower, i);
    }
    if (s) out.push(s);
  }
  return out;
});
