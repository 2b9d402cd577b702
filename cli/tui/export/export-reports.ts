import { writeFile } from 'node:fs/promises';
import { sep } from 'node:path';
import type { Comparison } from '../../../src/types.js';
import { printable } from '../../errors.js';
import { writeReport } from '../../write-output.js';
import { chooseExportPaths, exportFiles, exportFormat } from './choose-export-paths.js';

/** The renderers the export uses (passed in, so the TUI loads the library once). */
export interface Renderers {
  toMarkdown(c: Comparison): string;
  toJson(c: Comparison): string;
  toHtml(c: Comparison): string;
  toText(c: Comparison, options: { color: boolean; width: number }): string;
}

/** Lets the event loop run: the status bar draws the stage and queued keys are read before a long render. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const NAMES = { md: 'Markdown', json: 'JSON', html: 'HTML', text: 'text' } as const;

/**
 * What `e` does. With -o FILE (`-f tui -o report.md`): writes that one file, in the
 * format its extension names, as `-o` does without the UI — the reader named a file,
 * so no other file is written or overwritten beside it. Without -o: Markdown and JSON,
 * and HTML when its renderer works (if it throws, HTML is skipped and the message says
 * so), next to the first source. Resolves to one status-bar line saying where the files
 * went. The renderers are synchronous and take seconds on a comparison of thousands of
 * sentences: `onStage` says which report is being made, and the screen gets to show it
 * before each one.
 */
export async function exportReports(c: Comparison, renderers: Renderers, output: string | undefined, cwd: string, onStage?: (message: string) => void): Promise<string> {
  if (output !== undefined) {
    const format = exportFormat(output);
    if (!format) throw new Error(`cannot tell the format from '${printable(output)}': use a .md, .json, .html or .txt name`);
    onStage?.(`exporting ${NAMES[format]} to ${printable(output)}…`);
    await breathe();
    const report =
      format === 'md' ? renderers.toMarkdown(c) : format === 'json' ? renderers.toJson(c) : format === 'html' ? renderers.toHtml(c) : renderers.toText(c, { color: false, width: 100 });
    await writeReport(output, report);
    return `exported ${NAMES[format]} to ${printable(output)}`;
  }
  const target = chooseExportPaths(c.sources.map((s) => s.origin), cwd);
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
