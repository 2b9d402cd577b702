import type { Comparison, Match, Relation, SourceId } from '../types.js';

/** Counts a report leads with. */
export interface Summary {
  /** Matches per relation. */
  relations: Record<Relation, number>;
  /** Sentences unique to each source. */
  unique: Record<SourceId, number>;
  /** Sentences set aside as boilerplate, per source. */
  ignored: Record<SourceId, number>;
  /** Sentences per source. */
  sentences: Record<SourceId, number>;
  /** Claims each source carries (matches it is a member of). */
  coverage: Record<SourceId, number>;
}

export function summarize(c: Comparison): Summary {
  const relations: Record<Relation, number> = { agreement: 0, partial: 0, conflict: 0 };
  for (const m of c.matches) relations[m.relation]++;
  const per = () => Object.fromEntries(c.sources.map((s) => [s.id, 0])) as Record<SourceId, number>;
  const unique = per();
  const ignored = per();
  const coverage = per();
  const sentences = per();
  for (const s of c.sources) sentences[s.id] = s.sentences.length;
  for (const u of c.unique) unique[u.source] += u.sentences.length;
  for (const i of c.ignored) ignored[i.source] += i.sentences.length;
  for (const m of c.matches) for (const mem of m.members) coverage[mem.source]++;
  return { relations, unique, ignored, sentences, coverage };
}

/** Matches in report order: conflicts first (what a fact-checker looks for), then agreements, then partial overlaps. */
export function reportOrder(matches: Match[]): Match[] {
  const rank: Record<Relation, number> = { conflict: 0, agreement: 1, partial: 2 };
  return [...matches].sort((p, q) => rank[p.relation] - rank[q.relation] || p.id - q.id);
}

/** The text of some sentences of a source, joined with spaces. */
export function sentencesText(c: Comparison, source: SourceId, indices: number[]): string {
  const src = c.sources.find((s) => s.id === source);
  if (!src) return '';
  return indices.map((i) => src.sentences[i]?.text ?? '').join(' ');
}

/**
 * A reference to sentences as people count them (1-based): "A#3", a run as
 * "A#3–5", separate ones as "A#1, #18" ("A#1,18" read as one number).
 */
export function sentenceRef(source: SourceId, indices: number[]): string {
  const nums = [...new Set(indices)].sort((a, b) => a - b).map((i) => i + 1);
  const parts: string[] = [];
  for (let k = 0; k < nums.length; ) {
    let end = k;
    while (end + 1 < nums.length && nums[end + 1] === nums[end] + 1) end++;
    parts.push(end > k ? `#${nums[k]}–${nums[end]}` : `#${nums[k]}`);
    k = end + 1;
  }
  return `${source}${parts.join(', ')}`;
}
