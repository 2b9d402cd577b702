import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignSentences, buildTermWeights, compare, extractFeatures, segmentDocument, type Comparison, type SourceInput } from '../src/index.js';
import { mergeConflicts } from '../src/compare.js';
import { CORPUS_PAIR, corpusInput } from './support/corpus.js';

const ECB = fileURLToPath(new URL('../../shared/eval/ecbplus-dev/', import.meta.url));
const haveEcb = existsSync(ECB);
if (!haveEcb) console.warn(`skipping ECB+ three-source tests: ${ECB} is absent (see ../shared/eval/README.md)`);

const input = (label: string, text: string): SourceInput => ({ label, origin: label, text });

/** DESIGN §4: every sentence is in a match, or else in exactly one unique/ignored entry; members in source order. */
function expectContract(c: Comparison): void {
  const ids = c.sources.map((s) => s.id);
  expect(ids).toEqual(ids.map((_, i) => String.fromCharCode(65 + i)));
  c.matches.forEach((m, i) => {
    expect(m.id).toBe(i);
    expect(m.members.length).toBeGreaterThanOrEqual(2);
    const order = m.members.map((x) => ids.indexOf(x.source));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    for (const x of m.members) expect(x.sentences).toEqual([...x.sentences].sort((a, b) => a - b));
    expect(m.conflicts.length > 0).toBe(m.relation === 'conflict');
  });
  for (const s of c.sources) {
    const matched = new Set(c.matches.flatMap((m) => m.members.filter((x) => x.source === s.id).flatMap((x) => x.sentences)));
    const other = [...c.unique, ...c.ignored].filter((u) => u.source === s.id).flatMap((u) => u.sentences);
    for (const sentence of s.sentences) {
      const placedElsewhere = other.filter((i) => i === sentence.index).length;
      if (matched.has(sentence.index)) expect(placedElsewhere).toBe(0);
      else expect(placedElsewhere).toBe(1);
      expect(s.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  }
}

describe('compare with three or more sources', () => {
  it('makes a claim all three carry one match naming all three, and keeps the others apart', () => {
    const c = compare([
      input('a', 'Rescuers said two cables snapped on the old bridge near the river on Monday. The mayor visited the site in the evening.'),
      input('b', 'Two cables snapped on the old bridge near the river on Monday, rescuers said. Police closed the road to traffic.'),
      input('c', 'On Monday two cables snapped on the old bridge by the river, according to rescuers. The mayor visited the site that evening.'),
    ]);
    expectContract(c);
    const cables = c.matches.filter((m) => m.members.some((x) => x.source === 'A' && x.sentences.includes(0)));
    expect(cables).toHaveLength(1);
    expect(cables[0].members.map((x) => x.source)).toEqual(['A', 'B', 'C']);
    const mayor = c.matches.find((m) => m.members.some((x) => x.source === 'A' && x.sentences.includes(1)));
    expect(mayor?.members.map((x) => x.source)).toEqual(['A', 'C']);
    expect(c.unique).toEqual([{ source: 'B', sentences: [1] }]);
  });

  it('reports a disagreement once, naming the sources on each side', () => {
    const c = compare([
      input('a', 'Rescuers said two cables snapped on the bridge near the river on Monday.'),
      input('b', 'Rescuers said three cables snapped on the bridge near the river on Monday.'),
      input('c', 'Two cables snapped on the bridge near the river on Monday, rescuers said.'),
    ]);
    expectContract(c);
    expect(c.matches).toHaveLength(1);
    const [m] = c.matches;
    expect(m.relation).toBe('conflict');
    expect(m.conflicts).toHaveLength(1);
    const { values, explanation } = m.conflicts[0];
    expect(Object.keys(values)).toEqual(['A', 'B', 'C']);
    expect(values.A.toLowerCase()).toBe(values.C.toLowerCase());
    expect(values.B.toLowerCase()).not.toBe(values.A.toLowerCase());
    expect(explanation).toMatch(/^A, C say two cables; B says three cables$/i);
  });

  it('reports a difference of attribution once, naming what each source does', () => {
    const c = compare([
      input('a', 'Two people died when the old bridge over the river collapsed, police said.'),
      input('b', 'Two people died when the old bridge over the river collapsed.'),
      input('c', 'Two people died when the old bridge over the river collapsed, officials said.'),
    ]);
    expectContract(c);
    expect(c.matches).toHaveLength(1);
    const notes = c.matches[0].notes.filter((n) => n.kind === 'attribution');
    expect(notes).toHaveLength(1);
    expect(Object.keys(notes[0].values)).toEqual(['A', 'B', 'C']);
    expect(notes[0].values.B).toBe('stated as fact');
    expect(notes[0].explanation).toMatch(/^A: attributed: police said; B: stated as fact; C: attributed: officials said$/);
  });

  it('a third source that joins none of the pair’s claims leaves every A–B match as it was', () => {
    const [a, b] = CORPUS_PAIR.map(corpusInput);
    const ab = (c: Comparison) =>
      c.matches.filter((m) => m.members.length === 2 && m.members[0].source === 'A' && m.members[1].source === 'B').map((m) => JSON.stringify(m.members));
    const pair = compare([a, b]);
    // C repeats the one detail only A reports (A#9), so it links to A there and nowhere else.
    const three = compare([a, b, input('c', 'The mounting death toll and escalating humanitarian concerns have sparked international calls for action, aid groups said.')]);
    expectContract(three);
    expect(three.matches.some((m) => m.members.some((x) => x.source === 'C'))).toBe(true);
    expect(ab(three)).toEqual(ab(pair));
  });

  it('does not chain sentences that only neighbours of neighbours share', () => {
    const texts = [
      'The mayor opened the new suspension bridge over the Tamar river on Monday morning.',
      'The new suspension bridge over the Tamar river was built by Dutch engineering firm Vandermeer for 40 million euros.',
      'Dutch engineering firm Vandermeer, paid 40 million euros for the work, reported record quarterly profits on Tuesday.',
      'Record quarterly profits lifted shares of European construction companies in Amsterdam trading on Tuesday.',
    ];
    const inputs = texts.map((t, i) => input(`s${i}`, t));
    // Precondition, checked on the real aligner: A~B, B~C and C~D are linked pairwise, A~C, A~D and B~D are not.
    const docs = inputs.map((x, i) => segmentDocument(x, i));
    const features = docs.map((d) => d.sentences.map((s) => extractFeatures(s.text)));
    const weights = buildTermWeights(features.flat());
    const threshold = compare(inputs).settings.threshold;
    const linked = (p: number, q: number) => alignSentences(features[p], features[q], weights, threshold).length > 0;
    expect([linked(0, 1), linked(1, 2), linked(2, 3)]).toEqual([true, true, true]);
    expect([linked(0, 2), linked(0, 3), linked(1, 3)]).toEqual([false, false, false]);

    const c = compare(inputs);
    expectContract(c);
    for (const m of c.matches) {
      const sources = m.members.map((x) => x.source);
      expect(sources.includes('A') && sources.includes('C')).toBe(false);
      expect(sources.includes('A') && sources.includes('D')).toBe(false);
    }
  });

  it('keeps two sources one link per match (the two-source contract)', () => {
    const root = fileURLToPath(new URL('../', import.meta.url));
    const read = (name: string) => input(name, readFileSync(`${root}corpus/austin-gallant/${name}`, 'utf8'));
    const c = compare([read('pentagon-meeting.txt'), read('unbreakable-or-not.txt')]);
    expectContract(c);
    for (const m of c.matches) expect(m.members.map((x) => x.source)).toEqual(['A', 'B']);
  });

  it.each([3, 6])('gives one claim of all %i sources per sentence when the same article is given that many times', (n) => {
    const root = fileURLToPath(new URL('../', import.meta.url));
    const text = readFileSync(`${root}corpus/austin-gallant/pentagon-meeting.txt`, 'utf8');
    const c = compare(Array.from({ length: n }, (_, i) => input(`copy${i}`, text)));
    expectContract(c);
    expect(c.matches).toHaveLength(c.sources[0].sentences.length);
    for (const m of c.matches) {
      expect(m.members).toHaveLength(n);
      expect(new Set(m.members.map((x) => x.sentences.join()))).toHaveLength(1);
      expect(m.relation).toBe('agreement');
    }
  });

  it('merges pairwise conflicts of one kind that share a value', () => {
    const merged = mergeConflicts(
      [
        { kind: 'number', values: { A: '5 dead', B: '7 dead' }, explanation: 'A says 5 dead, B says 7 dead' },
        { kind: 'number', values: { B: '7 dead', C: '5 dead' }, explanation: 'B says 7 dead, C says 5 dead' },
        { kind: 'date', values: { A: 'Monday', C: 'Tuesday' }, explanation: 'A says Monday, C says Tuesday' },
      ],
      ['A', 'B', 'C'],
    );
    expect(merged).toEqual([
      { kind: 'number', values: { A: '5 dead', B: '7 dead', C: '5 dead' }, explanation: 'A, C say 5 dead; B says 7 dead' },
      { kind: 'date', values: { A: 'Monday', C: 'Tuesday' }, explanation: 'A says Monday, C says Tuesday' },
    ]);
  });
});

/** Articles of one ECB+ event (same topic and suffix), one sentence per line; ecbplus files start with their URL. */
function ecbEvent(topic: string, suffix: 'ecb' | 'ecbplus', count: number): SourceInput[] {
  const files = readdirSync(`${ECB}${topic}`)
    .filter((f) => new RegExp(`^${topic}_\\d+${suffix}\\.txt$`).test(f))
    .sort((a, b) => parseInt(a.split('_')[1]) - parseInt(b.split('_')[1]))
    .slice(0, count);
  return files.map((f) => {
    const lines = readFileSync(`${ECB}${topic}/${f}`, 'utf8').split('\n');
    return input(f, (suffix === 'ecbplus' ? lines.slice(1) : lines).join('\n'));
  });
}

describe.skipIf(!haveEcb)('compare on real events (ECB+, three outlets each)', () => {
  it('joins some claim across all three outlets in most events, and keeps the contract', () => {
    const topics = readdirSync(ECB).filter((t) => /^\d+$/.test(t)).sort((a, b) => Number(a) - Number(b)).slice(0, 10);
    let joined = 0;
    for (const topic of topics) {
      const c = compare(ecbEvent(topic, 'ecb', 3));
      expectContract(c);
      if (c.matches.some((m) => m.members.length === 3)) joined++;
    }
    // The acceptance bar: at least eight events in ten.
    expect(joined).toBeGreaterThanOrEqual(8);
  });

  it('every member of a claim is linked to, or shares evidence with, the others (no transitive drift)', () => {
    const inputs = ecbEvent('4', 'ecb', 4);
    const c = compare(inputs);
    expectContract(c);
    const docs = inputs.map((x, i) => segmentDocument(x, i));
    const features = docs.map((d) => d.sentences.map((s) => extractFeatures(s.text)));
    const weights = buildTermWeights(features.flat());
    const links = new Map<string, Array<{ x: number[]; y: number[] }>>();
    for (let p = 0; p < docs.length; p++) for (let q = p + 1; q < docs.length; q++) links.set(`${p}${q}`, alignSentences(features[p], features[q], weights, c.settings.threshold));
    for (const m of c.matches.filter((x) => x.members.length > 2)) {
      for (const a of m.members) {
        const p = a.source.charCodeAt(0) - 65;
        const direct = m.members.filter((b) => {
          if (b === a) return false;
          const q = b.source.charCodeAt(0) - 65;
          const list = links.get(p < q ? `${p}${q}` : `${q}${p}`)!;
          const [mine, theirs] = p < q ? ['x', 'y'] as const : ['y', 'x'] as const;
          return list.some((l) => l[mine].some((i) => a.sentences.includes(i)) && l[theirs].some((j) => b.sentences.includes(j)));
        });
        expect(direct.length).toBeGreaterThanOrEqual(Math.ceil((m.members.length - 1) / 2));
      }
    }
  });

  it('joins a dozen outlets of one event (the many-source path) and keeps the contract', () => {
    const c = compare(ecbEvent('1', 'ecbplus', 12));
    expectContract(c);
    expect(c.sources).toHaveLength(12);
    expect(Math.max(...c.matches.map((m) => m.members.length))).toBeGreaterThanOrEqual(4);
  });
});
