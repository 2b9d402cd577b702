import type { Comparison, Match, Member, Relation, SourceId } from '../types.js';

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
  /** Claims every source carries (matches with a member from each). */
  carriedByAll: number;
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
  const carriedByAll = c.matches.filter((m) => m.members.length === c.sources.length).length;
  return { relations, unique, ignored, sentences, coverage, carriedByAll };
}

/**
 * For a run of matches printed one after another: whether a member holds the same
 * sentences as the previous member of its source, so the reports print a sentence
 * matched several times in a row once and then refer to it ("as above"). Each call
 * of the returned function also records the member as the one last seen.
 */
export function sameAsAbove(): (member: Member) => boolean {
  const last = new Map<SourceId, string>();
  return (member) => {
    const key = member.sentences.join(',');
    const same = last.get(member.source) === key;
    last.set(member.source, key);
    return same;
  };
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
