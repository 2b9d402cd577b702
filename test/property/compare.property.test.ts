/**
 * Property-based tests of the engine (issue 7) with fast-check: random text and
 * real corpus sentences shuffled, dropped and reworded. Whatever the input, the
 * comparison keeps the JSON contract (DESIGN §4); comparing a text with itself
 * pairs every sentence with itself; swapping the sources swaps the result.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compare } from '../../src/compare.js';
import { segmentDocument } from '../../src/segment/segment-document.js';
import type { Comparison, SourceInput } from '../../src/types.js';
import { contractViolations } from '../support/check-contract.js';
import { CORPUS_PAIR, corpusInput } from '../support/corpus.js';

/** The real sentences of the corpus pair (29), the material the mutations work on. */
const SENTENCES = CORPUS_PAIR.flatMap((p) => segmentDocument(corpusInput(p), 0).sentences.map((s) => s.text));

const input = (text: string, label: string): SourceInput => ({ label, origin: label, text, title: null });

/** A real sentence reworded as outlets do: a word dropped, two words swapped, a number changed. */
const mutated = fc
  .tuple(fc.constantFrom(...SENTENCES), fc.nat(), fc.nat(), fc.constantFrom('drop', 'swap', 'number'))
  .map(([s, p, q, how]) => {
    const words = s.split(' ');
    const i = p % words.length;
    const j = q % words.length;
    if (how === 'drop' && words.length > 3) words.splice(i, 1);
    else if (how === 'swap') [words[i], words[j]] = [words[j], words[i]];
    else return s.replace(/\d+/, (d) => String(Number(d) + 1 + (p % 7)));
    return words.join(' ');
  });

/** Odd text: any Unicode, control characters, escape sequences, lone punctuation. */
const noise = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('…', '"', '.', '\u001b[31m', '\n\n', '— ', '1.5', 'U.S.', '。', '😀', '\u202e', 'Leave a Reply'),
  // Words that name built-in object properties, next to numbers, units and months (word-keyed tables).
  fc.constantFrom('constructor', 'toString 12', '__proto__ million', 'valueOf May 5', 'hasOwnProperty $5', 'five constructor'),
);

/** A document: real, reworded and odd sentences in any order, in one or several paragraphs. */
const documentText = fc
  .tuple(fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SENTENCES) }, { weight: 2, arbitrary: mutated }, { weight: 1, arbitrary: noise }), { maxLength: 14 }), fc.boolean())
  .map(([parts, paragraphs]) => parts.join(paragraphs ? '\n\n' : ' '));

/** A document of distinct real sentences in a random order. */
const realDocument = fc.shuffledSubarray([...new Set(SENTENCES)], { minLength: 1 }).map((s) => s.join('\n\n'));

function scores(c: Comparison): number[] {
  return c.matches.flatMap((m) => [m.score, ...Object.values(m.evidence.features)]);
}

/** A match as seen from the other side, so that results of swapped inputs can be compared. */
function swapped(c: Comparison) {
  const flip = (id: string) => (id === 'A' ? 'B' : 'A');
  return {
    matches: c.matches
      .map((m) => ({
        relation: m.relation,
        score: m.score,
        members: m.members.map((x) => ({ source: flip(x.source), sentences: x.sentences })).sort((p, q) => p.source.localeCompare(q.source)),
      }))
      .map((m) => JSON.stringify(m))
      .sort(),
    unique: c.unique.map((u) => `${flip(u.source)}:${u.sentences.join(',')}`).sort(),
  };
}

function plain(c: Comparison) {
  return {
    matches: c.matches.map((m) => JSON.stringify({ relation: m.relation, score: m.score, members: m.members })).sort(),
    unique: c.unique.map((u) => `${u.source}:${u.sentences.join(',')}`).sort(),
  };
}

describe('compare, for any input', () => {
  test('keeps the JSON contract, with scores and features in 0..1', () => {
    fc.assert(
      fc.property(documentText, documentText, (a, b) => {
        const c = compare([input(a, 'a'), input(b, 'b')]);
        expect(contractViolations(c)).toEqual([]);
        for (const s of scores(c)) expect(s >= 0 && s <= 1).toBe(true);
        // The JSON survives a round trip unchanged (no undefined, NaN or lone surrogate tricks).
        expect(JSON.parse(JSON.stringify(c))).toEqual(c);
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  test('keeps the contract for three sources', () => {
    fc.assert(
      fc.property(documentText, documentText, documentText, (a, b, c3) => {
        const c = compare([input(a, 'a'), input(b, 'b'), input(c3, 'c')]);
        expect(contractViolations(c)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  test('comparing a document with itself pairs every sentence with itself as an agreement', () => {
    fc.assert(
      fc.property(realDocument, (text) => {
        const c = compare([input(text, 'a'), input(text, 'b')]);
        const ignored = new Set(c.ignored.filter((g) => g.source === 'A').flatMap((g) => g.sentences));
        for (const s of c.sources[0].sentences) {
          if (ignored.has(s.index)) continue;
          const self = c.matches.find(
            (m) => m.relation === 'agreement' && m.members.some((x) => x.source === 'A' && x.sentences.includes(s.index)) &&
              m.members.some((x) => x.source === 'B' && x.sentences.includes(s.index)),
          );
          expect(self, `A#${s.index} "${s.text}" is not matched with itself`).toBeDefined();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  test('swapping the two sources swaps the result', () => {
    fc.assert(
      fc.property(documentText, documentText, (a, b) => {
        const ab = compare([input(a, 'a'), input(b, 'b')]);
        const ba = compare([input(b, 'b'), input(a, 'a')]);
        expect(swapped(ba)).toEqual(plain(ab));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
