import { diffWords } from 'diff';
import type { Conflict, QuoteMention, SentenceFeatures } from '../types.js';
import { MIN_WORDS, excerpt, sameQuotation, words } from './compare-quotes.js';
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
 * half their words; an excerpt of the other (also around "…") is not a misquote, nor
 * are differences of case and punctuation. When the two are credited to different
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
      if (wx.join(' ') === wy.join(' ') || excerpt(x.quote.text, y.quote.text) || excerpt(y.quote.text, x.quote.text)) continue;
      if (!sameQuotation(x.quote.text, y.quote.text)) continue;
      if (differentSpeakers(x, y)) continue;
      const va = clean(x.quote.text);
      const vb = clean(y.quote.text);
      const diff = diffWords(va, vb, { ignoreCase: true }).map((c) => ({ text: c.value, side: c.added ? ('b' as const) : c.removed ? ('a' as const) : ('both' as const) }));
      const onlyA = diff.filter((d) => d.side === 'a').map((d) => d.text.trim()).join(' ');
      const onlyB = diff.filter((d) => d.side === 'b').map((d) => d.text.trim()).join(' ');
      conflicts.push({
        kind: 'quote',
        values: { [a.source]: va, [b.source]: vb },
        explanation: `The quotation differs: ${a.source} has "${onlyA || '…'}" where ${b.source} has "${onlyB || '…'}"`,
        diff,
      });
    }
  }
  return conflicts;
}
