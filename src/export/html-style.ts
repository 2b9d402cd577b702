import { THEME } from './theme.js';

/** Per-kind colours come from the shared theme (DESIGN §9), so the HTML, TUI and text reports agree. */
const KIND_RULES = (Object.keys(THEME) as Array<keyof typeof THEME>)
  .map((k) => `.k-${k}{--k:${THEME[k].css}}.rel-${k}{--k:${THEME[k].css}}`)
  .join('');

/**
 * The report's whole stylesheet, inlined (no fonts, images or other fetches:
 * the file must read the same offline and in a mail attachment). System fonts,
 * a readable measure on a laptop, side-by-side columns that stack on narrow
 * screens, and print rules (columns kept side by side, no backgrounds needed, cards
 * kept whole, evidence shown without the scorer's raw features).
 */
export const HTML_STYLE = `
:root{color-scheme:light;--conflict:${THEME.conflict.css};--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa;--own:#fff1b8}
${KIND_RULES}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header,main,footer{max-width:1240px;margin:0 auto;padding:0 24px}
header{padding-top:20px}
h1{font-size:1.6rem;margin:0 0 4px}
h2{font-size:1.25rem;margin:32px 0 12px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:1rem;margin:16px 0 8px}
.lede,.none,footer{color:var(--muted)}
footer{font-size:.85rem;padding-bottom:24px;border-top:1px solid var(--line);margin-top:32px}
a{color:inherit}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
thead th{background:var(--soft)}
.num{text-align:right;font-variant-numeric:tabular-nums}
.origin{overflow-wrap:break-word;color:var(--muted);font-size:.85rem}
.sources td:nth-child(2){min-width:9em}
.sources .num{width:1%}
caption{text-align:left;font-weight:700;padding:12px 0 4px}
.src{display:inline-block;min-width:1.6em;padding:0 4px;border:1px solid var(--fg);border-radius:4px;font-weight:700;text-align:center;font-size:.85em}
.badge{display:inline-block;padding:0 8px;border:1.5px solid var(--k);border-radius:999px;color:var(--k);font-weight:700;font-size:.9em;white-space:nowrap;background:#fff}
.counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:8px 24px}
.counts a{text-decoration:none}
.legend{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}
.legend dd{margin:0}
strong.value{outline:2px solid var(--conflict);outline-offset:1px;border-radius:2px}
mark.own{background:var(--own);color:inherit;text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:2px}
.match{border:1px solid var(--line);border-left:6px solid var(--k);border-radius:6px;padding:8px 16px 12px;margin:0 0 16px;break-inside:avoid}
.match h3{margin:4px 0 8px;display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.meta{color:var(--muted);font-weight:400}
.dots{font-weight:400;font-size:.9rem}
.dot{color:var(--fg)}
.dot.off{color:var(--muted)}
.cols{display:grid;gap:16px}
.cols-1{grid-template-columns:1fr}
.cols-2{grid-template-columns:repeat(2,minmax(0,1fr))}
.cols-3{grid-template-columns:repeat(3,minmax(0,1fr))}
.cols-4{grid-template-columns:repeat(4,minmax(0,1fr))}
.stack .side{border-top:1px solid var(--line);padding-top:4px}
.side p{margin:4px 0 0}
.side.absent{color:var(--muted);font-style:italic}
.who{font-size:.85rem;color:var(--muted)}
.ref{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8rem;color:var(--muted)}
.conflicts{margin:0 0 8px;padding:8px 12px 8px 28px;background:#fff5f5;border:1px solid var(--k);border-radius:4px}
.conflicts .value{white-space:normal}
.vs{color:var(--muted);font-style:italic}
.explain{color:var(--muted)}
.notes{margin:0 0 8px}
details{margin-top:8px;font-size:.9rem}
summary{cursor:pointer;color:var(--muted)}
.evidence{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0 0}
.evidence dd{margin:0;overflow-wrap:anywhere}
.sentences{padding-left:20px}
.sentences li{margin:4px 0}
.reason{color:var(--muted);font-style:italic}
.settings{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px}
.settings dd{margin:0;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.coverage td.dot{text-align:center;font-size:1.1rem;width:2.5em}
.coverage th.dotcol{text-align:center}
.coverage tbody th{font-weight:400;min-width:18em}
.coverage tbody th,.coverage thead th:first-child,.coverage tfoot th{position:sticky;left:0;background:var(--bg);z-index:1}
.coverage.dense td.dot{width:auto;padding:6px 2px;font-size:.85rem}
.coverage.dense th.dotcol{padding:6px 2px;font-size:.75rem}
.coverage.dense td.num{padding:6px 2px;font-size:.75rem;text-align:center}
.coverage tbody th a{text-decoration:none}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:760px){.cols-2,.cols-3,.cols-4{grid-template-columns:1fr}header,main,footer{padding:0 12px}}
@media print{
  body{font-size:10pt}
  .cols{gap:12px}
  .cols-2,.cols-4{grid-template-columns:repeat(2,minmax(0,1fr))}
  .cols-3{grid-template-columns:repeat(3,minmax(0,1fr))}
  .match{padding:4px 10px 6px;margin-bottom:10px}
  .evidence .features{display:none}
  details{margin-top:4px}
  header,main,footer{max-width:none;padding:0}
  a{text-decoration:none}
  .match,tr{break-inside:avoid}
  h2,h3{break-after:avoid}
  details::details-content{content-visibility:visible;display:block}
  summary{color:var(--fg)}
  .scroll{overflow:visible}
  .coverage.dense{font-size:7pt}
  .coverage.dense tbody th{min-width:12em}
  @page{margin:15mm}
}
`.trim();
