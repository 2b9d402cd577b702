import cues from '../features/cues.json' with { type: 'json' };
import type { Conflict, SentenceFeatures, Token } from '../types.js';
import { claimOverlap } from './claim-overlap.js';
import { realNames, sameEntity } from './same-entity.js';
import { ordered } from './ordered-values.js';
import type { RuleSide } from './rule.js';

const NEGATORS = new Set(cues.negators);
const LEXICAL = new Set(cues.lexical_negatives);
/** A negator as written, curly apostrophe straightened ("doesn’t" → "n't"). */
const isNegator = (t: Token) => NEGATORS.has(t.lower.replace(/’/g, "'"));
const REPORTING = new Set(cues.attribution);
/** "did not say whether …" withholds an answer; it does not deny the saying. */
const OPEN_QUESTION = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);
/** Share of claim words the two sides must have in common before a polarity difference counts. */
const SAME_CLAIM = 0.6;
/** Tokens looked at after a negator to find what it negates. */
const SCOPE = 5;

interface Negated { lemma: string; text: string; at: number; features: SentenceFeatures }

const predicate = (t: Token) => !t.stop && t.kind === 'word' && (t.pos === 'VERB' || t.pos === 'ADJ');
/** Words that may stand between a negator and what it negates ("did not immediately resign", "will never be"). */
const between = (t: Token) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'DET' || t.pos === 'PRON';

/** What each negator of a sentence negates: the first verb, adjective or noun in its scope ("did not resign" → resign). */
function negatedPredicates(f: SentenceFeatures): Negated[] {
  const out: Negated[] = [];
  const toks = f.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!isNegator(toks[i])) continue;
    if (toks[i + 1]?.lower === 'only' || toks[i + 1]?.lower === 'just') continue; // "not only X but Y" asserts X
    for (let k = i + 1; k < toks.length && k <= i + SCOPE; k++) {
      const t = toks[k];
      if (!predicate(t)) {
        if (between(t)) continue;
        break;
      }
      // An adjective is a predicate only after a copula or the negator itself ("was not safe", "not guilty").
      if (t.pos === 'ADJ' && !(toks[k - 1].pos === 'AUX' || /^(not|n't|n’t|never)$/.test(toks[k - 1].lower))) break;
      if (REPORTING.has(t.lower) && OPEN_QUESTION.has(toks[k + 1]?.lower ?? '')) break;
      // Shown from the auxiliary before the negator: "would not resign", "didn't confirm".
      const from = toks[i - 1]?.pos === 'AUX' ? toks[i - 1] : toks[i];
      out.push({ lemma: t.lemma, text: sentence(f, from.start, t.end), at: k, features: f });
      break;
    }
  }
  return out;
}

/** The words between two offsets, rebuilt from the tokens (features keep offsets, not the sentence). */
function sentence(f: SentenceFeatures, start: number, end: number): string {
  return f.tokens.filter((t) => t.start >= start && t.end <= end).map((t, i, arr) => (i > 0 && arr[i - 1].end < t.start ? ' ' : '') + t.text).join('');
}

/** The last name before a token in its sentence: who the negated or asserted predicate is most likely about. */
function nameBefore(f: SentenceFeatures, at: number): string[] | null {
  const names = realNames(f).filter((n) => n.end <= f.tokens[at].start);
  return names.length > 0 ? names[names.length - 1].parts : null;
}

/** Tokens of a side that say `lemma` without a negation on them. */
function asserted(side: SentenceFeatures[], lemma: string, negated: Negated[]): { token: Token; features: SentenceFeatures } | null {
  for (const f of side) {
    for (let k = 0; k < f.tokens.length; k++) {
      const t = f.tokens[k];
      if (t.lemma !== lemma || !predicate(t)) continue;
      if (negated.some((n) => n.features === f && n.at === k)) continue;
      // "declined to give details", "refused to recuse": negated without a negator.
      if (f.tokens.slice(Math.max(0, k - 4), k).some((p) => LEXICAL.has(p.lower) || isNegator(p))) continue;
      return { token: t, features: f };
    }
  }
  return null;
}

/** The head noun of what a predicate acts on ("did not support gay marriages" → marriage), or null when no noun follows it directly. */
function objectOf(f: SentenceFeatures, at: number): Token | null {
  for (let k = at + 1; k < f.tokens.length && k <= at + 4; k++) {
    const t = f.tokens[k];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      // The last noun of a compound is its head ("merger talks" → talks, "gay marriages" → marriage).
      let head = t;
      while (f.tokens[k + 1]?.pos === 'NOUN' || f.tokens[k + 1]?.pos === 'PROPN') head = f.tokens[++k];
      return head;
    }
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'NUM')) return null;
  }
  return null;
}

/**
 * One side asserts what the other denies: "the mayor said he would not resign" vs "the
 * mayor said he would resign". The negated word is the first verb, adjective or noun after
 * a syntactic negator (not, n't, never, no, nobody, …); the other side must say that same
 * word with no negation, have a different number of negations, share most of its
 * claim words, and not name a different actor just before the two words. "Not only …" and "did not say whether …" negate nothing,
 * and a denial whose object the other side never mentions ("did not support gay marriage"
 * vs "supported the full inclusion of gay families") is about something else.
 */
export function detectNegationConflict(a: RuleSide, b: RuleSide): Conflict[] {
  if (claimOverlap(a.features, b.features, true) < SAME_CLAIM) return [];
  const count = (s: RuleSide) => s.features.reduce((n, f) => n + f.tokens.filter(isNegator).length, 0);
  if (count(a) === count(b)) return [];
  const conflicts: Conflict[] = [];
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const nx = x.features.flatMap(negatedPredicates);
    const ny = y.features.flatMap(negatedPredicates);
    for (const n of nx) {
      if (asserted(x.features, n.lemma, nx)) continue; // the side says it both ways itself
      const hit = asserted(y.features, n.lemma, ny);
      if (!hit) continue;
      // A denial about another object is no denial of the claim: "didn't explicitly support
      // gay marriages but backed the full inclusion of gay families" vs "supported the full inclusion".
      const object = objectOf(n.features, n.at);
      if (object && !y.features.some((f) => f.tokens.some((t) => t.lemma === object.lemma))) continue;
      const toks = hit.features.tokens;
      const k = toks.indexOf(hit.token);
      // "MacFarlane would not host" is no denial of "DeGeneres will host".
      const who = nameBefore(n.features, n.at);
      const whoElse = nameBefore(hit.features, k);
      if (who && whoElse && !sameEntity(who, whoElse)) continue;
      const from = toks.slice(Math.max(0, k - 2), k).filter((t) => t.kind !== 'punctuation')[0] ?? hit.token;
      const said = sentence(hit.features, from.start, hit.token.end);
      const values = ordered(a.source, b.source, { [x.source]: n.text, [y.source]: said });
      conflicts.push({
        kind: 'negation',
        values,
        explanation: `${a.source} says "${values[a.source]}", ${b.source} says "${values[b.source]}"`,
      });
      break;
    }
  }
  // One polarity difference per pair of sides is enough to show; the first found is listed.
  return conflicts.slice(0, 1);
}
