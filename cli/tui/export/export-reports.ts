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

/** Lets the event loop run: the status bar draws the stage and queued keys are read before a long render. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Writes the comparison as Markdown and JSON, and HTML when the HTML renderer
 * works (if it throws, HTML is skipped and the message says so). Resolves to
 * one status-bar line saying where the files went. The renderers are synchronous
 * and take seconds on a comparison of thousands of sentences: `onStage` says which
 * report is being made, and the screen gets to show it before each one.
 */
export async function exportReports(c: Comparison, renderers: Renderers, output: string | undefined, cwd: string, onStage?: (message: string) => void): Promise<string> {
  const target = chooseExportPaths(c.sources.map((s) => s.origin), output, cwd);
  const files = exportFiles(target);
  const stage = async (what: string) => {
    onStage?.(`exporting ${what} to ${target.dir}${sep}…`);
    await breathe();
  };
  await stage('Markdown');
  await writeFile(files.md, renderers.toMarkdown(c), 'utf8');
  await stage('JSON');
  await writeFile(files.json, renderers.toJson(c), 'utf8');
  await stage('HTML');
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
