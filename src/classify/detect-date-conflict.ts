import cues from '../features/cues.json' with { type: 'json' };
import type { Conflict, DateMention, SentenceFeatures } from '../types.js';
import { contextWords, shared, tokenSpan } from './mention-context.js';
import type { RuleSide } from './rule.js';

const REPORTING = new Set(cues.attribution);
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Content words looked at on each side of a date to tell which event it dates. */
const WINDOW = 4;
/** Words the two contexts must share: one is too loose in multi-event stories ("charged Saturday after the party shooting" vs "shot at the party Friday"). */
const MIN_SHARED = 2;

/**
 * Which kind of date a canonical form is, so only like is compared with like: a weekday
 * with a weekday, a day of the month with a day of the month, a time with a time.
 * Relative days ("yesterday", "today") are never compared: two outlets publishing on
 * different days say "yesterday" and "Monday" for the same day.
 */
function group(d: DateMention): string | null {
  const kind = d.canonical.slice(0, d.canonical.indexOf(':'));
  // A bare year names which event as much as it dates it ("hosted in 2007" vs "to host the
  // 2014 Oscars" are two ceremonies): years are not compared on their own (precision first).
  if (kind === 'weekday' || kind === 'date') return kind;
  if (kind === 'time' || kind === 'clock') return 'time';
  return null;
}

interface Dated { date: DateMention; features: SentenceFeatures }

/** The word just before a date ("late Thursday", "early Friday"). */
function modifier(d: Dated): string {
  const [first] = tokenSpan(d.features, d.date.start, d.date.end);
  const prev = d.features.tokens.slice(0, first).filter((t) => t.lower !== 'on').pop();
  return prev?.lower ?? '';
}

/** "7:41" (no a.m./p.m.: a clock time or a duration) agrees with 7:41 and 19:41; "late Thursday" with "early Friday". */
function same(x: Dated, y: Dated): boolean {
  if (x.date.canonical === y.date.canonical) return true;
  const tx = /^(time|clock):(\d+):(\d+)$/.exec(x.date.canonical);
  const ty = /^(time|clock):(\d+):(\d+)$/.exec(y.date.canonical);
  if (tx && ty) {
    if (tx[3] !== ty[3] || (tx[1] === 'time' && ty[1] === 'time')) return false;
    return Number(tx[2]) % 12 === Number(ty[2]) % 12;
  }
  const wx = WEEKDAYS.indexOf(x.date.canonical.replace('weekday:', ''));
  const wy = WEEKDAYS.indexOf(y.date.canonical.replace('weekday:', ''));
  if (wx >= 0 && wy >= 0) {
    const [late, early] = (wy - wx + 7) % 7 === 1 ? [x, y] : (wx - wy + 7) % 7 === 1 ? [y, x] : [null, null];
    if (late && early && /^(late|overnight)$/.test(modifier(late)) && /^(early|overnight)$/.test(modifier(early))) return true;
  }
  return false;
}

/**
 * A date right next to a reporting verb ("said Friday", "told reporters on Tuesday") dates
 * the statement, not the event: it is only compared with another statement's date.
 */
function datesStatement(d: Dated): boolean {
  const [first, last] = tokenSpan(d.features, d.date.start, d.date.end);
  const toks = d.features.tokens;
  const near = [...toks.slice(Math.max(0, first - 4), first), ...toks.slice(last + 1, last + 3)];
  return near.some((t) => REPORTING.has(t.lower) && t.pos === 'VERB');
}

/**
 * A date next to "comment" dates the reporter's request for comment ("could not be reached
 * for comment Wednesday", "declined to comment Friday", "could not be located Thursday to
 * comment"): each outlet asks on the day it reports, so the date tells which day the
 * outlet published, not when anything in the story happened. Never compared.
 */
function datesRequestForComment(d: Dated): boolean {
  const [first, last] = tokenSpan(d.features, d.date.start, d.date.end);
  const toks = d.features.tokens;
  return [...toks.slice(Math.max(0, first - 4), first), ...toks.slice(last + 1, last + 3)].some((t) => t.lemma === 'comment');
}

/**
 * Dates and times of the same kind that disagree about the same event: "announced on
 * Monday" vs "announced on Tuesday", "Jan. 5" vs "Jan. 6", "7:41 p.m." vs "8:15 p.m.".
 * "7:41" and "7 minutes 41 seconds" have the same form. A side that also gives the other
 * side's value anywhere agrees; the date of a statement ("said Friday") is only compared with
 * the date of a statement, the date of an event with that of an event; and two
 * dates are only paired when the words around them share one (the same event is dated),
 * so "checked in on Tuesday" vs "confirmed on Friday" is not a conflict. The day a
 * reporter asked for comment is the outlet's own day, never compared.
 */
export function detectDateConflict(a: RuleSide, b: RuleSide): Conflict[] {
  const dated = (s: RuleSide): Dated[] =>
    s.features.flatMap((f) => f.dates.map((date) => ({ date, features: f }))).filter((d) => !datesRequestForComment(d));
  const da = dated(a);
  const db = dated(b);
  const conflicts: Conflict[] = [];
  for (const g of ['weekday', 'date', 'time']) {
    const xa = da.filter((d) => group(d.date) === g);
    const xb = db.filter((d) => group(d.date) === g);
    if (xa.length === 0 || xb.length === 0) continue;
    if (xa.some((x) => xb.some((y) => same(x, y)))) continue;
    const ctx = (d: Dated) => contextWords(d.features, d.date.start, d.date.end, WINDOW, (t) => f(t.lower));
    const f = (w: string) => WEEKDAYS.includes(w) || REPORTING.has(w);
    const pair = xa
      .flatMap((x) => xb.map((y) => [x, y] as const))
      .find(([x, y]) => datesStatement(x) === datesStatement(y) && shared(ctx(x), ctx(y)) >= MIN_SHARED);
    if (!pair) continue;
    const [x, y] = pair;
    conflicts.push({
      kind: 'date',
      values: { [a.source]: x.date.text, [b.source]: y.date.text },
      explanation: `${a.source} says ${x.date.text}, ${b.source} says ${y.date.text}`,
    });
  }
  return conflicts;
}
