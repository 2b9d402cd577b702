import { writeFile } from 'node:fs/promises';
import { UserError, printable } from './errors.js';

/** Writes to stdout, waiting when the pipe is full; a closed pipe (`| head`) ends quietly. */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = process.stdout.write(text, (err) => {
      if (err && (err as NodeJS.ErrnoException).code !== 'EPIPE') reject(err);
    });
    if (ok) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/** Writes a report file, as one clear error line when that fails. */
export async function writeReport(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'the folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (code ?? (err as Error).message);
    throw new UserError(`cannot write ${printable(path)}: ${why}`);
  }
}
