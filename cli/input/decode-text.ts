import { UserError } from '../errors.js';

/**
 * Largest source accepted, in bytes. A 300-page report is about 1 MB; the engine
 * needs ~60–130 MB of memory per MB of text (measured by test/bench: 10,000 ×
 * 10,000 sentences, 2.4 MB, peak ~340 MB; a 5 MB run-on line, ~320 MB), so 8 MB
 * keeps one source well under 1 GB, where 64 MB ran Node out of heap — a crash,
 * not an error message (DESIGN §8).
 */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/**
 * Bytes of a source as text. Refuses, in one clear line: empty input, binary data
 * (NUL bytes in the first 8 KiB beyond a stray one, as git and grep judge it),
 * input over MAX_INPUT_BYTES, and bytes that are not UTF-8 (naming the offset and
 * the usual cure). A UTF-8 BOM is accepted (normalizeText drops it).
 *
 * Latin-1 (and Windows-1252) files are refused, not guessed: any byte string
 * decodes "successfully" as Latin-1, so a UTF-8 file with one damaged byte would
 * silently turn into mojibake (â€™) across the whole comparison; one line naming
 * the offending byte and the iconv command is the honest answer.
 * A stray NUL further in is kept out by normalizeText (control characters).
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new UserError(`${name}: too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
  }
  if (bytes.length === 0) throw new UserError(`${name}: is empty`);
  const head = bytes.subarray(0, 8192);
  let nul = 0;
  for (const b of head) if (b === 0) nul++;
  if (nul > 1 || (nul === 1 && head.length < 64)) throw new UserError(`${name}: looks like a binary file, not text`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) throw new UserError(`${name}: is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new UserError(
      `${name}: is not UTF-8 text (invalid byte 0x${bytes[offset].toString(16).padStart(2, '0')} at offset ${offset}); if it is Latin-1, convert it: iconv -f latin1 -t utf-8`,
    );
  }
  if (text.replace(/^\ufeff/, '').trim() === '') throw new UserError(`${name}: contains only white space`);
  return text;
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return Math.max(0, bytes.length - 1);
}
