import { diffWords } from 'diff';
import type { Conflict, QuoteMention, SentenceFeatures } from '../types.js';
import { MIN_WORDS, excerpt, sameQuotation, words } from './compare-quotes.js';
import { findMisquote, quoteWords } from './find-misquote.js';
import { findSpeakers } from './find-speakers.js';
import type { RuleSide } from './rule.js';

/** A quotation as shown: editors' parenthetical asides dropped, closing punctuation trimmed. */
function clean(text: string): string {
  return text.replace(/\s*\([^)]*\)/g, '').trim().replace(/[,.;:]$/, '');
}
import { sameEntity } from './same-entity.js';

interface Quoted { quote: QuoteMention; features: SentenceFeatures }

/** Both quotations are credited to named speakers who are certainly different people. */
function differentSpeakers(x: Quoted, y: Quoted): boolean {
  const sx = findSpeakers(x.features).filter((s) => s.person);
  const sy = findSpeakers(y.features).filter((s) => s.person);
  return sx.length > 0 && sy.length > 0 && !sx.some((p) => sy.some((q) => sameEntity(p.parts, q.parts)));
}

/**
 * The same quotation worded differently (a misquote), with the word diff of the two
 * quotations: "This is a dark day for our democracy" vs "This is a sad day for our
 * country". Two quotations are the same one when they share a run of three words and
 * half their words. Only a content word replaced by another content word, or a negation
 * dropped or added, makes a misquote (see find-misquote.ts): an excerpt of the other
 * (also around "…", unless the cut drops a negation), words quoted beyond the other's ends or trimmed from the middle,
 * changed function words, a name for a pronoun, other spellings, case and punctuation
 * are the editing every quotation goes through. When the two are credited to different
 * people the difference is one of attribution, reported by that rule instead.
 */
export function detectQuoteConflict(a: RuleSide, b: RuleSide): Conflict[] {
  const quoted = (s: RuleSide): Quoted[] =>
    s.features.flatMap((f) => f.quotes.filter((q) => words(q.text).length >= MIN_WORDS).map((quote) => ({ quote, features: f })));
  const qa = quoted(a);
  const qb = quoted(b);
  const conflicts: Conflict[] = [];
  for (const x of qa) {
    const wx = words(x.quote.text);
    for (const y of qb) {
      const wy = words(y.quote.text);
      if (wx.join(' ') === wy.join(' ')) continue;
      // An excerpt (fragments around "…" in any order) is a misquote only when the cut drops a negation.
      const cut = excerpt(x.quote.text, y.quote.text) || excerpt(y.quote.text, x.quote.text);
      if (!sameQuotation(x.quote.text, y.quote.text)) continue;
      if (differentSpeakers(x, y)) continue;
      const changed = findMisquote(quoteWords(x.quote, x.features), quoteWords(y.quote, y.features)).filter((h) => !cut || h.negation);
      if (changed.length === 0) continue;
      const va = clean(x.quote.text);
      const vb = clean(y.quote.text);
      const diff = diffWords(va, vb, { ignoreCase: true }).map((c) => ({ text: c.value, side: c.added ? ('b' as const) : c.removed ? ('a' as const) : ('both' as const) }));
      const where = changed.map((h) => `${a.source} has "${h.a.join(' ') || '…'}" where ${b.source} has "${h.b.join(' ') || '…'}"`).join('; ');
      conflicts.push({
        kind: 'quote',
        values: { [a.source]: va, [b.source]: vb },
        explanation: `The quotation differs: ${where}`,
        diff,
      });
    }
  }
  return conflicts;
}
