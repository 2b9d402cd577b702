import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { compare, toHtml, type SourceInput } from '../../src/index.js';

/** Debian's `chromium` (or CHROMIUM=path); the render check is skipped, saying so, when there is none. */
function findChromium(): string | null {
  for (const bin of [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome'].filter(Boolean) as string[]) {
    if (spawnSync(bin, ['--version'], { stdio: 'ignore', timeout: 20_000 }).status === 0) return bin;
  }
  return null;
}
const chromium = findChromium();
if (!chromium) console.warn('skipping the headless render check of the HTML report: no chromium found (apt-get install chromium, or set CHROMIUM)');

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const corpus = (name: string): SourceInput => ({ label: name, origin: `corpus/austin-gallant/${name}`, text: readFileSync(`${ROOT}corpus/austin-gallant/${name}`, 'utf8') });

describe.skipIf(!chromium)('the HTML report in headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storydiff-html-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = join(dir, 'report.html');
  writeFileSync(page, toHtml(compare([corpus('pentagon-meeting.txt'), corpus('unbreakable-or-not.txt')])));
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--user-data-dir=${join(dir, 'profile')}`];

  it('renders the corpus report to a non-empty screenshot', () => {
    const png = join(dir, 'report.png');
    spawnSync(chromium!, [...flags, `--screenshot=${png}`, '--window-size=1280,2000', pathToFileURL(page).href], { stdio: 'ignore', timeout: 90_000 });
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(1280); // IHDR width
    // A blank page compresses to a few kB; a page of text does not.
    expect(statSync(png).size).toBeGreaterThan(30_000);
  }, 120_000);

  it('keeps hostile article text as text in the DOM Chromium builds (no element, handler or link from content)', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(2)>',
      '"><svg onload=alert(3)>',
      '</style><iframe src=javascript:alert(4)>',
      '<a href="javascript:alert(5)">click</a>',
      '</title></textarea>',
    ];
    const text = (lead: string) => hostile.map((h, i) => `${lead} ${i + 2} cables snapped near ${h} the old bridge on Monday.`).join(' ');
    const c = compare([
      { label: '<b>a</b>', origin: 'javascript:alert(6)', title: '"><svg onload=alert(7)>', text: text('Rescuers said') },
      { label: "b' onmouseover='alert(8)", origin: 'b', text: text('Officials said') },
      { label: 'c', origin: 'c', text: 'The mayor visited the site. <style>body{display:none}</style> Nothing else happened.' },
    ]);
    const hostilePage = join(dir, 'hostile.html');
    writeFileSync(hostilePage, toHtml(c));
    const dom = execFileSync(chromium!, [...flags, '--dump-dom', pathToFileURL(hostilePage).href], { encoding: 'utf8', timeout: 90_000, stdio: ['ignore', 'pipe', 'ignore'] });
    const { document } = parseHTML(dom);
    expect(document.querySelectorAll('script, img, svg, iframe, b, textarea, object, embed')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    for (const el of [...document.querySelectorAll('*')]) {
      for (const attr of [...el.attributes]) {
        expect(attr.name.startsWith('on')).toBe(false);
        if (attr.name === 'href') expect(attr.value.startsWith('#')).toBe(true);
      }
    }
    const shown = document.body.textContent ?? '';
    for (const h of hostile) expect(shown).toContain(h);
    expect(shown).toContain('javascript:alert(6)');
  }, 120_000);

  it('lays out a DOM with both labels, the relations and no script', () => {
    const dom = execFileSync(chromium!, [...flags, '--dump-dom', pathToFileURL(page).href], { encoding: 'utf8', timeout: 90_000, stdio: ['ignore', 'pipe', 'ignore'] });
    expect(dom).toContain('pentagon-meeting.txt');
    expect(dom).toContain('unbreakable-or-not.txt');
    expect(dom).toContain('Partial overlaps');
    expect(dom).not.toMatch(/<script/i);
  }, 120_000);
});
