import { basename, dirname, extname, join } from 'node:path';
import { formatFromPath } from '../../parse-args.js';

/** Where the `e` key writes its reports when no -o was given: three files side by side. */
export interface ExportTarget {
  /** Folder the files go to. */
  dir: string;
  /** File name without extension; .md, .json and .html are added. */
  base: string;
}

/** The report formats `e` can write to an -o file, chosen by its extension. */
export type ExportFormat = 'md' | 'json' | 'html' | 'text';

const isFile = (origin: string) => origin !== '-' && !/^https?:\/\//i.test(origin);

/**
 * Without -o: next to the first source that is a file ("pentagon-meeting.storydiff.md"),
 * or in the current folder when the sources are standard input or URLs.
 */
export function chooseExportPaths(origins: string[], cwd: string): ExportTarget {
  const file = origins.find(isFile);
  if (file) return { dir: dirname(file), base: `${basename(file, extname(file))}.storydiff` };
  return { dir: cwd, base: 'storydiff-report' };
}

/** The three file paths of a target. */
export function exportFiles(target: ExportTarget): { md: string; json: string; html: string } {
  const p = (ext: string) => join(target.dir, `${target.base}.${ext}`);
  return { md: p('md'), json: p('json'), html: p('html') };
}

/**
 * The format of the report `e` writes to `-o FILE` (`-f tui -o report.md`): from the
 * extension, as `-o` without the UI; null when the extension names none (parse-args
 * refuses such a name before the UI starts).
 */
export function exportFormat(path: string): ExportFormat | null {
  const f = formatFromPath(path);
  return f === 'md' || f === 'json' || f === 'html' || f === 'text' ? f : null;
}
