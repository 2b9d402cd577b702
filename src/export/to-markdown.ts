import type { Comparison, Match } from '../types.js';
import { diffTexts } from './diff-words.js';
import { coverageDots } from './to-text.js';
import { reportOrder, sameAsAbove, sentenceRef, sentencesText, summarize } from './summarize.js';
import { THEME } from './theme.js';

/**
 * Escapes article text for Markdown: characters that would start emphasis,
 * links, code, tables or headings are backslash-escaped, and `<`, `>`, `&` become
 * entities so no raw HTML from an article survives into a rendered page.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}|~#])/g, '\\$1')
    .replace(/\n/g, ' ');
}

/**
 * The Markdown report: summary table, then conflicts first, agreements and
 * partial overlaps as side-by-side tables with a word diff (~~only in the
 * first~~ **only in the other**), then unique details per source, ignored
 * boilerplate and the settings.
 */
export function toMarkdown(c: Comparison): string {
  const out: string[] = [];
  const sum = summarize(c);
  const md = escapeMarkdown;
  out.push('# storydiff comparison', '');
  out.push('| Source | Label | Title | Sentences | Claims shared | Unique | Ignored |', '|---|---|---|---:|---:|---:|---:|');
  for (const s of c.sources) {
    out.push(`| ${s.id} | ${md(s.label)} | ${s.title ? md(s.title) : ''} | ${s.sentences.length} | ${sum.coverage[s.id]} | ${sum.unique[s.id]} | ${sum.ignored[s.id]} |`);
  }
  out.push('');
  out.push(
    `**Summary:** ${THEME.agreement.marker} ${sum.relations.agreement} agreement${sum.relations.agreement === 1 ? '' : 's'} · ` +
      `${THEME.partial.marker} ${sum.relations.partial} partial · ${THEME.conflict.marker} ${sum.relations.conflict} conflict${sum.relations.conflict === 1 ? '' : 's'} · ` +
      `${THEME.unique.marker} unique: ${c.sources.map((s) => `${s.id} ${sum.unique[s.id]}`).join(', ')}`,
  );
  out.push('');
  out.push(`Legend: \`${THEME.agreement.marker}\` agreement, \`${THEME.partial.marker}\` partial overlap, \`${THEME.conflict.marker}\` conflict, \`${THEME.unique.marker}\` unique; in diffs ~~struck~~ words are only in the first source, **bold** words only in the other.${c.sources.length > 2 ? ' On each claim, ●A: source A carries it; ○A: it does not.' : ''}`);
  if (c.sources.length > 2) {
    out.push('', `${sum.carriedByAll} of ${c.matches.length} claims are carried by all ${c.sources.length} sources.`);
  }

  const ordered = reportOrder(c.matches);
  // A sentence matched several times in a row is printed once, then referred to; afresh in each section.
  let asAbove = sameAsAbove();
  for (const relation of ['conflict', 'agreement', 'partial'] as const) {
    const list = ordered.filter((m) => m.relation === relation);
    out.push('', `## ${relation === 'conflict' ? 'Conflicts' : relation === 'agreement' ? 'Agreements' : 'Partial overlaps'} (${list.length})`);
    if (list.length === 0) out.push('', '_None._');
    asAbove = sameAsAbove();
    for (const m of list) renderMatch(m);
    if (relation === 'conflict' && c.notes.length > 0) {
      out.push('', `## How the sources characterise it (${c.notes.length})`, '');
      out.push('_Tone is a judgement, not a checkable fact: shown, never counted as a conflict._');
      for (const n of c.notes) {
        out.push('', `- _${n.kind}:_ ${md(n.explanation)}`);
        for (const mem of n.members) for (const i of mem.sentences) out.push(`  - **${mem.source}#${i + 1}** ${md(sentencesText(c, mem.source, [i]))}`);
      }
    }
  }

  for (const s of c.sources) {
    const entries = c.unique.filter((u) => u.source === s.id);
    out.push('', `## Only in ${s.id}: ${md(s.label)} (${sum.unique[s.id]})`, '');
    if (entries.length === 0) out.push('_None._');
    for (const u of entries) for (const i of u.sentences) out.push(`- \`${THEME.unique.marker}\` **${s.id}#${i + 1}** ${md(s.sentences[i].text)}`);
  }
  if (c.ignored.length > 0) {
    out.push('', '## Ignored', '');
    for (const g of c.ignored) for (const i of g.sentences) out.push(`- **${g.source}#${i + 1}** ${md(sentencesText(c, g.source, [i]))} _(${md(g.reason)})_`);
  }
  out.push('', '## Settings', '', `- threshold: ${c.settings.threshold}`, `- schema: \`${c.schema}\``, '');
  return out.join('\n');

  function renderMatch(m: Match): void {
    const t = THEME[m.relation];
    out.push('', `### \`${t.marker}\` ${t.label} · score ${m.score.toFixed(2)} · match ${m.id}${c.sources.length > 2 ? ` · ${coverageDots(c, m)}` : ''}`, '');
    for (const conflict of m.conflicts) out.push(`> **${conflict.kind} conflict:** ${md(conflict.explanation)}`, '>');
    for (const note of m.notes) out.push(`> _${note.kind}:_ ${md(note.explanation)}`, '>');
    if (m.conflicts.length || m.notes.length) out.pop();
    if (m.conflicts.length || m.notes.length) out.push('');
    out.push(`| ${m.members.map((x) => sentenceRef(x.source, x.sentences)).join(' | ')} |`, `|${m.members.map(() => '---').join('|')}|`);
    out.push(`| ${m.members.map((x) => (asAbove(x) ? '_(as above)_' : md(sentencesText(c, x.source, x.sentences)))).join(' | ')} |`);
    const [first, ...others] = m.members;
    for (const other of others) {
      const runs = diffTexts(sentencesText(c, first.source, first.sentences), sentencesText(c, other.source, other.sentences));
      const rendered = runs
        .map((r, k) => {
          const core = md(r.text.trim());
          if (r.side === 'both' || core === '') return md(r.text);
          // A replaced word is a removal run straight after an insertion (or the reverse) with no space
          // between them; "~~Twelve~~**Fifteen**" reads as one word, so keep them apart.
          const prev = runs[k - 1];
          const glued = prev !== undefined && prev.side !== 'both' && !/\s$/.test(prev.text);
          // GFM only opens "~~" / "**" before punctuation when a space or punctuation precedes it,
          // and only closes after punctuation when one follows: "Netanyahu~~, compounded~~" would
          // print its tildes. A space on that side keeps the marks working.
          const lead = /^\s/.test(r.text) || glued || /^\p{P}/u.test(core) ? ' ' : '';
          const tail = /\s$/.test(r.text) || /\p{P}$/u.test(core) ? ' ' : '';
          return `${lead}${r.side === 'a' ? `~~${core}~~` : `**${core}**`}${tail}`;
        })
        .join('')
        .replace(/ {2,}/g, ' ');
      out.push('', `Diff ${first.source}→${other.source}: ${rendered}`);
    }
    const ev = m.evidence;
    const parts = [
      ev.shared.length ? `shared: ${ev.shared.map(md).join(', ')}` : '',
      ev.similar.length ? `similar: ${ev.similar.map((s) => `${md(s.a)} ~ ${md(s.b)} (${s.via})`).join(', ')}` : '',
      ev.names.length ? `names: ${ev.names.map(md).join(', ')}` : '',
      ev.numbers.length ? `numbers: ${ev.numbers.map(md).join(', ')}` : '',
    ].filter(Boolean);
    if (parts.length) out.push('', `_Why:_ ${parts.join('; ')}`);
  }
}
