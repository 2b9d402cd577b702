import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { UserError, printable } from './errors.js';
import { writeOut } from './write-output.js';

/**
 * `storydiff score`: JSONL pairs {"id","a","b"} in, JSONL {"id","score","relation"}
 * out, one line per input line, in input order, streaming (a line is written as
 * soon as it is scored, so thousands of lines never sit in memory). A malformed
 * line stops the run with one error line naming its line number, and a non-zero exit.
 */
export async function runScore(input: string, threshold: number | undefined): Promise<number> {
  const { scoreTexts, DEFAULT_THRESHOLD } = await import('../src/index.js');
  let stream: NodeJS.ReadableStream;
  if (input === '-') {
    if (process.stdin.isTTY) throw new UserError('score: standard input is a terminal; give a JSONL file or pipe one in');
    stream = process.stdin;
  } else {
    try {
      const info = await stat(input);
      if (info.isDirectory()) throw new UserError(`${printable(input)}: is a directory, not a file`);
    } catch (err) {
      if (err instanceof UserError) throw err;
      throw new UserError(`${printable(input)}: no such file`);
    }
    stream = createReadStream(input, { encoding: 'utf8' });
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  let scored = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = raw.replace(/^\ufeff/, '').trim();
    if (line === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new UserError(`score: line ${lineNo} is not valid JSON`);
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new UserError(`score: line ${lineNo} is not a JSON object`);
    const { id, a, b } = record as { id?: unknown; a?: unknown; b?: unknown };
    if (typeof a !== 'string' || typeof b !== 'string') throw new UserError(`score: line ${lineNo} needs string fields "a" and "b"`);
    const result = scoreTexts(a, b, threshold ?? DEFAULT_THRESHOLD);
    await writeOut(`${JSON.stringify({ id: id ?? null, score: result.score, relation: result.relation })}\n`);
    scored++;
  }
  if (scored === 0) throw new UserError('score: no pairs in the input (expected one {"id","a","b"} object per line)');
  return 0;
}
