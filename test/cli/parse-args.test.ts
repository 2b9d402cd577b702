import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../cli/parse-args.js';

describe('parseCommandLine: -o with and without the interactive view', () => {
  it('-o without -f writes the report there, its format from the extension (no UI)', () => {
    expect(parseCommandLine(['a.txt', 'b.txt', '-o', 'report.md'])).toMatchObject({ kind: 'compare', format: 'md', output: 'report.md' });
    expect(parseCommandLine(['a.txt', 'b.txt', '-o', 'r.json'])).toMatchObject({ format: 'json' });
    expect(() => parseCommandLine(['a.txt', 'b.txt', '-o', 'report'])).toThrow(/cannot tell the format/);
  });

  it('-f tui -o FILE opens the UI and names the file e exports to, which needs a known extension', () => {
    expect(parseCommandLine(['a.txt', 'b.txt', '-f', 'tui', '-o', 'out/report.html'])).toMatchObject({ kind: 'compare', format: 'tui', output: 'out/report.html' });
    expect(parseCommandLine(['-o', 'r.txt', '--format', 'tui', 'a.txt', 'b.txt'])).toMatchObject({ format: 'tui', output: 'r.txt' });
    expect(() => parseCommandLine(['a.txt', 'b.txt', '-f', 'tui', '-o', 'report'])).toThrow(/with --format tui, -o names the file the e key exports to: use a \.md, \.json, \.html or \.txt name/);
    expect(() => parseCommandLine(['a.txt', 'b.txt', '-f', 'tui', '-o', ''])).toThrow(/--output needs a file name/);
  });
});
