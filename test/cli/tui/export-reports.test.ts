import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toHtml, toJson, toMarkdown, toText } from '../../../src/index.js';
import { chooseExportPaths, exportFiles, exportFormat } from '../../../cli/tui/export/choose-export-paths.js';
import { exportReports } from '../../../cli/tui/export/export-reports.js';
import { corpusComparison } from './corpus-comparison.js';

describe('chooseExportPaths (e without -o)', () => {
  it('writes next to the first source that is a file', () => {
    expect(chooseExportPaths(['corpus/a/pentagon-meeting.txt', 'b.txt'], '/cwd')).toEqual({ dir: 'corpus/a', base: 'pentagon-meeting.storydiff' });
    expect(chooseExportPaths(['-', 'https://x.test/a', 'docs/b.html'], '/cwd')).toEqual({ dir: 'docs', base: 'b.storydiff' });
  });
  it('uses the current folder for stdin and URLs', () => {
    expect(chooseExportPaths(['-', 'https://x.test/a'], '/cwd')).toEqual({ dir: '/cwd', base: 'storydiff-report' });
  });
});

describe('exportFormat (e with -f tui -o FILE)', () => {
  it('takes the format from the extension, as -o does without the UI', () => {
    expect(['r.md', 'r.markdown', 'r.json', 'r.HTML', 'r.htm', 'r.txt'].map(exportFormat)).toEqual(['md', 'md', 'json', 'html', 'html', 'text']);
    expect(exportFormat('report')).toBeNull();
    expect(exportFormat('report.pdf')).toBeNull();
  });
});

describe('exportReports', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const renderers = { toMarkdown, toJson, toHtml, toText };

  it('without -o: writes Markdown and JSON, skips HTML with a note when its renderer throws, and says where', async () => {
    dir = mkdtempSync(join(tmpdir(), 'storydiff-export-'));
    const c = { ...corpusComparison(), sources: corpusComparison().sources.map((s) => ({ ...s, origin: join(dir, s.label) })) };
    const message = await exportReports(c, { ...renderers, toHtml: () => { throw new Error('the HTML report is not built yet'); } }, undefined, '/cwd');
    const files = exportFiles({ dir, base: 'pentagon-meeting.storydiff' });
    expect(readFileSync(files.md, 'utf8')).toBe(toMarkdown(c));
    expect(JSON.parse(readFileSync(files.json, 'utf8')).schema).toBe('storydiff.comparison/v1');
    expect(existsSync(files.html)).toBe(false);
    expect(message).toContain(`pentagon-meeting.storydiff.{md,json} to ${dir}`);
    expect(message).toContain('HTML skipped');
  });

  it('without -o: writes HTML too once the renderer works, telling each stage', async () => {
    dir = mkdtempSync(join(tmpdir(), 'storydiff-export-'));
    const c = corpusComparison();
    const stages: string[] = [];
    const message = await exportReports({ ...c, sources: c.sources.map((s) => ({ ...s, origin: '-' })) }, { ...renderers, toHtml: () => '<p>report</p>' }, undefined, dir, (m) => stages.push(m));
    expect(stages.map((m) => m.split(' ')[1])).toEqual(['Markdown', 'JSON', 'HTML']);
    expect(readFileSync(join(dir, 'storydiff-report.html'), 'utf8')).toBe('<p>report</p>');
    expect(message).not.toContain('skipped');
    expect(message).toContain('storydiff-report.{md,json,html}');
  });

  it('with -o FILE: writes that one file, in the format of its extension, and nothing beside it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'storydiff-export-'));
    const c = corpusComparison();
    const cases: Array<[string, string, (text: string) => void]> = [
      ['report.md', 'Markdown', (t) => expect(t).toBe(toMarkdown(c))],
      ['report.json', 'JSON', (t) => expect(JSON.parse(t).schema).toBe('storydiff.comparison/v1')],
      ['page.html', 'HTML', (t) => expect(t).toBe(toHtml(c))],
      ['notes.txt', 'text', (t) => expect(t).toBe(toText(c, { color: false, width: 100 }))],
    ];
    for (const [name, what, check] of cases) {
      const stages: string[] = [];
      const message = await exportReports(c, renderers, join(dir, name), '/cwd', (m) => stages.push(m));
      check(readFileSync(join(dir, name), 'utf8'));
      expect(message).toBe(`exported ${what} to ${join(dir, name)}`);
      expect(stages).toEqual([`exporting ${what} to ${join(dir, name)}…`]);
    }
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'page.html', 'report.json', 'report.md']);
  });

  it('with -o in a folder that does not exist: one clear line', async () => {
    dir = mkdtempSync(join(tmpdir(), 'storydiff-export-'));
    await expect(exportReports(corpusComparison(), renderers, join(dir, 'missing', 'r.md'), '/cwd')).rejects.toThrow(/cannot write .*r\.md: the folder does not exist/);
  });
});
