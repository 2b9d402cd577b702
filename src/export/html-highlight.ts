/**
 * For each text, which of its characters belong to words that no other text
 * uses: a per-character mask. A word counts as "own" only when none of the
 * other versions has it, so a reader sees what this outlet alone says.
 *
 * News reorders freely, so this is a comparison of the words each version
 * holds, not an ordered diff: an ordered diff (jsdiff's LCS) marks "Secretary"
 * as new in "emphasized by US Secretary of Defense" when the other version says
 * "U.S. Defense Secretary", though both use it. Words are compared after light
 * normalisation (case, accents, possessive 's, the dots of "U.S.", a plural or
 * tense ending, a shared stem such as urgent/urgency), numbers exactly.
 * Punctuation and spaces are highlighted only between two highlighted words, so
 * a phrase reads as one mark and a lone comma or 's is never marked.
 */
export function highlightOwnWords(texts: string[]): boolean[][] {
  const tokens = texts.map(words);
  const vocab = tokens.map((list) => new Vocabulary(list.map((t) => t.key)));
  return texts.map((text, k) => {
    const mask = new Array<boolean>(text.length).fill(false);
    if (texts.length < 2) return mask;
    const list = tokens[k];
    const own = list.map((t) => !STOP.has(t.key) && vocab.every((v, j) => j === k || !v.has(t.key)));
    // Little words ("the", "of", "and") are marked only inside a phrase of marked words, never alone.
    for (let i = 0; i < list.length; i++) {
      if (!STOP.has(list[i].key)) continue;
      let before = i - 1;
      while (before >= 0 && STOP.has(list[before].key)) before--;
      let after = i + 1;
      while (after < list.length && STOP.has(list[after].key)) after++;
      own[i] = before >= 0 && after < list.length && own[before] && own[after] && vocab.every((v, j) => j === k || !v.has(list[i].key));
    }
    let previous: Token | null = null;
    list.forEach((token, i) => {
      if (!own[i]) {
        previous = null;
        return;
      }
      // The gap since the previous marked word (spaces, a comma) belongs to the phrase.
      const from: number = previous ? previous.end : token.start;
      for (let c = from; c < token.end; c++) mask[c] = true;
      previous = token;
    });
    return mask;
  });
}

/** Function words (normalised), never marked on their own. Negations are not among them: "not" matters. */
const STOP = new Set(
  'a an the and or but of to in on at by for with from as into onto over than then that this these those there it its is be been was were are has have had will would shall should can could may might do does did so such which who whom whose what when where while also just'
    .split(' ')
    .map(normalise),
);

interface Token {
  start: number;
  end: number;
  /** Normalised form compared across versions. */
  key: string;
}

/** Words and numbers ("U.S.", "Woodburn's", "$35,000" → "35,000", "5.6"), with their place in the text. */
function words(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*\.?/gu)) {
    let raw = m[0];
    // A trailing dot belongs to an abbreviation ("U.S."), not to the end of a sentence ("Hamas.").
    if (raw.endsWith('.') && !/[.][\p{L}]\.$/u.test(raw)) raw = raw.slice(0, -1);
    out.push({ start: m.index, end: m.index + raw.length, key: normalise(raw) });
  }
  return out;
}

function normalise(word: string): string {
  let w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (/\d/.test(w)) return w;
  w = w.replace(/['’]s$/, '').replace(/[.'’]/g, '');
  return stem(w);
}

/** A light English stemmer: one plural or tense ending off a word that keeps at least three letters. */
function stem(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  for (const end of ['ing', 'ed', 'es', 's']) {
    if (w.endsWith(end) && w.length - end.length >= 3 && !w.endsWith('ss')) return w.slice(0, -end.length);
  }
  return w;
}

/** The normalised words of one version, looked up exactly or by a shared stem of most of the shorter word. */
class Vocabulary {
  private readonly exact: Set<string>;
  private readonly byPrefix = new Map<string, string[]>();

  constructor(keys: string[]) {
    this.exact = new Set(keys);
    for (const key of this.exact) {
      if (key.length < 4 || /\d/.test(key)) continue;
      const p = key.slice(0, 4);
      this.byPrefix.set(p, [...(this.byPrefix.get(p) ?? []), key]);
    }
  }

  has(key: string): boolean {
    if (this.exact.has(key)) return true;
    if (key.length < 4 || /\d/.test(key)) return false;
    return (this.byPrefix.get(key.slice(0, 4)) ?? []).some((other) => sameStem(key, other));
  }
}

/**
 * "urgent"/"urgency", "alleviate"/"alleviat(ing)", "Israel"/"Israeli": all but the last letter of the
 * shorter word in common, at least four ("officer"/"official" and "military"/"militant" stay apart).
 */
function sameStem(a: string, b: string): boolean {
  const need = Math.max(4, Math.min(a.length, b.length) - 1);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= need;
}

/** Characters of `text` where one of `values` (a conflict's value as this source gives it) occurs, case-insensitively. */
export function valueMask(text: string, values: string[]): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  const lower = text.toLowerCase();
  for (const value of values) {
    const needle = value.trim().toLowerCase();
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      for (let i = at; i < at + needle.length; i++) mask[i] = true;
    }
  }
  return mask;
}

/** A text cut into runs by two masks: wording only this version uses, and conflicting values. */
export function markRuns(text: string, own: boolean[], value: boolean[]): Array<{ text: string; own: boolean; value: boolean }> {
  const out: Array<{ text: string; own: boolean; value: boolean }> = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || own[i] !== own[start] || value[i] !== value[start]) {
      out.push({ text: text.slice(start, i), own: own[start] ?? false, value: value[start] ?? false });
      start = i;
    }
  }
  return out;
}

/** A text cut into runs of highlighted and plain characters. */
export function maskRuns(text: string, mask: boolean[]): Array<{ text: string; own: boolean }> {
  const out: Array<{ text: string; own: boolean }> = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || mask[i] !== mask[start]) {
      out.push({ text: text.slice(start, i), own: mask[start] ?? false });
      start = i;
    }
  }
  return out;
}
