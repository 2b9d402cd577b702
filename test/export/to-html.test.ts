import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compare, toHtml, type SourceInput } from '../../src/index.js';
import { escapeHtml } from '../../src/export/html-escape.js';
import { highlightOwnWords, maskRuns } from '../../src/export/html-highlight.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const corpus = (name: string): SourceInput => ({ label: name, origin: `corpus/austin-gallant/${name}`, text: readFileSync(`${ROOT}corpus/austin-gallant/${name}`, 'utf8') });

const HOSTILE_SENTENCE = `Officials said <script>alert("x")</script> and <img src=x onerror=alert(1)> were "found" at Tom's & Jerry's shop on Monday.`;

/** Every element and attribute of a page, for checks that no content became markup. */
function elements(html: string) {
  const { document } = parseHTML(html);
  return { document, all: [...document.querySelectorAll('*')] };
}

describe('toHtml', () => {
  const corpusHtml = toHtml(compare([corpus('pentagon-meeting.txt'), corpus('unbreakable-or-not.txt')]));

  it('is one self-contained page: strict CSP, inline CSS, no script and nothing fetched', () => {
    const { document, all } = elements(corpusHtml);
    expect(corpusHtml.startsWith('<!DOCTYPE html>')).toBe(true);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(document.querySelectorAll('script, link, img, iframe, object, embed, base, form')).toHaveLength(0);
    for (const el of all) {
      for (const attr of [...el.attributes]) {
        expect(attr.name.startsWith('on')).toBe(false);
        expect(attr.name).not.toBe('src');
        if (attr.name === 'href') expect(attr.value.startsWith('#')).toBe(true);
      }
    }
    const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('');
    expect(css).not.toMatch(/url\(|@import|@font-face/);
  });

  it('names both sources and the relations, in words as well as markers', () => {
    const { document } = elements(corpusHtml);
    const text = document.body.textContent ?? '';
    for (const label of ['pentagon-meeting.txt', 'unbreakable-or-not.txt', 'Unbreakable or Not? Israel’s Relationship with the US at a Critical Juncture']) expect(text).toContain(label);
    for (const heading of ['Summary', 'Legend', 'Conflicts', 'Agreements', 'Partial overlaps', 'Unique details', 'Ignored', 'Settings']) expect(text).toContain(heading);
    for (const word of ['agreement', 'partial', 'conflict', 'unique', 'ignored']) expect(document.querySelector('#legend')?.textContent).toContain(word);
    // Each match card says its relation in text, holds one column per source and a <details> with the score.
    const cards = [...document.querySelectorAll('article.match')];
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.querySelector('h3 .badge')?.textContent).toMatch(/agreement|partial|conflict/);
      expect(card.querySelectorAll('.side')).toHaveLength(2);
      expect(card.querySelector('details summary')?.textContent).toMatch(/^Score \d\.\d\d and evidence$/);
    }
    // "Leave a Reply" is ignored boilerplate and is listed at the end.
    expect(document.querySelector('#ignored')?.textContent).toContain('Leave a Reply');
    expect(document.querySelector('#settings')?.textContent).toContain('threshold');
  });

  it('orders conflicts before agreements and partial overlaps', () => {
    const c = compare([
      { label: 'a', origin: 'a', text: 'Rescuers said two cables snapped on the old bridge near the river on Monday. The mayor visited the site in the evening.' },
      { label: 'b', origin: 'b', text: 'Rescuers said three cables snapped on the old bridge near the river on Monday. The mayor visited the site in the evening.' },
    ]);
    const html = toHtml(c);
    const { document } = elements(html);
    const ids = [...document.querySelectorAll('main > section')].map((s) => s.id);
    // The summary (counts per relation, then per source) opens the report.
    expect(ids[0]).toBe('summary');
    expect(document.querySelector('#summary table.sources')).not.toBeNull();
    expect(ids.indexOf('conflict')).toBeLessThan(ids.indexOf('agreement'));
    expect(ids.indexOf('agreement')).toBeLessThan(ids.indexOf('partial'));
    const conflict = document.querySelector('#conflict article.match .conflicts')?.textContent ?? '';
    expect(conflict).toContain('number conflict');
    expect(conflict).toMatch(/two/);
    expect(conflict).toMatch(/three/);
    expect(conflict).toContain('A says two cables, B says three cables');
  });

  it('shows hostile article text, labels, titles and origins only as text', () => {
    const hostile = `"><script>alert('label')</script>`;
    const c = compare([
      { label: hostile, origin: `https://evil.example/"onmouseover="alert(1)`, title: `<img src=x onerror=alert(2)>`, text: `${HOSTILE_SENTENCE} The mayor visited the site.` },
      { label: 'b <b>bold</b>', origin: 'b', text: `${HOSTILE_SENTENCE} Police closed the road.` },
      { label: "c ' &amp;", origin: 'c', text: `The mayor visited the site. <style>body{display:none}</style> Nothing else.` },
    ]);
    const html = toHtml(c);
    const { document, all } = elements(html);
    expect(document.querySelectorAll('script, img, b, iframe')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    for (const el of all) for (const attr of [...el.attributes]) expect(attr.name.startsWith('on')).toBe(false);
    // The text survives intact, as text.
    const text = document.body.textContent ?? '';
    expect(text).toContain(HOSTILE_SENTENCE);
    expect(text).toContain(hostile);
    expect(text).toContain('<img src=x onerror=alert(2)>');
    expect(text).toContain("c ' &amp;");
    expect(document.querySelector('title')?.textContent).toContain(hostile);
    expect(html).not.toMatch(/<script|<img|onerror=alert\(2\)>/i);
  });

  it('shows a coverage grid (● / ○ per source) and counts per source with three sources', () => {
    const c = compare([
      { label: 'a', origin: 'a', text: 'Rescuers said two cables snapped on the old bridge near the river on Monday. The mayor visited the site in the evening.' },
      { label: 'b', origin: 'b', text: 'Two cables snapped on the old bridge near the river on Monday, rescuers said. Police closed the road to traffic.' },
      { label: 'c', origin: 'c', text: 'On Monday two cables snapped on the old bridge by the river, according to rescuers. The mayor visited the site that evening.' },
    ]);
    const { document } = elements(toHtml(c));
    const rows = [...document.querySelectorAll('#coverage tbody tr')];
    expect(rows).toHaveLength(c.matches.length);
    const marks = rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim()[0]).join(''));
    for (const m of c.matches) {
      const expected = c.sources.map((s) => (m.members.some((x) => x.source === s.id) ? '●' : '○')).join('');
      expect(marks).toContain(expected);
    }
    expect(marks).toContain('●●●');
    expect(marks).toContain('●○●');
    // A source that does not carry a claim still gets its column, saying so.
    expect(document.querySelector('.side.absent')?.textContent).toContain('not reported');
    expect(document.querySelector('#coverage tfoot')?.textContent).toContain('Sentences only this source reports');
  });
});

describe('toHtml conflicts', () => {
  it('outlines the value each source gives in every column, and names the sources on each side', () => {
    const c = compare([
      { label: 'a', origin: 'a', text: 'Rescuers said two cables snapped on the bridge near the river on Monday.' },
      { label: 'b', origin: 'b', text: 'Rescuers said three cables snapped on the bridge near the river on Monday.' },
      { label: 'c', origin: 'c', text: 'Two cables snapped on the bridge near the river on Monday, rescuers said.' },
    ]);
    const { document } = elements(toHtml(c));
    const card = document.querySelector('#conflict article.match')!;
    const outlined = [...card.querySelectorAll('.side')].map((side) => [...side.querySelectorAll('strong.value')].map((v) => v.textContent));
    expect(outlined).toEqual([['two cables'], ['three cables'], ['Two cables']]);
    const sides = [...card.querySelectorAll('.conflicts .value')].map((v) => v.textContent);
    expect(sides).toHaveLength(2);
    expect(sides[0]?.replace(/\s+/g, ' ')).toBe('two cables: A a, C c');
    expect(sides[1]?.replace(/\s+/g, ' ')).toBe('three cables: B b');
    expect(document.querySelector('#legend')?.textContent).toContain('the value a source gives in a conflict');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a> é`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; é');
  });
});

describe('highlightOwnWords', () => {
  const own = (texts: string[]) => highlightOwnWords(texts).map((mask, k) => maskRuns(texts[k], mask).filter((r) => r.own).map((r) => r.text.trim()));

  it('marks the words only one side uses, on that side, in its own spelling', () => {
    expect(own(['Two cables snapped on Monday.', 'two cables broke on Monday.'])).toEqual([['snapped'], ['broke']]);
  });

  it('with three versions, marks a word only when no other version has it', () => {
    const [a, b, c] = own(['Five people died in the fire.', 'Five people died in the blaze.', 'Six people died in the fire.']);
    expect(a).toEqual([]);
    expect(b).toEqual(['blaze']);
    expect(c).toEqual(['Six']);
  });

  it('does not mark a word the other version also uses in another place (news reorders)', () => {
    const [a, b] = own(['U.S. Defense Secretary Lloyd Austin underscored the urgency.', 'The urgency was emphasized by US Secretary of Defense Austin.']);
    expect(a).toEqual(['Lloyd', 'underscored']);
    expect(b).toEqual(['emphasized']);
  });

  it('compares words after light normalisation, numbers exactly', () => {
    const [a, b] = own(["Woodburn's police chief, Scott Russell, 46, was injured.", 'Woodburn police chiefs said Russell, 64, was injuring.']);
    expect(a).toEqual(['Scott', '46']);
    expect(b).toEqual(['said', '64']);
  });

  it('marks little words only inside a phrase, and never a lone comma or full stop', () => {
    const [a, b] = own(['Police closed the road to traffic on Monday.', 'On Monday the police shut the main road for the whole day, officials said.']);
    expect(a).toEqual(['closed', 'traffic']);
    expect(b).toEqual(['shut', 'main', 'whole day, officials said']);
  });

  it('leaves the text itself unchanged', () => {
    const texts = ['The  U.S.  envoy   said "no".', 'the u.s. envoy said yes.'];
    highlightOwnWords(texts).forEach((mask, k) => expect(maskRuns(texts[k], mask).map((r) => r.text).join('')).toBe(texts[k]));
  });
});
