import { COMPARISON_SCHEMA, type Comparison } from '../../src/types.js';

/**
 * Every rule of the comparison JSON contract (DESIGN §4) that can be checked
 * mechanically, as a list of violations (empty when the comparison keeps them).
 * Shared by the contract, golden and property tests so they all mean the same thing.
 */
export function contractViolations(c: Comparison): string[] {
  const problems: string[] = [];
  const fail = (m: string) => problems.push(m);
  if (c.schema !== COMPARISON_SCHEMA) fail(`schema is ${String(c.schema)}`);
  if (typeof c.settings?.threshold !== 'number') fail('settings.threshold is not a number');
  const ids = c.sources.map((s) => s.id);
  ids.forEach((id, i) => {
    if (id !== String.fromCharCode(65 + i) && i < 26) fail(`source ${i} has id ${id}`);
  });
  if (new Set(ids).size !== ids.length) fail('source ids repeat');

  // placed[source][sentence] = how often it occurs in matches / unique / ignored
  const placed = new Map<string, { match: number[]; other: number[] }>();
  for (const s of c.sources) {
    placed.set(s.id, { match: new Array(s.sentences.length).fill(0), other: new Array(s.sentences.length).fill(0) });
    s.sentences.forEach((sent, k) => {
      if (sent.index !== k) fail(`${s.id} sentence ${k} has index ${sent.index}`);
      if (s.text.slice(sent.start, sent.end) !== sent.text) fail(`${s.id}#${k} text differs from text.slice(start, end)`);
      if (k > 0 && sent.start < s.sentences[k - 1].end) fail(`${s.id}#${k} overlaps the sentence before it`);
      if (!Number.isInteger(sent.paragraph) || sent.paragraph < 0) fail(`${s.id}#${k} has paragraph ${sent.paragraph}`);
      if (k > 0 && sent.paragraph < s.sentences[k - 1].paragraph) fail(`${s.id}#${k} paragraph goes backwards`);
    });
  }
  const mark = (source: string, sentences: number[], where: 'match' | 'other', what: string) => {
    const p = placed.get(source);
    if (!p) return fail(`${what} names unknown source ${source}`);
    for (const i of sentences) {
      if (!Number.isInteger(i) || i < 0 || i >= p.match.length) fail(`${what} names ${source}#${i}, which does not exist`);
      else p[where][i]++;
    }
  };
  c.matches.forEach((m, k) => {
    const what = `match ${m.id}`;
    if (m.id !== k) fail(`${what} is at position ${k}`);
    if (!['agreement', 'partial', 'conflict'].includes(m.relation)) fail(`${what} has relation ${m.relation}`);
    if (!(m.score >= 0 && m.score <= 1)) fail(`${what} has score ${m.score}`);
    if (m.members.length < 2) fail(`${what} has ${m.members.length} member(s)`);
    if (new Set(m.members.map((x) => x.source)).size !== m.members.length) fail(`${what} lists a source twice`);
    if ((m.relation === 'conflict') !== m.conflicts.length > 0) fail(`${what} is ${m.relation} with ${m.conflicts.length} conflict(s)`);
    for (const x of m.members) {
      if (x.sentences.length === 0) fail(`${what} has an empty member`);
      mark(x.source, x.sentences, 'match', what);
    }
    if (!m.evidence) fail(`${what} has no evidence`);
  });
  if (!Array.isArray(c.notes)) fail('notes is not a list');
  for (const n of c.notes ?? []) {
    if (n.kind !== 'characterisation') fail(`story note has kind ${n.kind}`);
    if (n.members.length < 2) fail('story note has fewer than two members');
    for (const x of n.members) {
      const src = c.sources.find((s) => s.id === x.source);
      if (!src) fail(`story note names unknown source ${x.source}`);
      else for (const i of x.sentences) if (!(i >= 0 && i < src.sentences.length)) fail(`story note names ${x.source}#${i}, which does not exist`);
      if (typeof n.values[x.source] !== 'string') fail(`story note has no value for ${x.source}`);
    }
  }
  for (const u of c.unique) mark(u.source, u.sentences, 'other', 'unique entry');
  for (const g of c.ignored) {
    if (!g.reason) fail(`ignored entry of ${g.source} has no reason`);
    mark(g.source, g.sentences, 'other', 'ignored entry');
  }
  for (const [source, p] of placed) {
    p.match.forEach((n, i) => {
      const o = p.other[i];
      if (n === 0 && o !== 1) fail(`${source}#${i} is placed ${o} times outside matches and in no match`);
      if (n > 0 && o > 0) fail(`${source}#${i} is both matched and unique/ignored`);
    });
  }
  return problems;
}
