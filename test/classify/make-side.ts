import type { RuleSide } from '../../src/classify/rule.js';
import { extractFeatures } from '../../src/features/extract-features.js';
import { normalizeText } from '../../src/segment/normalize-text.js';

/** One side of a match as the rules see it, built by the real feature extractor from one or more sentences. */
export function side(source: string, ...sentences: string[]): RuleSide {
  return { source, features: sentences.map((s) => extractFeatures(normalizeText(s))), text: sentences.join(' ') };
}
