import { UserError, printable } from '../errors.js';

/** Give up on a page after this long (connect + download). */
export const FETCH_TIMEOUT_MS = 15_000;
/** Largest page downloaded. */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;
/** Redirects followed before giving up. */
export const MAX_REDIRECTS = 5;

/** A fetched page. */
export interface Page {
  /** The final URL after redirects. */
  url: string;
  /** The page as text. */
  html: string;
}

/** Limits of one fetch (the defaults above apply when absent). */
export interface FetchOptions {
  /** Give up after this many milliseconds, redirects and download included. */
  timeoutMs?: number;
  /** Refuse pages larger than this many bytes (as declared, or as they arrive, after decompression). */
  maxBytes?: number;
  /** Redirects followed before giving up. */
  maxRedirects?: number;
}

/**
 * Fetches an http(s) page with a timeout, a size limit and a bounded number of
 * redirects (followed by hand so that each hop is checked to be http(s)).
 * Every failure is one clear UserError line.
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Page> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    let parsed: URL;
    try {
      parsed = new URL(current);
    } catch {
      throw new UserError(`${printable(current)}: not a valid URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new UserError(`${printable(current)}: only http:// and https:// URLs can be fetched${current === url ? '' : ` (redirected from ${printable(url)})`}`);
    }
    let response: Response;
    try {
      response = await fetch(parsed, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': 'storydiff (article comparison)', accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' },
      });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string; message?: string } };
      if (e.name === 'TimeoutError' || e.name === 'AbortError') throw new UserError(`${printable(url)}: no answer within ${timeoutMs / 1000} s`);
      throw new UserError(`${printable(url)}: cannot be fetched (${printable(e.cause?.code ?? e.cause?.message ?? e.message)})`);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      current = new URL(response.headers.get('location')!, parsed).toString();
      await response.body?.cancel();
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new UserError(`${printable(url)}: the server answered HTTP ${response.status}${response.statusText ? ` ${printable(response.statusText)}` : ''}`);
    }
    const type = response.headers.get('content-type') ?? '';
    if (type && !/text\/|html|xml/i.test(type)) {
      await response.body?.cancel();
      throw new UserError(`${printable(url)}: is ${printable(type.split(';')[0])}, not a web page or text`);
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > maxBytes) {
      await response.body?.cancel();
      throw new UserError(`${printable(url)}: page too large (${length} bytes; the limit is ${maxBytes})`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > maxBytes) throw new UserError(`${printable(url)}: page too large (over ${maxBytes} bytes)`);
        chunks.push(chunk);
      }
    } catch (err) {
      if (err instanceof UserError) throw err;
      const e = err as Error;
      if (e.name === 'TimeoutError' || e.name === 'AbortError') throw new UserError(`${printable(url)}: no answer within ${timeoutMs / 1000} s`);
      throw new UserError(`${printable(url)}: download failed (${e.message})`);
    }
    const body = Buffer.concat(chunks);
    const charset = /charset=["']?([^;\s"']+)/i.exec(type)?.[1] ?? sniffCharset(body) ?? 'utf-8';
    let html: string;
    try {
      html = new TextDecoder(charset.toLowerCase()).decode(body);
    } catch {
      html = new TextDecoder('utf-8').decode(body);
    }
    return { url: current, html };
  }
  throw new UserError(`${printable(url)}: more than ${maxRedirects} redirects`);
}

/**
 * The encoding a page declares in its first 1024 bytes (<meta charset> or
 * <meta http-equiv="Content-Type" content="…; charset=…">), as the HTML
 * standard's prescan does when the server sends no charset; null if none.
 */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(head);
  return m ? m[1] : null;
}
