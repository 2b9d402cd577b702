/**
 * Hostile and odd input through the real bin (DESIGN §8, issue 7): each case ends
 * in a comparison that keeps the JSON contract, or in ONE clear stderr line and a
 * non-zero exit — never a stack trace, never a hang (every run has a timeout).
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_INPUT_BYTES } from '../../cli/input/decode-text.js';
import { MAX_SENTENCE } from '../../src/segment/split-sentences.js';
import type { Comparison } from '../../src/types.js';
import { contractViolations } from '../support/check-contract.js';
import { CORPUS_PAIR, ROOT } from '../support/corpus.js';
import { runBin } from '../support/run-bin.js';

const dir = mkdtempSync(join(tmpdir(), 'storydiff-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const ARTICLE = ROOT + CORPUS_PAIR[0];

/** Runs a comparison that must succeed; returns the parsed JSON after checking the contract. */
function compareOk(args: string[], timeout = 60_000, input?: string | Buffer): Comparison {
  const r = runBin([...args, '-f', 'json'], { timeout, input });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const c = JSON.parse(r.stdout) as Comparison;
  expect(contractViolations(c)).toEqual([]);
  return c;
}

/** Runs a command that must fail with one clear line; returns that line. */
function failsClearly(args: string[], input?: string | Buffer): string {
  const r = runBin(args, { timeout: 60_000, input });
  expect(r.status).not.toBe(0);
  expect(r.status).not.toBeNull(); // null = killed by the timeout
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^storydiff: /);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack frames
  return lines[0];
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('hostile input', () => {
  test('a 5 MB single line without punctuation is cut into capped sentences and compared', () => {
    const words = 'the minister met his counterpart in washington to discuss security aid and the war in gaza while protesters gathered outside'.split(' ');
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const w = words[(i * 7) % words.length];
      parts.push(w);
      size += w.length + 1;
    }
    const path = file('line.txt', parts.join(' '));
    const c = compareOk([path, ARTICLE], 180_000);
    const long = c.sources[0];
    expect(long.sentences.length).toBeGreaterThan((5 * 1024 * 1024) / MAX_SENTENCE - 1);
    for (const s of long.sentences) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
    // Nothing of the line is lost: the sentences cover it up to the spaces between them.
    expect(long.sentences.map((s) => s.text).join(' ')).toBe(long.text.trim());
  }, 200_000);

  test('emoji and right-to-left text keep UTF-16 offsets and whole surrogate pairs', () => {
    const a = file(
      'emoji-a.txt',
      'The minister 👍🏽 said the talks in Washington went well 🇺🇸🇮🇱. Austin met Gallant on Monday 👨‍👩‍👧 at the Pentagon.\n\n' +
        'قال الوزير إن المحادثات كانت جيدة. He added 🙂 that more talks would follow next week.\n\n' +
        `A${'😀'.repeat(700)} end.`,
    );
    const b = file('emoji-b.txt', 'Austin met Gallant at the Pentagon on Monday 😀.\n\nقال الوزير إن المحادثات كانت جيدة.\n\nThe minister said the talks in Washington went well 🎉.');
    const c = compareOk([a, b]);
    for (const src of c.sources) {
      for (const s of src.sentences) expect(s.text).not.toMatch(LONE_SURROGATE);
    }
    const texts = c.sources[0].sentences.map((s) => s.text);
    expect(texts).toContain('Austin met Gallant on Monday 👨‍👩‍👧 at the Pentagon.');
    expect(texts).toContain('قال الوزير إن المحادثات كانت جيدة.');
    // The English claims still pair up across the emoji.
    const matchedA = new Set(c.matches.flatMap((m) => m.members.filter((x) => x.source === 'A').flatMap((x) => x.sentences)));
    expect(matchedA.has(texts.indexOf('Austin met Gallant on Monday 👨‍👩‍👧 at the Pentagon.'))).toBe(true);
  });

  test('Chinese is segmented on its own sentence marks', () => {
    const a = file('zh-a.txt', '美国国防部长奥斯汀周一会见了以色列国防部长加兰特。双方讨论了加沙局势！会谈持续了两个小时？\n\n他们同意继续合作。');
    const b = file('zh-b.txt', '以色列国防部长加兰特周一与美国国防部长奥斯汀会面。双方讨论了加沙局势。');
    const c = compareOk([a, b]);
    expect(c.sources[0].sentences.map((s) => s.text)).toEqual([
      '美国国防部长奥斯汀周一会见了以色列国防部长加兰特。',
      '双方讨论了加沙局势！',
      '会谈持续了两个小时？',
      '他们同意继续合作。',
    ]);
    expect(c.sources[1].sentences).toHaveLength(2);
  });

  test('Latin-1 bytes are refused in one line that names the byte and the cure', () => {
    const path = file('latin1.txt', Buffer.from('Le ministre a d\xe9clar\xe9 que les n\xe9gociations \xe9taient termin\xe9es.', 'latin1'));
    const line = failsClearly([path, ARTICLE, '-f', 'json']);
    expect(line).toMatch(/not UTF-8/);
    expect(line).toMatch(/0xe9 at offset 15/);
    expect(line).toMatch(/iconv -f latin1 -t utf-8/);
  });

  test('NUL bytes: a binary-looking file is refused, a stray NUL in text is dropped', () => {
    expect(failsClearly([file('nul-many.txt', 'Austin\0met\0Gallant\0on Monday.'), ARTICLE, '-f', 'json'])).toMatch(/binary/);
    const text = `${'Austin met Gallant at the Pentagon on Monday. '.repeat(200)}The\0 talks lasted two hours.`;
    const c = compareOk([file('nul-one.txt', text), ARTICLE]);
    expect(c.sources[0].text).not.toContain('\0');
    expect(c.sources[0].text).toContain('The talks lasted two hours.');
  });

  test('one sentence repeated thousands of times does not blow up', () => {
    const path = file('repeat.txt', 'Austin met Gallant at the Pentagon on Monday to discuss the war in Gaza. '.repeat(4000));
    const c = compareOk([path, path], 120_000);
    expect(c.sources[0].sentences).toHaveLength(4000);
    // Identical documents: every sentence finds a counterpart.
    const matchedA = new Set(c.matches.flatMap((m) => m.members.filter((x) => x.source === 'A').flatMap((x) => x.sentences)));
    expect(matchedA.size).toBe(4000);
    const against = compareOk([path, ARTICLE], 120_000);
    expect(against.sources[0].sentences).toHaveLength(4000);
  }, 240_000);

  test('thousands of boilerplate lines are set aside in linear time', () => {
    const path = file('share.txt', 'Share this article\n'.repeat(30_000));
    const c = compareOk([path, ARTICLE], 120_000);
    expect(c.ignored.filter((g) => g.source === 'A').flatMap((g) => g.sentences)).toHaveLength(30_000);
  }, 150_000);

  test('fifty sources end in one valid comparison', () => {
    const sentences = CORPUS_PAIR.flatMap((p) => readFileSync(ROOT + p, 'utf8').split(/(?<=[.!?”"])\s+/)).filter((s) => s.trim() !== '');
    const paths = Array.from({ length: 50 }, (_, k) => {
      // Each outlet keeps a different two thirds of the sentences, in a rotated order.
      const own = sentences.filter((_, i) => (i + k) % 3 !== 0);
      const rotated = [...own.slice(k % own.length), ...own.slice(0, k % own.length)];
      return file(`outlet${k}.txt`, rotated.join('\n\n'));
    });
    const c = compareOk(paths, 120_000);
    expect(c.sources).toHaveLength(50);
    expect(c.sources[49].id).toBe('AX');
    // Claims shared by many outlets become one match naming many of them.
    expect(Math.max(...c.matches.map((m) => m.members.length))).toBeGreaterThan(10);
  }, 150_000);

  test('a file over the size limit is refused before it is read', () => {
    const path = file('huge.txt', '');
    truncateSync(path, MAX_INPUT_BYTES + 1); // sparse: costs no disk
    expect(failsClearly([path, ARTICLE, '-f', 'json'])).toMatch(/too large .*the limit is 8 MB/);
  });

  test('standard input over the size limit is refused', () => {
    const input = Buffer.alloc(MAX_INPUT_BYTES + 1024, 'word ');
    expect(failsClearly(['-', ARTICLE, '-f', 'json'], input)).toMatch(/standard input is too large/);
  });

  test('sources over the total limit together are refused in one line', () => {
    const big = 'The minister met his counterpart in Washington. '.repeat(Math.ceil((6 * 1024 * 1024) / 48));
    const a = file('six-a.txt', big);
    const b = file('six-b.txt', big);
    expect(failsClearly([a, b, '-f', 'json'])).toMatch(/more than 10 MB of text together/);
  });

  test('ANSI and OSC escape sequences never reach the output', () => {
    const path = file(
      'ansi.txt',
      'Austin met \x1b[31mGallant\x1b[0m at the Pentagon on Monday.\x1b]0;pwned\x07 The talks \x1b]8;;http://evil.example\x1b\\lasted\x1b]8;;\x1b\\ two hours.\x07\x08\x9b2J\n',
    );
    const c = compareOk([path, ARTICLE]);
    expect(c.sources[0].text).toBe('Austin met Gallant at the Pentagon on Monday. The talks lasted two hours.\n');
    const text = runBin([path, ARTICLE, '-f', 'text'], { timeout: 60_000 });
    expect(text.status).toBe(0);
    expect(text.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });
});
