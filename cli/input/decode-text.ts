import { UserError } from '../errors.js';

/** Largest input accepted, in bytes: far above any article or report, far below what would exhaust memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * Bytes of a source as text. Refuses, in one clear line: empty input, binary data
 * (NUL bytes in the first 8 KiB beyond a stray one, as git and grep judge it),
 * input over MAX_INPUT_BYTES, and bytes that are not UTF-8 (naming the offset and
 * the usual cure). A UTF-8 BOM is accepted (normalizeText drops it).
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
