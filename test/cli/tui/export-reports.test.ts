import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toJson, toMarkdown } from '../../../src/index.js';
import { chooseExportPaths, exportFiles } from '../../../cli/tui/export/choose-export-paths.js';
import { exportReports } from '../../../cli/tui/export/export-reports.js';
import { corpusComparison } from './corpus-comparison.js';

describe('chooseExportPaths', () => {
  it('writes next to the first source that is a file', () => {
    expect(chooseExportPaths(['corpus/a/pentagon-meeting.txt', 'b.txt'], undefined, '/cwd')).toEqual({ dir: 'corpus/a', base: 'pentagon-meeting.storydiff' });
    expect(chooseExportPaths(['-', 'https://x.test/a', 'docs/b.html'], undefined, '/cwd')).toEqual({ dir: 'docs', base: 'b.storydiff' });
  });
  it('uses -o for folder and name, and the current folder for stdin and URLs', () => {
    expect(chooseExportPaths(['a.txt'], 'out/report.md', '/cwd')).toEqual({ dir: 'out', base: 'report' });
    expect(chooseExportPaths(['-', 'https://x.test/a'], undefined, '/cwd')).toEqual({ dir: '/cwd', base: 'storydiff-report' });
  });
});

describe('exportReports', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes Markdown and JSON, skips HTML with a note when its renderer throws, and says where', async () => {
    dir = mkdtempSync(join(tmpdir(), 'storydiff-export-'));
    const c = corpusComparison();
    const out = join(dir, 'report.md');
    const message = await exportReports(c, { toMarkdown, toJson, toHtml: () => { throw new Error('the HTML report is not built yet'); } }, out, dir);
    const files = exportFiles({ dir, base: 'report' });
    expect(readFileSync(files.md, 'utf8')).toBe(toMarkdown(c));
    expect(JSON.parse(readFileSync(files.json, 'utf8')).schema).toBe('storydiff.comparison/v1');
    expect(existsSync(files.html)).toBe(false);
    expect(message).toContain(`report.{md,json} to ${dir}`);
    expect(message).toContain('HTML skipped');
  });

  it('writes HTML too once the renderer works', async () => {
    dir = mkdtempSync(join(tmpdir(), 'storydiff-export-'));
    const c = corpusComparison();
    const stages: string[] = [];
    const message = await exportReports(c, { toMarkdown, toJson, toHtml: () => '<p>report</p>' }, join(dir, 'r.json'), dir, (m) => stages.push(m));
    expect(stages.map((m) => m.split(' ')[1])).toEqual(['Markdown', 'JSON', 'HTML']);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toBe('<p>report</p>');
    expect(message).not.toContain('skipped');
    expect(message).toContain('r.{md,json,html}');
  });
});
