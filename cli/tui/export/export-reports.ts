import { writeFile } from 'node:fs/promises';
import { sep } from 'node:path';
import type { Comparison } from '../../../src/types.js';
import { chooseExportPaths, exportFiles } from './choose-export-paths.js';

/** The renderers the export uses (passed in, so the TUI loads the library once). */
export interface Renderers {
  toMarkdown(c: Comparison): string;
  toJson(c: Comparison): string;
  toHtml(c: Comparison): string;
}

/**
 * Writes the comparison as Markdown and JSON, and HTML when the HTML renderer
 * works (it may not exist yet: then it is skipped and the message says so).
 * Resolves to one status-bar line saying where the files went.
 */
export async function exportReports(c: Comparison, renderers: Renderers, output: string | undefined, cwd: string): Promise<string> {
  const target = chooseExportPaths(c.sources.map((s) => s.origin), output, cwd);
  const files = exportFiles(target);
  await writeFile(files.md, renderers.toMarkdown(c), 'utf8');
  await writeFile(files.json, renderers.toJson(c), 'utf8');
  let html: string | null = null;
  let skipped = '';
  try {
    html = renderers.toHtml(c);
  } catch (err) {
    skipped = ` (HTML skipped: ${err instanceof Error ? err.message : String(err)})`;
  }
  if (html !== null) await writeFile(files.html, html, 'utf8');
  const exts = ['md', 'json', ...(html !== null ? ['html'] : [])];
  return `exported ${target.base}.{${exts.join(',')}} to ${target.dir}${sep}${skipped}`;
}
