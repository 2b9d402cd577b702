import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyMatch } from '../../src/classify/classify-match.js';
import { compare } from '../../src/compare.js';
import { extractFeatures } from '../../src/features/extract-features.js';
import type { Comparison, PairScore } from '../../src/types.js';

// vitest runs the TypeScript under test/, so the corpus is two folders up.
const load = (name: string) => readFileSync(fileURLToPath(new URL(`../../corpus/austin-gallant/${name}`, import.meta.url)), 'utf8');
const pentagon = load('pentagon-meeting.txt');
const unbreakable = load('unbreakable-or-not.txt');
const result: Comparison = compare([
  { label: 'pentagon-meeting.txt', origin: 'corpus/austin-gallant/pentagon-meeting.txt', text: pentagon },
  { label: 'unbreakable-or-not.txt', origin: 'corpus/austin-gallant/unbreakable-or-not.txt', text: unbreakable },
]);
const sentence = (id: string, needle: string) => {
  const s = result.sources.find((x) => x.id === id)!.sentences.find((x) => x.text.includes(needle));
  if (!s) throw new Error(`no sentence with "${needle}" in ${id}`);
  return s.text;
};
const pair = (a: string, b: string) => {
  const score: PairScore = { score: 0.5, coverageA: 1, coverageB: 1, evidence: { shared: [], similar: [], names: [], numbers: [], features: {} } };
  return classifyMatch([{ source: 'A', features: [extractFeatures(a)], text: a }, { source: 'B', features: [extractFeatures(b)], text: b }], score);
};

describe('conflicts on the Austin–Gallant corpus pair', () => {
  it('finds no checkable contradiction: the two articles differ in emphasis, not in facts', () => {
    expect(result.matches.filter((m) => m.relation === 'conflict').map((m) => m.conflicts)).toEqual([]);
  });

  it('every conflict list is empty exactly when the relation is not conflict', () => {
    for (const m of result.matches) expect(m.conflicts.length > 0).toBe(m.relation === 'conflict');
  });

  it('"Israel Defense Minister Yoav Gallant" and "his Israeli counterpart Yoav Gallant" are one person, and Austin = Lloyd J. Austin', () => {
    const c = pair(sentence('A', 'Israel Defense Minister Yoav Gallant'), sentence('B', 'Israeli counterpart Yoav Gallant'));
    expect(c.conflicts).toEqual([]);
  });

  it('Austin\'s quotation in A has no counterpart quotation in B: no misquote', () => {
    const c = pair(sentence('A', 'Gaza is suffering a humanitarian catastrophe'), sentence('B', 'The urgent need to address the humanitarian crisis'));
    expect(c.conflicts).toEqual([]);
  });

  it('"unshakeable" (Austin reaffirming) vs "described as “unbreakable.”" is no conflict', () => {
    const c = pair(sentence('A', 'unshakeable'), sentence('B', 'unbreakable.”'));
    expect(c.conflicts).toEqual([]);
  });

  it('notes the tone words: "candid and direct" in A against "cautious" and "measured" in B', () => {
    const candid = sentence('A', 'candid and direct');
    expect(pair(candid, sentence('B', 'cautious in their statements')).notes).toEqual([
      { kind: 'characterisation', values: { A: 'candid, direct', B: 'cautious' }, explanation: 'A describes it as candid, direct, B as cautious' },
    ]);
    expect(pair(candid, sentence('B', 'In a measured tone')).notes[0].values).toEqual({ A: 'candid, direct', B: 'measured' });
  });

  it('any match of the comparison that joins tone sentences carries the note, and no other match does', () => {
    for (const m of result.matches) {
      for (const n of m.notes) {
        expect(n.kind).toBe('characterisation');
        expect(Object.values(n.values).join(' ')).toMatch(/candid|direct|cautious|measured/);
      }
    }
  });
});
