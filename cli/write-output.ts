import { open, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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

/** Pieces of a report joined into writes of about this many characters (one write per piece would be thousands of system calls). */
const BATCH = 1 << 16;

/** Joins small pieces into batches of about BATCH characters. */
function* batches(pieces: Iterable<string>): Generator<string> {
  let buffer: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    size += piece.length;
    if (size >= BATCH) {
      yield buffer.join('');
      buffer = [];
      size = 0;
    }
  }
  if (size > 0) yield buffer.join('');
}

/**
 * Writes a report given in pieces to stdout, or to a file, without ever holding
 * its whole text: a large comparison's JSON is tens of megabytes. A file is
 * written beside its final name and renamed when complete, so a failure half-way
 * (a full disk, a bug while rendering) never leaves a truncated report where the
 * previous one was. Only failures to write are reported as such; anything else
 * goes on as it is (an internal error stays one).
 */
export async function writePieces(pieces: Iterable<string>, path?: string): Promise<void> {
  if (path === undefined) {
    for (const batch of batches(pieces)) await writeOut(batch);
    return;
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const io = async <T>(step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (err) {
      throw writeError(path, err);
    }
  };
  const file = await io(() => open(tmp, 'w'));
  let closed = false;
  try {
    for (const batch of batches(pieces)) await io(() => file.write(batch, null, 'utf8'));
    closed = true;
    await io(() => file.close());
    await io(() => rename(tmp, path));
  } catch (err) {
    if (!closed) await file.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw err;
  }
}

/** Writes a report file, as one clear error line when that fails. */
export async function writeReport(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (err) {
    throw writeError(path, err);
  }
}

/** One clear line for a report that cannot be written. */
function writeError(path: string, err: unknown): UserError {
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'the folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (code ?? (err as Error).message);
  return new UserError(`cannot write ${printable(path)}: ${why}`);
}
