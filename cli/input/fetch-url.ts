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
  /** The page as HTML (a text/plain answer comes as escaped paragraphs, so article extraction keeps it whole). */
  html: string;
}

/** Content types read as a web page or as text; anything else (PDF, images, JSON, feeds, scripts) is refused. */
const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)$/i;

/** Words for the network errors people meet, by Node/undici code. */
const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_SOCKET: 'the server closed the connection',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_HEADERS_OVERFLOW: 'the server sent too many headers',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate is for another host',
};

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
      const code = e.cause?.code;
      const words = code ? NETWORK_ERRORS[code] : undefined;
      throw new UserError(`${printable(url)}: cannot be fetched (${printable(words ? `${words}, ${code}` : code ?? e.cause?.message ?? e.message)})`);
    }
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      const location = response.headers.get('location');
      await response.body?.cancel();
      if (!location) throw new UserError(`${printable(url)}: the server answered HTTP ${response.status} (a redirect) without saying where to`);
      try {
        current = new URL(location, parsed).toString();
      } catch {
        throw new UserError(`${printable(url)}: redirected to ${printable(location)}, which is not a valid URL`);
      }
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new UserError(`${printable(url)}: the server answered HTTP ${response.status}${response.statusText ? ` ${printable(response.statusText)}` : ''}`);
    }
    const type = response.headers.get('content-type') ?? '';
    const mediaType = type.split(';')[0].trim();
    if (mediaType && !PAGE_TYPES.test(mediaType)) {
      await response.body?.cancel();
      throw new UserError(`${printable(url)}: is ${printable(mediaType)}, not a web page or text`);
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
    if (body.length === 0) throw new UserError(`${printable(url)}: the server sent an empty page`);
    // A NUL byte does not occur in HTML or text in any encoding a page may declare here (UTF-16 pages are refused too).
    if (body.subarray(0, 4096).includes(0)) throw new UserError(`${printable(url)}: is binary data, not a web page or text`);
    const charset = /charset=["']?([^;\s"']+)/i.exec(type)?.[1] ?? sniffCharset(body) ?? 'utf-8';
    let html: string;
    try {
      html = new TextDecoder(charset.toLowerCase()).decode(body);
    } catch {
      html = new TextDecoder('utf-8').decode(body);
    }
    if (/^text\/plain$/i.test(mediaType)) html = textAsHtml(html);
    return { url: current, html };
  }
  throw new UserError(`${printable(url)}: more than ${maxRedirects} redirects`);
}

/** Plain text as a page of paragraphs (blank lines between them; other line breaks kept), every character escaped. */
function textAsHtml(text: string): string {
  const escape = (t: string) => t.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`);
  return `<!DOCTYPE html><html><head><title></title></head><body><article>${paragraphs.join('\n')}</article></body></html>`;
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
