import { normalizeText } from '../../../src/segment/normalize-text.js';

/**
 * Makes untrusted text (article sentences, labels, file names) safe for one
 * terminal line: escape sequences (CSI, OSC, DCS …) and control characters are
 * removed by the engine's own normaliser, then line breaks become spaces. The
 * engine already strips at input; this runs again at render time on purpose
 * (DESIGN §8), because labels and origins do not pass through the engine.
 */
export function sanitizeText(text: string): string {
  return normalizeText(text).replace(/\n+/g, ' ');
}
