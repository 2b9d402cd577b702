import { basename, dirname, extname, join } from 'node:path';

/** Where the `e` key writes its reports. */
export interface ExportTarget {
  /** Folder the files go to. */
  dir: string;
  /** File name without extension; .md, .json and .html are added. */
  base: string;
}

const isFile = (origin: string) => origin !== '-' && !/^https?:\/\//i.test(origin);

/**
 * `-o report.md` → report.md / report.json / report.html next to it; otherwise
 * next to the first source that is a file ("pentagon-meeting.storydiff.md"), or
 * in the current folder when the sources are standard input or URLs.
 */
export function chooseExportPaths(origins: string[], output: string | undefined, cwd: string): ExportTarget {
  if (output) return { dir: dirname(output), base: basename(output, extname(output)) };
  const file = origins.find(isFile);
  if (file) return { dir: dirname(file), base: `${basename(file, extname(file))}.storydiff` };
  return { dir: cwd, base: 'storydiff-report' };
}

/** The three file paths of a target. */
export function exportFiles(target: ExportTarget): { md: string; json: string; html: string } {
  const p = (ext: string) => join(target.dir, `${target.base}.${ext}`);
  return { md: p('md'), json: p('json'), html: p('html') };
}
