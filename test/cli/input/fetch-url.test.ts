import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../cli/errors.js';
import { fetchUrl } from '../../../cli/input/fetch-url.js';
import { readSource } from '../../../cli/input/read-source.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PAGE = readFileSync(`${ROOT}test/fixtures/pages/news-site.html`);

/** A local server with the cases a real fetch meets: a page, redirects, errors, a slow answer, a huge body. */
let server: Server;
let base = '';
const timers = new Set<NodeJS.Timeout>();
beforeAll(async () => {
  server = createServer((req, res) => {
    const later = (ms: number, fn: () => void) => {
      const t = setTimeout(() => { timers.delete(t); fn(); }, ms);
      timers.add(t);
    };
    switch (req.url) {
      case '/a.html': res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE); return;
      case '/r1': res.writeHead(302, { location: '/r2' }).end(); return;
      case '/r2': res.writeHead(301, { location: `${base}/a.html` }).end(); return;
      case '/loop': res.writeHead(302, { location: '/loop' }).end(); return;
      case '/to-file': res.writeHead(302, { location: 'file:///etc/passwd' }).end(); return;
      case '/missing': res.writeHead(404, 'Not Found', { 'content-type': 'text/html' }).end('<h1>Not found</h1>'); return;
      case '/broken': res.writeHead(500, 'Internal Server Error').end(); return;
      case '/latin1': res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from('<html><head><meta charset="windows-1252"><title>Caf\u00e9</title></head><body><p>The caf\u00e9 on the quay reopened on Monday, its owner Ren\u00e9e Dupr\u00e9 said.</p></body></html>', 'latin1')); return;
      case '/pdf': res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'); return;
      case '/script': res.writeHead(200, { 'content-type': 'text/javascript' }).end('var story = "not an article";'); return;
      case '/feed': res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><item><title>x</title></item></channel></rss>'); return;
      case '/untyped-binary': res.writeHead(200).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])); return;
      case '/empty': res.writeHead(200, { 'content-type': 'text/html' }).end(); return;
      case '/nowhere': res.writeHead(302).end('moved'); return;
      case '/hang-up': req.socket.destroy(); return;
      case '/text': res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Rescuers said two cables snapped on the old bridge on Monday.\nThe mayor said <b>nothing</b> & left.\n\nPolice closed the road to traffic for the whole day.\n'); return;
      case '/slow': later(3000, () => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE)); return;
      case '/stall': res.writeHead(200, { 'content-type': 'text/html' }); res.write('<html><body><p>Start'); later(3000, () => res.end('</p></body></html>')); return;
      case '/declared-big': res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) }); res.end(); return;
      case '/big': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 4 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('error', () => {});
        pump();
        return;
      }
      default: res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const t of timers) clearTimeout(t);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The one-line UserError message a failing fetch gives. */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    const message = (err as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetchUrl', () => {
  it('fetches a page', async () => {
    const page = await fetchUrl(`${base}/a.html`);
    expect(page.url).toBe(`${base}/a.html`);
    expect(page.html).toContain('Two of the main suspension cables');
  });

  it('follows a bounded chain of redirects, relative and absolute', async () => {
    const page = await fetchUrl(`${base}/r1`);
    expect(page.url).toBe(`${base}/a.html`);
    expect(page.html).toContain('Tamar bridge');
    expect(await failure(fetchUrl(`${base}/r1`, { maxRedirects: 1 }))).toMatch(/more than 1 redirects/);
    expect(await failure(fetchUrl(`${base}/loop`))).toMatch(/more than 5 redirects/);
  });

  it('refuses schemes other than http(s), also behind a redirect', async () => {
    expect(await failure(fetchUrl('ftp://127.0.0.1/a.html'))).toMatch(/only http:\/\/ and https:\/\//);
    expect(await failure(fetchUrl('file:///etc/passwd'))).toMatch(/only http:\/\/ and https:\/\//);
    expect(await failure(fetchUrl(`${base}/to-file`))).toMatch(/file:\/\/\/etc\/passwd: only http:\/\/ and https:\/\/ URLs can be fetched \(redirected from/);
  });

  it('reports HTTP errors in one line with the status', async () => {
    expect(await failure(fetchUrl(`${base}/missing`))).toBe(`${base}/missing: the server answered HTTP 404 Not Found`);
    expect(await failure(fetchUrl(`${base}/broken`))).toBe(`${base}/broken: the server answered HTTP 500 Internal Server Error`);
  });

  it('gives up on a slow server, and on a body that stalls', async () => {
    expect(await failure(fetchUrl(`${base}/slow`, { timeoutMs: 300 }))).toMatch(/no answer within 0.3 s/);
    expect(await failure(fetchUrl(`${base}/stall`, { timeoutMs: 300 }))).toMatch(/no answer within 0.3 s/);
  });

  it('refuses oversized pages, declared or streamed', async () => {
    expect(await failure(fetchUrl(`${base}/declared-big`))).toMatch(/page too large \(52428800 bytes; the limit is 10485760\)/);
    expect(await failure(fetchUrl(`${base}/big`, { maxBytes: 1024 * 1024 }))).toMatch(/page too large \(over 1048576 bytes\)/);
  });

  it('decodes a page in the charset its <meta> declares when the server names none', async () => {
    const page = await fetchUrl(`${base}/latin1`);
    expect(page.html).toContain('its owner Renée Dupré said');
  });

  it('refuses what is not a web page, and a port nobody listens on', async () => {
    expect(await failure(fetchUrl(`${base}/pdf`))).toMatch(/is application\/pdf, not a web page or text/);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await failure(fetchUrl(`http://127.0.0.1:${port}/a.html`))).toMatch(/cannot be fetched \(connection refused, ECONNREFUSED\)/);
    expect(await failure(fetchUrl('http://exa mple/'))).toMatch(/not a valid URL/);
  });
});

describe('fetchUrl on answers that are not a page', () => {
  it('refuses scripts, feeds and untyped binary data, and says when a page is empty', async () => {
    expect(await failure(fetchUrl(`${base}/script`))).toBe(`${base}/script: is text/javascript, not a web page or text`);
    expect(await failure(fetchUrl(`${base}/feed`))).toBe(`${base}/feed: is application/rss+xml, not a web page or text`);
    expect(await failure(fetchUrl(`${base}/untyped-binary`))).toBe(`${base}/untyped-binary: is binary data, not a web page or text`);
    expect(await failure(fetchUrl(`${base}/empty`))).toBe(`${base}/empty: the server sent an empty page`);
  });

  it('says so when a redirect names no target or the server hangs up', async () => {
    expect(await failure(fetchUrl(`${base}/nowhere`))).toBe(`${base}/nowhere: the server answered HTTP 302 (a redirect) without saying where to`);
    expect(await failure(fetchUrl(`${base}/hang-up`))).toMatch(/: cannot be fetched \(the server closed the connection, [A-Z_]+\)$/);
  });
});

describe('readSource with a URL', () => {
  it('reads a text/plain answer as text: its paragraphs, markup-like text kept as it is', async () => {
    const source = await readSource(`${base}/text`);
    expect(source.title).toBeNull();
    expect(source.text).toBe('Rescuers said two cables snapped on the old bridge on Monday. The mayor said <b>nothing</b> & left.\n\nPolice closed the road to traffic for the whole day.');
  });

  it('keeps the URL as origin and the headline as title, and only the article as text', async () => {
    const source = await readSource(`${base}/a.html`);
    expect(source.origin).toBe(`${base}/a.html`);
    expect(source.label).toBe('127.0.0.1/a.html');
    expect(source.title).toBe('Two cables snapped on Tamar bridge, inspectors say');
    expect(source.text).toContain('Two of the main suspension cables on the Tamar bridge snapped');
    expect(source.text).toContain("Mr Reeve said he expected an update on Thursday");
    for (const furniture of ['Leave a Reply', 'Most read', 'Advertisement', 'Sponsored', 'cookies', 'Subscribe', 'TRACKER-SCRIPT-TEXT', 'FOOTER-SCRIPT-TEXT', 'ad-slot', 'All rights reserved', 'Dave from Saltash', 'Share on Facebook', 'Sign up for our newsletter']) {
      expect(source.text).not.toContain(furniture);
    }
  });
});

const BIN = `${ROOT}dist/cli/main.js`;
describe.skipIf(!existsSync(BIN))('storydiff with a URL source (built bin)', () => {
  it('compares the served article against a file: its sentences and title, none of the page furniture', async () => {
    const { stdout } = await promisify(execFile)('node', [BIN, `${base}/a.html`, 'corpus/austin-gallant/unbreakable-or-not.txt', '-f', 'json'], { cwd: ROOT });
    const c = JSON.parse(stdout) as { sources: Array<{ origin: string; title: string | null; text: string; sentences: Array<{ text: string }> }> };
    const [a] = c.sources;
    expect(a.origin).toBe(`${base}/a.html`);
    expect(a.title).toBe('Two cables snapped on Tamar bridge, inspectors say');
    const sentences = a.sentences.map((s) => s.text);
    expect(sentences).toContain('Engineers will use rope-access teams and drones to examine the anchorages on both banks before deciding whether a temporary repair is possible.');
    // The eight body paragraphs of the story, one sentence each, in order; nothing else.
    expect(sentences).toHaveLength(8);
    expect(sentences[0]).toMatch(/^Two of the main suspension cables/);
    expect(sentences[7]).toMatch(/^Mr Reeve said he expected an update/);
    for (const furniture of ['Leave a Reply', 'Most read', 'Advertisement', 'cookie', 'Post Comment', 'Riverside Courier Media']) expect(a.text).not.toContain(furniture);
  }, 30_000);

  it('says in one line when the URL answers 404', async () => {
    const run = promisify(execFile)('node', [BIN, `${base}/missing`, 'corpus/austin-gallant/unbreakable-or-not.txt', '-f', 'json'], { cwd: ROOT });
    const err = (await run.then(() => null, (e: { code: number; stderr: string }) => e))!;
    expect(err.code).toBe(1);
    expect(err.stderr).toBe(`storydiff: ${base}/missing: the server answered HTTP 404 Not Found\n`);
  }, 30_000);
});
