import type { SentenceFeatures, Token } from '../types.js';

/** Indices of the tokens covering the character range start..end of a sentence. */
export function tokenSpan(f: SentenceFeatures, start: number, end: number): [number, number] {
  const first = Math.max(0, f.tokens.findIndex((t) => t.end > start));
  let last = first;
  while (last + 1 < f.tokens.length && f.tokens[last + 1].start < end) last++;
  return [first, last];
}

/**
 * Content lemmas nearest to a mention (up to `window` on each side, stop words, numbers and
 * tokens rejected by `skip` left out): what the mention is about. Two mentions whose
 * contexts share no word are about different things, however alike their values look.
 */
export function contextWords(f: SentenceFeatures, start: number, end: number, window: number, skip: (t: Token) => boolean = () => false): Set<string> {
  const [first, last] = tokenSpan(f, start, end);
  const out = new Set<string>();
  const take = (k: number) => {
    const t = f.tokens[k];
    if (t.stop || t.kind !== 'word' || !/\p{L}/u.test(t.text) || skip(t)) return false;
    out.add(t.lemma);
    return true;
  };
  for (let k = first - 1, n = 0; k >= 0 && n < window; k--) if (take(k)) n++;
  for (let k = last + 1, n = 0; k < f.tokens.length && n < window; k++) if (take(k)) n++;
  return out;
}

/** How many words two word sets share. */
export function shared(x: Set<string>, y: Set<string>): number {
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n;
}
