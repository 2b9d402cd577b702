import type { DateMention, Token } from '../types.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
// No prototype: a word of the article such as "constructor" must not be found as a key.
const MONTHS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
});
const RELATIVE = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);
/** Days in each month (February with its leap day): "July 32" is a month followed by a count ("In July 32 officers were sent"). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isDay = (month: number, day: number) => day >= 1 && day <= MONTH_DAYS[month - 1];

/**
 * Dates and times with a canonical form: weekdays ("weekday:monday"), month and day
 * ("date:1-5"), years ("year:2024"), clock times ("time:19:41"), relative days.
 * "7:41" and "7 minutes 41 seconds" are both durations "duration:7:41"; which one is
 * meant is settled by the conflict rule, which compares like with like.
 */
export function parseDates(sentence: string, tokens: Token[]): DateMention[] {
  const out: DateMention[] = [];
  const push = (i: number, j: number, canonical: string) =>
    out.push({ text: sentence.slice(tokens[i].start, tokens[j].end), canonical, start: tokens[i].start, end: tokens[j].end });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const word = t.lower.replace(/\.$/, '');
    if (WEEKDAYS.includes(word)) { push(i, i, `weekday:${word}`); continue; }
    if (RELATIVE.has(word)) { push(i, i, `relative:${word}`); continue; }
    // "May" is a month only next to a day number or a year.
    if (word in MONTHS && (word !== 'may' || /^\d/.test(tokens[i + 1]?.text ?? '')) && /^\p{Lu}/u.test(t.text)) {
      const next = tokens[i + 1];
      // English dates a day with "on" and a month with "in": "in March 24 firefighters" is March and a count,
      // unless a year follows ("in March 24, 2010").
      const inMonth = tokens[i - 1]?.lower === 'in' && !/^\d{4}$/.test(tokens[i + 2]?.text === ',' ? tokens[i + 3]?.text ?? '' : tokens[i + 2]?.text ?? '');
      if (next && /^\d{1,2}(st|nd|rd|th)?$/.test(next.lower) && isDay(MONTHS[word], parseInt(next.lower, 10)) && !inMonth) {
        let j = i + 1;
        if (tokens[j + 1]?.text === ',' && /^\d{4}$/.test(tokens[j + 2]?.text ?? '')) j += 2;
        else if (/^\d{4}$/.test(tokens[j + 1]?.text ?? '')) j += 1;
        push(i, j, `date:${MONTHS[word]}-${parseInt(next.lower, 10)}`);
        i = j;
      } else if (next && /^\d{4}$/.test(next.text)) {
        push(i, i + 1, `month:${next.text}-${MONTHS[word]}`);
        i++;
      } else {
        push(i, i, `month:${MONTHS[word]}`);
      }
      continue;
    }
    // "5 January"
    if (/^\d{1,2}$/.test(t.text) && tokens[i + 1] && tokens[i + 1].lower.replace(/\.$/, '') in MONTHS && /^\p{Lu}/u.test(tokens[i + 1].text) &&
      isDay(MONTHS[tokens[i + 1].lower.replace(/\.$/, '')], Number(t.text))) {
      push(i, i + 1, `date:${MONTHS[tokens[i + 1].lower.replace(/\.$/, '')]}-${parseInt(t.text, 10)}`);
      i++;
      continue;
    }
    // Clock times: "7:41", "7:41 p.m.", "7 a.m."
    const clock = /^(\d{1,2}):(\d{2})$/.exec(t.text);
    const meridiem = /^(a\.?m\.?|p\.?m\.?)$/.exec(tokens[i + 1]?.lower ?? '');
    if (clock || (/^\d{1,2}$/.test(t.text) && meridiem)) {
      let hour = Number(clock ? clock[1] : t.text);
      const minute = clock ? clock[2] : '00';
      if (meridiem) {
        if (meridiem[1].startsWith('p') && hour < 12) hour += 12;
        if (meridiem[1].startsWith('a') && hour === 12) hour = 0;
        push(i, i + 1, `time:${hour}:${minute}`);
        i++;
      } else {
        // Without a.m./p.m. "7:41" may be a clock time or a duration ("7:41 to go").
        push(i, i, `clock:${hour}:${minute}`);
      }
      continue;
    }
    // "7 minutes 41 seconds" as a duration comparable to "7:41".
    if (/^\d+$/.test(t.text) && /^minutes?$/.test(tokens[i + 1]?.lower ?? '') && /^\d+$/.test(tokens[i + 2]?.text ?? '') && /^seconds?$/.test(tokens[i + 3]?.lower ?? '')) {
      push(i, i + 3, `clock:${Number(t.text)}:${tokens[i + 2].text.padStart(2, '0')}`);
      i += 3;
      continue;
    }
    if (/^\d{4}$/.test(t.text)) {
      const year = Number(t.text);
      if (year >= 1800 && year <= 2100 && !(tokens[i + 1] && tokens[i + 1].pos === 'NOUN')) push(i, i, `year:${year}`);
    }
  }
  return out;
}
