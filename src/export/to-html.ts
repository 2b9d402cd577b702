import type { Comparison, Match, Member, Relation, SourceRecord } from '../types.js';
import { escapeHtml } from './html-escape.js';
import { highlightOwnWords, markRuns, valueMask } from './html-highlight.js';
import { HTML_STYLE } from './html-style.js';
import { reportOrder, sentenceRef, sentencesText, summarize } from './summarize.js';
import { THEME } from './theme.js';

/** Up to this many sources, every claim shows one column per source (absent ones marked ○); beyond, members are stacked. */
const MAX_COLUMNS = 4;
/** Beyond this many sources the coverage grid uses narrow columns (50 sources still fit a laptop screen's width better). */
const DENSE_GRID = 10;
/** Characters of a claim shown in the coverage grid's row heading. */
const GRID_SNIPPET = 90;

const HEADINGS: Record<Relation, string> = { conflict: 'Conflicts', agreement: 'Agreements', partial: 'Partial overlaps' };

/**
 * The HTML report: one self-contained page (inline CSS, no script, no remote
 * resources; a CSP meta forbids anything else) that an editor can open or mail.
 * Summary and sources first, then conflicts, agreements and partial overlaps
 * side by side with each source's own words highlighted, score and evidence in
 * a <details>, the details unique to each source, ignored boilerplate, and the
 * settings. Every string from an article, a label, a title or an origin goes
 * through escapeHtml; attributes hold only ids and class names made here.
 */
export function toHtml(c: Comparison): string {
  const e = escapeHtml;
  const sum = summarize(c);
  const many = c.sources.length > 2;
  const byId = new Map(c.sources.map((s) => [s.id, s]));
  const out: string[] = [];

  out.push(
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>storydiff: ${e(c.sources.map((s) => s.label).join(' vs '))}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>storydiff comparison</h1>',
    `<p class="lede">${c.sources.length} sources compared claim by claim. Relations are written out in words; colours only repeat them.</p>`,
    '</header>',
    '<main>',
  );

  // Summary first: counts per relation, then per source (what each carries, what only it reports).
  out.push('<section id="summary" aria-labelledby="h-summary">', '<h2 id="h-summary">Summary</h2>', '<ul class="counts">');
  for (const r of ['conflict', 'agreement', 'partial'] as const) {
    const n = sum.relations[r];
    out.push(`<li><a href="#${r}">${badge(r)} <strong>${n}</strong> ${n === 1 ? THEME[r].label : plural(r)}</a></li>`);
  }
  const uniqueTotal = Object.values(sum.unique).reduce((a, b) => a + b, 0);
  out.push(`<li><a href="#unique">${badge('unique')} <strong>${uniqueTotal}</strong> unique sentence${uniqueTotal === 1 ? '' : 's'}</a></li>`);
  const ignoredTotal = Object.values(sum.ignored).reduce((a, b) => a + b, 0);
  if (ignoredTotal > 0) out.push(`<li><a href="#ignored">${badge('ignored')} <strong>${ignoredTotal}</strong> ignored</a></li>`);
  out.push('</ul>');
  if (many) {
    out.push(`<p>${sum.carriedByAll} of ${c.matches.length} claim${c.matches.length === 1 ? ' is' : 's are'} carried by all ${c.sources.length} sources; the <a href="#coverage">coverage grid</a> shows which source carries which.</p>`);
  }
  out.push('<div class="scroll" id="sources"><table class="sources">');
  out.push(
    '<caption>Per source</caption><thead><tr><th scope="col">Id</th><th scope="col">Label</th><th scope="col">Title</th><th scope="col">Origin</th>' +
      '<th scope="col" class="num">Sentences</th><th scope="col" class="num">Claims shared</th><th scope="col" class="num">Unique</th><th scope="col" class="num">Ignored</th></tr></thead><tbody>',
  );
  for (const s of c.sources) {
    out.push(
      `<tr><th scope="row"><span class="src">${e(s.id)}</span></th><td>${e(s.label)}</td><td>${s.title ? e(s.title) : '<span class="none">none</span>'}</td>` +
        `<td class="origin">${breakable(s.origin)}</td><td class="num">${s.sentences.length}</td><td class="num">${sum.coverage[s.id]}</td><td class="num">${sum.unique[s.id]}</td><td class="num">${sum.ignored[s.id]}</td></tr>`,
    );
  }
  out.push('</tbody></table></div>', '</section>');

  out.push('<section id="legend" aria-labelledby="h-legend">', '<h2 id="h-legend">Legend</h2>', '<dl class="legend">');
  out.push(`<dt>${badge('agreement')}</dt><dd>the sources make the same claim</dd>`);
  out.push(`<dt>${badge('partial')}</dt><dd>they overlap; one adds or omits details</dd>`);
  out.push(`<dt>${badge('conflict')}</dt><dd>same subject, a checkable detail differs (number, date, name, negation, quote, attribution)</dd>`);
  out.push(`<dt>${badge('unique')}</dt><dd>only one source has it</dd>`);
  out.push(`<dt>${badge('ignored')}</dt><dd>site furniture, not compared</dd>`);
  out.push('<dt><mark class="own">marked words</mark></dt><dd>wording no other source uses in that claim</dd>');
  out.push('<dt><strong class="value">outlined words</strong></dt><dd>the value a source gives in a conflict</dd>');
  if (many) out.push('<dt><span class="dot">●</span> / <span class="dot off">○</span></dt><dd>the source carries / does not carry the claim</dd>');
  out.push('</dl>', '</section>');

  const ordered = reportOrder(c.matches);
  if (many) renderCoverage(ordered);

  for (const relation of ['conflict', 'agreement', 'partial'] as const) {
    const list = ordered.filter((m) => m.relation === relation);
    out.push(`<section id="${relation}" aria-labelledby="h-${relation}">`, `<h2 id="h-${relation}">${badge(relation)} ${HEADINGS[relation]} (${list.length})</h2>`);
    if (list.length === 0) out.push('<p class="none">None.</p>');
    for (const m of list) renderMatch(m);
    out.push('</section>');
    if (relation === 'conflict' && c.notes.length > 0) {
      out.push('<section id="characterisation" aria-labelledby="h-characterisation">', `<h2 id="h-characterisation">How the sources characterise it (${c.notes.length})</h2>`);
      out.push('<p class="none">Tone is a judgement, not a checkable fact: shown, never counted as a conflict.</p>');
      for (const n of c.notes) {
        out.push(`<p class="notes"><em>${e(n.kind)}</em>: ${e(n.explanation)}</p>`, '<ul class="sentences">');
        for (const mem of n.members) for (const i of mem.sentences) out.push(`<li><span class="ref">${e(mem.source)}#${i + 1}</span> ${e(sentencesText(c, mem.source, [i]))}</li>`);
        out.push('</ul>');
      }
      out.push('</section>');
    }
  }

  out.push('<section id="unique" aria-labelledby="h-unique">', `<h2 id="h-unique">${badge('unique')} Unique details</h2>`);
  for (const s of c.sources) {
    const entries = c.unique.filter((u) => u.source === s.id);
    out.push(`<h3><span class="src">${e(s.id)}</span> only: ${e(s.label)} (${sum.unique[s.id]})</h3>`);
    if (entries.length === 0) {
      out.push('<p class="none">None.</p>');
      continue;
    }
    out.push('<ul class="sentences">');
    for (const u of entries) for (const i of u.sentences) out.push(`<li><span class="ref">${e(s.id)}#${i + 1}</span> ${e(s.sentences[i].text)}</li>`);
    out.push('</ul>');
  }
  out.push('</section>');

  out.push('<section id="ignored" aria-labelledby="h-ignored">', `<h2 id="h-ignored">${badge('ignored')} Ignored (${ignoredTotal})</h2>`);
  if (c.ignored.length === 0) out.push('<p class="none">Nothing was set aside.</p>');
  else {
    out.push('<ul class="sentences ignored">');
    for (const g of c.ignored) {
      for (const i of g.sentences) out.push(`<li><span class="ref">${e(g.source)}#${i + 1}</span> ${e(sentencesText(c, g.source, [i]))} <span class="reason">(${e(g.reason)})</span></li>`);
    }
    out.push('</ul>');
  }
  out.push('</section>');

  out.push('<section id="settings" aria-labelledby="h-settings">', '<h2 id="h-settings">Settings</h2>', '<dl class="settings">');
  for (const [key, value] of Object.entries(c.settings).sort(([p], [q]) => p.localeCompare(q))) {
    out.push(`<dt>${e(key)}</dt><dd>${e(typeof value === 'string' ? value : JSON.stringify(value))}</dd>`);
  }
  out.push(`<dt>schema</dt><dd>${e(c.schema)}</dd>`, '</dl>', '</section>');
  out.push('</main>', '<footer><p>Made by storydiff. This page runs no script and loads nothing from the network.</p></footer>', '</body>', '</html>', '');
  return out.join('\n');

  function renderCoverage(matches: Match[]): void {
    out.push('<section id="coverage" aria-labelledby="h-coverage">', '<h2 id="h-coverage">Coverage: claims × sources</h2>', `<div class="scroll"><table class="coverage${c.sources.length > DENSE_GRID ? ' dense' : ''}">`);
    out.push(`<thead><tr><th scope="col">Claim</th>${c.sources.map((s) => `<th scope="col" class="dotcol">${e(s.id)}</th>`).join('')}</tr></thead><tbody>`);
    for (const m of matches) {
      const carried = new Set(m.members.map((x) => x.source));
      const first = m.members[0];
      let snippet = sentencesText(c, first.source, first.sentences);
      if (snippet.length > GRID_SNIPPET) snippet = `${snippet.slice(0, GRID_SNIPPET - 1)}…`;
      out.push(
        `<tr class="rel-${m.relation}"><th scope="row"><a href="#match-${m.id}">${badge(m.relation)} ${e(snippet)}</a></th>` +
          c.sources.map((s) => (carried.has(s.id) ? '<td class="dot">●<span class="sr"> carried</span></td>' : '<td class="dot off">○<span class="sr"> not reported</span></td>')).join('') +
          '</tr>',
      );
    }
    out.push(`</tbody><tfoot><tr><th scope="row">Claims carried</th>${c.sources.map((s) => `<td class="num">${sum.coverage[s.id]}</td>`).join('')}</tr>`);
    out.push(`<tr><th scope="row">Sentences only this source reports</th>${c.sources.map((s) => `<td class="num">${sum.unique[s.id]}</td>`).join('')}</tr></tfoot>`);
    out.push('</table></div>', '</section>');
  }

  function renderMatch(m: Match): void {
    const r = m.relation;
    out.push(`<article class="match rel-${r}" id="match-${m.id}">`);
    const dots = many ? ` <span class="dots" aria-label="coverage">${c.sources.map((s) => (m.members.some((x) => x.source === s.id) ? `<span class="dot">●${e(s.id)}</span>` : `<span class="dot off">○${e(s.id)}</span>`)).join(' ')}</span>` : '';
    out.push(`<h3>${badge(r)} <span class="meta">match ${m.id} · score ${m.score.toFixed(2)}</span>${dots}</h3>`);
    if (m.conflicts.length > 0) {
      out.push('<ul class="conflicts">');
      for (const k of m.conflicts) {
        // Sources grouped by the value they give, so many outlets read as two sides: "1 million": A, E, H vs "1.52 million": K.
        const sides = new Map<string, Array<[string, string]>>();
        for (const [id, v] of Object.entries(k.values)) {
          const key = v.trim().toLowerCase();
          sides.set(key, [...(sides.get(key) ?? []), [id, v]]);
        }
        const values = [...sides.values()]
          .map((side) => `<span class="value"><q>${e(side[0][1])}</q>: ${side.map(([id]) => `<span class="src">${e(id)}</span> ${e(byId.get(id)?.label ?? id)}`).join(', ')}</span>`)
          .join(' <span class="vs">vs</span> ');
        out.push(`<li><strong>${e(k.kind)} conflict</strong>: ${values}<br><span class="explain">${e(k.explanation)}</span></li>`);
      }
      out.push('</ul>');
    }
    if (m.notes.length > 0) {
      out.push('<ul class="notes">');
      for (const n of m.notes) out.push(`<li><em>${e(n.kind)}</em>: ${e(n.explanation)}</li>`);
      out.push('</ul>');
    }
    const texts = m.members.map((x) => sentencesText(c, x.source, x.sentences));
    const masks = highlightOwnWords(texts);
    const cell = (x: Member, k: number) => {
      const src = byId.get(x.source);
      // The value this source gives in each conflict is outlined, so the disagreement shows in every column.
      const values = valueMask(texts[k], m.conflicts.map((d) => d.values[x.source]).filter((v): v is string => typeof v === 'string'));
      let body = '';
      let open = false;
      for (const run of markRuns(texts[k], masks[k], values)) {
        // One outline around a whole value, even when some of its words are also marked as this source's own.
        if (run.value !== open) {
          body += run.value ? '<strong class="value">' : '</strong>';
          open = run.value;
        }
        body += run.own && run.text.trim() ? `<mark class="own">${e(run.text)}</mark>` : e(run.text);
      }
      if (open) body += '</strong>';
      return `<div class="side"><div class="who"><span class="src">${e(x.source)}</span> ${src ? e(src.label) : ''} <span class="ref">${e(sentenceRef(x.source, x.sentences))}</span></div><p>${body}</p></div>`;
    };
    if (c.sources.length <= MAX_COLUMNS) {
      out.push(`<div class="cols cols-${c.sources.length}">`);
      for (const s of c.sources) {
        const k = m.members.findIndex((x) => x.source === s.id);
        out.push(k >= 0 ? cell(m.members[k], k) : absent(s));
      }
      out.push('</div>');
    } else {
      out.push('<div class="stack">');
      m.members.forEach((x, k) => out.push(cell(x, k)));
      out.push('</div>');
    }
    out.push(`<details><summary>Score ${m.score.toFixed(2)} and evidence</summary>`, evidence(m), '</details>');
    out.push('</article>');
  }

  function absent(s: SourceRecord): string {
    return `<div class="side absent"><div class="who"><span class="src">${e(s.id)}</span> ${e(s.label)}</div><p>○ not reported by this source</p></div>`;
  }

  function evidence(m: Match): string {
    const ev = m.evidence;
    const rows: string[] = [];
    if (ev.shared.length) rows.push(`<dt>Shared words</dt><dd>${ev.shared.map(e).join(', ')}</dd>`);
    if (ev.similar.length) rows.push(`<dt>Similar words</dt><dd>${ev.similar.map((s) => `${e(s.a)} ~ ${e(s.b)} (${e(s.via)})`).join(', ')}</dd>`);
    if (ev.names.length) rows.push(`<dt>Names</dt><dd>${ev.names.map(e).join(', ')}</dd>`);
    if (ev.numbers.length) rows.push(`<dt>Numbers</dt><dd>${ev.numbers.map(e).join(', ')}</dd>`);
    const features = Object.entries(ev.features);
    if (features.length) rows.push(`<dt class="features">Scorer features</dt><dd class="features">${features.map(([k, v]) => `${e(k)} ${e(String(v))}`).join(' · ')}</dd>`);
    if (many) rows.push(`<dt>Score</dt><dd>${m.score.toFixed(4)} (the weakest link between the sources; the evidence is from the strongest)</dd>`);
    else rows.push(`<dt>Score</dt><dd>${m.score.toFixed(4)}</dd>`);
    return `<dl class="evidence">${rows.join('')}</dl>`;
  }
}

/** Escaped text that may wrap after a "/", "?", "&" or "=" (paths and URLs), not in the middle of a word. */
function breakable(text: string): string {
  return escapeHtml(text).replace(/(\/|\?|&amp;|=)/g, '$1<wbr>');
}

/** The relation (or unique/ignored) as marker + word, coloured by the theme's class: readable without colour. */
function badge(kind: keyof typeof THEME): string {
  return `<span class="badge k-${kind}"><span aria-hidden="true">${escapeHtml(THEME[kind].marker)}</span> ${escapeHtml(THEME[kind].label)}</span>`;
}

function plural(r: Relation): string {
  return r === 'partial' ? 'partial overlaps' : `${THEME[r].label}s`;
}
