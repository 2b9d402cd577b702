import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { SourceInput } from '../../src/types.js';
import { UserError, printable } from '../errors.js';
import { MAX_INPUT_BYTES, decodeText } from './decode-text.js';

/**
 * Most text all sources of one run may hold together, in UTF-16 code units
 * (≈ bytes for Latin script): two sources at MAX_INPUT_BYTES would need more
 * memory than one run should take (see MAX_INPUT_BYTES).
 */
export const MAX_TOTAL_TEXT = 10 * 1024 * 1024;

let totalText = 0;

/** Counts a source's text against MAX_TOTAL_TEXT (one comparison per process, so a module tally is enough). */
function budget(input: SourceInput): SourceInput {
  totalText += input.text.length;
  if (totalText > MAX_TOTAL_TEXT) {
    throw new UserError(`the sources hold more than ${MAX_TOTAL_TEXT / 1048576} MB of text together; compare fewer or smaller sources`);
  }
  return input;
}

/** Reads all of standard input, refusing more than MAX_INPUT_BYTES. */
export async function readStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) throw new UserError('-: standard input is a terminal; pipe an article in (cat article.txt | storydiff - other.txt)');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) throw new UserError(`-: standard input is too large (over ${MAX_INPUT_BYTES / 1048576} MB)`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Does this text look like an HTML page rather than an article? */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024).replace(/^\ufeff/, ''));
}

/**
 * One source as the engine wants it: a file (.txt, .md, .html), "-" for standard
 * input, or an http(s) URL. HTML (by extension or content) goes through article
 * extraction, loaded only when needed so plain-text runs stay fast.
 */
export async function readSource(source: string): Promise<SourceInput> {
  return budget(await readOne(source));
}

async function readOne(source: string): Promise<SourceInput> {
  const shown = printable(source);
  if (/^https?:\/\//i.test(source)) {
    const { fetchUrl } = await import('./fetch-url.js');
    const page = await fetchUrl(source);
    const { extractArticle } = await import('./extract-article.js');
    return { ...extractArticle(page.html, page.url), label: labelFromUrl(page.url), origin: source };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    throw new UserError(`${shown}: only http:// and https:// URLs can be fetched`);
  }
  let bytes: Uint8Array;
  if (source === '-') {
    bytes = await readStdin();
  } else {
    let info;
    try {
      info = await stat(source);
    } catch (err) {
      throw new UserError(`${shown}: ${describeFsError(err)}`);
    }
    if (info.isDirectory()) throw new UserError(`${shown}: is a directory, not a file`);
    if (!info.isFile()) throw new UserError(`${shown}: is not a regular file`);
    if (info.size > MAX_INPUT_BYTES) throw new UserError(`${shown}: too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
    try {
      bytes = await readFile(source);
    } catch (err) {
      throw new UserError(`${shown}: ${describeFsError(err)}`);
    }
  }
  const name = source === '-' ? '-' : shown;
  const text = decodeText(bytes, name);
  const label = source === '-' ? 'stdin' : basename(source);
  if (/\.html?$/i.test(source) || looksLikeHtml(text)) {
    const { extractArticle } = await import('./extract-article.js');
    const article = extractArticle(text, null, name);
    return { ...article, label, origin: source };
  }
  return { label, origin: source, text, title: null };
}

function labelFromUrl(url: string): string {
  try {
    const u = new URL(url);
    const last = u.pathname.split('/').filter(Boolean).pop();
    return last ? `${u.hostname}/${decodeURIComponent(last)}` : u.hostname;
  } catch {
    return url;
  }
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a file';
    case 'ENAMETOOLONG': return 'file name too long';
    case 'ELOOP': return 'too many symbolic links';
    default: return `cannot be read (${code ?? (err as Error).message})`;
  }
}
