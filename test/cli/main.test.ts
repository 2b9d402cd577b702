import { mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/types.js';
import { contractViolations } from '../support/check-contract.js';
import { CORPUS_PAIR, ROOT } from '../support/corpus.js';
import { runBin } from '../support/run-bin.js';

const [A, B] = CORPUS_PAIR;
const dir = mkdtempSync(join(tmpdir(), 'storydiff-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** A failure the user caused: exactly one line on stderr, no stack trace, nothing on stdout. */
function expectOneLineError(r: { status: number | null; stdout: string; stderr: string }, pattern: RegExp) {
  expect(r.status).not.toBe(0);
  expect(r.status).not.toBeNull();
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^storydiff: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('storydiff bin: bad input gives one clear line and a non-zero exit', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => [join(dir, 'nope.txt'), B], /nope\.txt: no such file/],
    ['a directory', () => [dir, B], /is a directory/],
    ['an empty file', () => [file('empty.txt', ''), B], /is empty/],
    ['a whitespace-only file', () => [file('blank.txt', ' \n\t\n  \n'), B], /only white space/],
    ['a binary file', () => [file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0, 3])), B], /binary/],
    ['Latin-1 bytes', () => [file('latin1.txt', Buffer.from('Le caf\xe9 est ferm\xe9.', 'latin1')), B], /not UTF-8.*offset 6.*iconv/],
    ['only one source', () => [A], /only one source/],
    ['no source at all', () => [], /no sources given/],
    ['an unknown flag', () => [A, B, '--frobnicate'], /Unknown option '--frobnicate'/],
    ['an unknown format', () => [A, B, '-f', 'pdf'], /unknown format 'pdf'/],
    ['a threshold above 1', () => [A, B, '--threshold', '1.5'], /--threshold must be a number from 0 to 1/],
    ['a threshold that is not a number', () => [A, B, '--threshold', 'high'], /--threshold/],
    ['a non-http URL', () => ['ftp://example.com/a.txt', B], /only http:\/\/ and https:\/\//],
    ['stdin twice', () => ['-', '-'], /only once/],
    ['labels that do not fit the sources', () => [A, B, '--labels', 'one'], /--labels needs 2/],
    ['the interactive view with output that is not a terminal', () => [A, B, '-f', 'tui'], /--format tui needs a terminal/],
    ['-f tui -o with a name that names no format', () => [A, B, '-f', 'tui', '-o', join(dir, 'report')], /with --format tui, -o names the file the e key exports to/],
  ];
  it.each(cases)('%s', (_name, args, pattern) => {
    expectOneLineError(runBin(args()), pattern);
  });

  // root reads any file whatever its mode, so the case only exists for ordinary users.
  it.skipIf(process.getuid?.() === 0)('an unreadable file', () => {
    const path = file('secret.txt', 'A sentence.');
    chmodSync(path, 0o000);
    expectOneLineError(runBin([path, B]), /permission denied/);
  });
});

describe('storydiff bin: valid input', () => {
  it('prints the JSON comparison of the corpus pair, identical across runs', () => {
    const first = runBin([A, B, '-f', 'json']);
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('');
    const c = JSON.parse(first.stdout) as Comparison;
    expect(contractViolations(c)).toEqual([]);
    expect(c.sources.map((s) => s.origin)).toEqual([A, B]);
    expect(runBin([A, B, '-f', 'json']).stdout).toBe(first.stdout);
  });

  it('prints the text report by default when stdout is not a terminal', () => {
    const r = runBin([A, B]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^storydiff — 2 sources compared\n/);
    expect(r.stdout).toMatch(/\nSummary\n/);
    expect(r.stdout).not.toMatch(/\x1b/);
  });

  it('reads one source from standard input', () => {
    const r = runBin(['-', B, '-f', 'json'], { input: readFileSync(ROOT + A) });
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout) as Comparison;
    expect(c.sources[0]).toMatchObject({ label: 'stdin', origin: '-' });
    const direct = JSON.parse(runBin([A, B, '-f', 'json']).stdout) as Comparison;
    expect(c.matches).toEqual(direct.matches);
  });

  it('compares CRLF + BOM input like the plain file', () => {
    const crlf = file('crlf.txt', `\ufeff${readFileSync(ROOT + A, 'utf8').replace(/\n/g, '\r\n')}`);
    const a = JSON.parse(runBin([crlf, B, '-f', 'json']).stdout) as Comparison;
    const b = JSON.parse(runBin([A, B, '-f', 'json']).stdout) as Comparison;
    expect(a.matches).toEqual(b.matches);
    expect(a.unique).toEqual(b.unique);
  });

  it('compares the same file twice: every sentence agrees with itself, labels kept apart', () => {
    const r = runBin([A, A, '-f', 'json']);
    const c = JSON.parse(r.stdout) as Comparison;
    expect(c.sources.map((s) => s.label)).toEqual(['pentagon-meeting.txt', 'pentagon-meeting.txt (2)']);
    expect(c.unique).toEqual([]);
    expect(c.matches.every((m) => m.relation === 'agreement')).toBe(true);
    expect(c.matches).toHaveLength(c.sources[0].sentences.length);
  });

  it('writes the report to -o, taking the format from the extension', () => {
    const out = join(dir, 'report.md');
    const r = runBin([A, B, '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/wrote md report to/);
    expect(readFileSync(out, 'utf8')).toMatch(/^# storydiff comparison/);
  });

  it('prints help and version', () => {
    expect(runBin(['--help']).stdout).toMatch(/Usage:\n {2}storydiff <source> <source>/);
    expect(runBin(['--version']).stdout).toMatch(/^storydiff \d+\.\d+\.\d+\n$/);
  });
});

describe('storydiff score', () => {
  it('streams one JSON line per input pair, in order, with the same relation vocabulary', () => {
    const pairs = [
      { id: 'same', a: 'The Senate passed the bill on Tuesday.', b: 'The Senate passed the bill on Tuesday.' },
      { id: 'none', a: 'The Senate passed the bill on Tuesday.', b: 'Heavy rain flooded the stadium car park.' },
      { id: 'para', a: 'Police arrested two men after the robbery.', b: 'Two men were arrested by police following the robbery.' },
    ];
    const input = `${pairs.map((p) => JSON.stringify(p)).join('\n')}\n`;
    const r = runBin(['score', '-'], { input });
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; score: number; relation: string });
    expect(out.map((o) => o.id)).toEqual(['same', 'none', 'para']);
    for (const o of out) {
      expect(o.score).toBeGreaterThanOrEqual(0);
      expect(o.score).toBeLessThanOrEqual(1);
      expect(['agreement', 'partial', 'conflict', 'unrelated']).toContain(o.relation);
    }
    expect(out[0]).toMatchObject({ score: 1, relation: 'agreement' });
    expect(out[1].relation).toBe('unrelated');
    expect(out[2].score).toBeGreaterThan(out[1].score);
  });

  it('handles thousands of lines', () => {
    const line = (i: number) => JSON.stringify({ id: i, a: `Officials counted ${i} ballots in the district.`, b: `The district counted ${i} ballots, officials said.` });
    const input = `${Array.from({ length: 3000 }, (_, i) => line(i)).join('\n')}\n`;
    const r = runBin(['score'], { input, timeout: 60_000 });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3000);
    expect(JSON.parse(lines[2999]).id).toBe(2999);
  });

  it('stops at a malformed line with one clear error naming it', () => {
    const r = runBin(['score'], { input: '{"id":1,"a":"x","b":"y"}\nnot json\n' });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^storydiff: .*line 2/);
  });
});
