import type { Conflict, NameMention, SentenceFeatures } from '../types.js';
import { claimOverlap } from './claim-overlap.js';
import { findSpeakers } from './find-speakers.js';
import { perSentence } from '../features/per-sentence.js';
import { tokenSpan } from './mention-context.js';
import type { RuleSide } from './rule.js';
import { isPerson, mentionedIn, realNames, sameEntity, samePerson } from './same-entity.js';

/** Share of claim words the two sides must have in common before a different name counts as a different actor for the same claim. */
const SAME_CLAIM = 0.6;

interface Placed { name: NameMention; features: SentenceFeatures }

/** The persons a sentence names other than its speakers (who said it is the attribution rule's), once per sentence. */
const personsOf = perSentence((f: SentenceFeatures): Placed[] => {
  const speakers = findSpeakers(f);
  return realNames(f)
    .filter((n) => isPerson(n) && !speakers.some((sp) => sp.kind === 'name' && sp.text === n.text))
    .map((name) => ({ name, features: f }));
});

const stopLemmas = perSentence((f: SentenceFeatures): string[] => f.tokens.filter((t) => t.stop).map((t) => t.lemma));

/** Lower-case words of the nearest two non-punctuation tokens before (dir -1) or after (+1) a name. */
function neighbours(p: Placed, dir: -1 | 1): string[] {
  const [first, last] = tokenSpan(p.features, p.name.start, p.name.end);
  const out: string[] = [];
  for (let k = dir < 0 ? first - 1 : last + 1; k >= 0 && k < p.features.tokens.length && out.length < 2; k += dir) {
    const t = p.features.tokens[k];
    if (t.kind === 'punctuation') { if (out.length === 0) continue; break; }
    out.push(t.lemma);
  }
  return out;
}

/** Role words written in the name itself or just before it ("Defense Secretary", "Foreign Minister"). */
function role(p: Placed): string[] {
  const inside = p.name.text.toLowerCase().split(/[\s.]+/).filter((w) => w && !p.name.parts.includes(w.replace(/[’']s$/, '')));
  return inside.filter((w) => /^\p{L}{3,}$/u.test(w) && w !== 'the' && w !== 'of');
}

function sameSlot(x: Placed, y: Placed, stop: Set<string>): boolean {
  for (const dir of [-1, 1] as const) {
    const nx = neighbours(x, dir);
    const ny = neighbours(y, dir);
    if (nx.length === 2 && nx.join(' ') === ny.join(' ') && nx.some((w) => !stop.has(w))) return true;
  }
  const rx = role(x);
  const ry = role(y);
  return rx.length > 0 && rx.join(' ') === ry.join(' ');
}

/**
 * A different person in the same role: "Defense Secretary Lloyd Austin" vs "Defense
 * Secretary Chuck Hagel", "the bill introduced by Senator John Thune" vs "by Senator John
 * Barrasso". Name variants agree (Lloyd J. Austin = Austin, Morsi = Mursi); a person the
 * other side mentions anywhere is not a rival. Places and organisations are left alone:
 * on real paraphrases they vary by metonymy and abbreviation (Athens ~ Greek, Obama ~ U.S.,
 * BoE = Bank of England) far more often than they conflict. The two
 * names must stand in the same slot (same title, or the same two words on one side) and
 * the sentences must share most of their claim words. Speakers are left to the attribution rule.
 */
export function detectNameConflict(a: RuleSide, b: RuleSide): Conflict[] {
  if (claimOverlap(a.features, b.features) < SAME_CLAIM) return [];
  const placed = (s: RuleSide): Placed[] => s.features.flatMap(personsOf);
  // Any shared word makes two names possibly one (even a first name: "Maryland GOP" ~ "Maryland Republican").
  const ua = placed(a).filter((p) => !mentionedIn(p.name.parts, b.features));
  if (ua.length === 0) return [];
  const ub = placed(b).filter((p) => !mentionedIn(p.name.parts, a.features));
  if (ub.length === 0) return [];
  const stop = new Set(a.features.concat(b.features).flatMap(stopLemmas));
  const conflicts: Conflict[] = [];
  const used = new Set<Placed>();
  for (const x of ua) {
    const y = ub.find((q) => !used.has(q) && !samePerson(x.name.parts, q.name.parts) && !sameEntity(x.name.parts, q.name.parts) && sameSlot(x, q, stop));
    if (!y) continue;
    used.add(y);
    conflicts.push({
      kind: 'name',
      values: { [a.source]: x.name.text, [b.source]: y.name.text },
      explanation: `${a.source} names ${x.name.text}, ${b.source} names ${y.name.text} in the same role`,
    });
  }
  return conflicts;
}
