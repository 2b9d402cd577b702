import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../cli/errors.js';
import { writePieces } from '../../cli/write-output.js';

describe('writePieces to a file', () => {
  it('writes the pieces joined, and leaves nothing beside the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storydiff-write-'));
    const path = join(dir, 'report.json');
    await writePieces(['{', '\n  "a": 1', '\n}\n'], path);
    expect(readFileSync(path, 'utf8')).toBe('{\n  "a": 1\n}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('keeps the previous report whole when rendering fails half-way, and reports the failure as it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storydiff-write-'));
    const path = join(dir, 'report.json');
    writeFileSync(path, 'previous report');
    function* failing(): Generator<string> {
      yield 'x'.repeat(200_000);
      throw new TypeError('a bug while rendering');
    }
    const err = await writePieces(failing(), path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect(err).not.toBeInstanceOf(UserError);
    expect(readFileSync(path, 'utf8')).toBe('previous report');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('names a folder that does not exist in one clear error', async () => {
    const err = await writePieces(['x'], join(tmpdir(), 'storydiff-no-such-folder', 'r.json')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/cannot write .*r\.json: the folder does not exist/);
  });
});
