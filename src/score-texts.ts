import { classifyMatch } from './classify/classify-match.js';
import { DEFAULT_THRESHOLD } from './compare.js';
import { extractFeatures } from './features/extract-features.js';
import { normalizeText } from './segment/normalize-text.js';
import { BACKGROUND_WEIGHTS } from './similarity/build-term-weights.js';
import { trimVocabulary } from './similarity/match-words.js';
import { scorePair } from './similarity/score-pair.js';
import type { ScoredPair } from './types.js';

/**
 * Scores two free-standing texts (usually one sentence each) with the same
 * scorer and classifier `compare` uses: relation "unrelated" below the match
 * threshold, else conflict / agreement / partial as for a match.
 */
export function scoreTexts(a: string, b: string, threshold: number = DEFAULT_THRESHOLD): ScoredPair {
  trimVocabulary();
  const fa = extractFeatures(normalizeText(a));
  const fb = extractFeatures(normalizeText(b));
  // Nothing to compare on one side (an empty string, only punctuation or function words):
  // compare never pairs such a sentence either, so it is unrelated, not a weak partial.
  if (fa.content.length === 0 || fb.content.length === 0) return { score: 0, relation: 'unrelated', conflicts: [] };
  // A lone pair has no collection to weigh its words against: words weigh by their background IDF (shipped data).
  const s = scorePair([fa], [fb], BACKGROUND_WEIGHTS);
  if (s.score < threshold) return { score: s.score, relation: 'unrelated', conflicts: [] };
  const c = classifyMatch(
    [
      { source: 'A', features: [fa], text: a },
      { source: 'B', features: [fb], text: b },
    ],
    s,
  );
  return { score: s.score, relation: c.relation, conflicts: c.conflicts };
}
