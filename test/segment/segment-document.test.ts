import { describe, expect, test } from 'vitest';
import { segmentDocument, sourceId } from '../../src/segment/segment-document.js';
import { CORPUS_PAIR, corpusInput } from '../support/corpus.js';

const doc = (text: string) => segmentDocument({ label: 't', origin: 't', text, title: null }, 0);

describe('segmentDocument', () => {
  test('every sentence is its slice of the normalised text, with its paragraph', () => {
    const d = doc('Headline Without a Full Stop\n\nFirst paragraph here. It has two sentences.\n\n- A bullet line\n- Another bullet line\n\nLast one.');
    expect(d.title).toBe('Headline Without a Full Stop');
    expect(d.sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Headline Without a Full Stop', 0],
      ['First paragraph here.', 1],
      ['It has two sentences.', 1],
      ['- A bullet line', 2],
      ['- Another bullet line', 3],
      ['Last one.', 4],
    ]);
    d.sentences.forEach((s, k) => {
      expect(s.index).toBe(k);
      expect(d.text.slice(s.start, s.end)).toBe(s.text);
      const p = d.paragraphs[s.paragraph];
      expect(s.start).toBeGreaterThanOrEqual(p.start);
      expect(s.end).toBeLessThanOrEqual(p.end);
    });
  });

  test('a text without any sentence punctuation is split at its line breaks, and its first line is no headline', () => {
    const d = doc('the council voted to close the library on main street and residents protested outside city hall for hours\nthe mayor said the budget left no choice and the library will shut in march\n');
    expect(d.title).toBeNull();
    expect(d.sentences.map((s) => s.text)).toEqual([
      'the council voted to close the library on main street and residents protested outside city hall for hours',
      'the mayor said the budget left no choice and the library will shut in march',
    ]);
  });

  test('a headline line ends at its line break, even with the body on the next line', () => {
    const d = doc('Texas Inmate Escapes During Prison Transfer, Remains Armed and at Large\nArcade Joseph Comeaux Jr. is a convicted sex offender who escaped on Monday morning near Huntsville, officials said.\nHe was being moved between two prison units when he pulled a gun on the two guards escorting him.\n');
    expect(d.title).toBe('Texas Inmate Escapes During Prison Transfer, Remains Armed and at Large');
    expect(d.sentences[0].text).toBe('Texas Inmate Escapes During Prison Transfer, Remains Armed and at Large');
    expect(d.sentences[1].text).toMatch(/^Arcade Joseph Comeaux Jr\. is a convicted/);
  });

  test('a wrapped line full of names is not a headline', () => {
    const d = doc('The talks on Monday between U.S. Defense Secretary Lloyd Austin and Israeli\nDefense Minister Yoav Gallant lasted three hours, officials from both sides said.\n\nDefense Minister Yoav Gallant and Secretary Lloyd Austin met in Washington\non Tuesday to discuss the war in Gaza and the hostages held by Hamas there.\n');
    expect(d.sentences.map((s) => s.text.replace(/\n/g, ' '))).toEqual([
      'The talks on Monday between U.S. Defense Secretary Lloyd Austin and Israeli Defense Minister Yoav Gallant lasted three hours, officials from both sides said.',
      'Defense Minister Yoav Gallant and Secretary Lloyd Austin met in Washington on Tuesday to discuss the war in Gaza and the hostages held by Hamas there.',
    ]);
  });

  test('a hard-wrapped paragraph (lines of similar length, punctuated) is still one paragraph', () => {
    const d = doc('The council voted on Tuesday to close the library on Main Street, and\nresidents protested outside city hall for several hours afterwards. The\nmayor said the budget left no choice.\n');
    expect(d.sentences.map((s) => [s.text.replace(/\n/g, ' '), s.paragraph])).toEqual([
      ['The council voted on Tuesday to close the library on Main Street, and residents protested outside city hall for several hours afterwards.', 0],
      ['The mayor said the budget left no choice.', 0],
    ]);
  });

  test('CRLF, BOM and escape sequences are normalised before offsets are taken', () => {
    const d = doc('\ufeffAustin met \x1b[31mGallant\x1b[0m.\r\n\r\nThe talks\x07 lasted two hours.\r\n');
    expect(d.text).toBe('Austin met Gallant.\n\nThe talks lasted two hours.\n');
    expect(d.sentences.map((s) => s.text)).toEqual(['Austin met Gallant.', 'The talks lasted two hours.']);
    for (const s of d.sentences) expect(d.text.slice(s.start, s.end)).toBe(s.text);
  });

  test('offsets count UTF-16 code units through emoji and right-to-left text', () => {
    const d = doc('The minister 👍🏽 said the talks went well 🇺🇸. قال الوزير إن المحادثات كانت جيدة. Austin met Gallant 👨‍👩‍👧 on Monday.');
    expect(d.sentences.map((s) => s.text)).toEqual([
      'The minister 👍🏽 said the talks went well 🇺🇸.',
      'قال الوزير إن المحادثات كانت جيدة.',
      'Austin met Gallant 👨‍👩‍👧 on Monday.',
    ]);
    for (const s of d.sentences) expect(d.text.slice(s.start, s.end)).toBe(s.text);
  });

  test('the corpus articles split as a careful reader splits them (DESIGN §5: 13/13 and 16/16)', () => {
    const counts = CORPUS_PAIR.map((p) => segmentDocument(corpusInput(p), 0)).map((d) => {
      for (const s of d.sentences) expect(d.text.slice(s.start, s.end)).toBe(s.text);
      return d.sentences.length;
    });
    expect(counts).toEqual([13, 16]);
  });

  test('source ids run A…Z, then AA, AB, …', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(sourceId)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});
