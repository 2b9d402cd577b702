import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/index.js';
import { runCompare } from '../../../cli/tui/run-compare.js';
import { CORPUS_PAIR, ROOT } from './corpus-comparison.js';

const inputs = () => CORPUS_PAIR.map((p) => ({ label: p.split('/').pop()!, origin: p, text: readFileSync(`${ROOT}${p}`, 'utf8') }));

describe('runCompare', () => {
  it('gives the same comparison as compare(), with progress on the way', async () => {
    const stages: string[] = [];
    const c = await runCompare(inputs(), undefined, (stage) => stages.push(stage)).result;
    expect(c).toEqual(compare(inputs()));
    expect(stages.length).toBeGreaterThan(0);
  });

  const built = join(ROOT, 'dist/cli/tui/run-compare.js');
  it.skipIf(!existsSync(built))('runs in a worker thread from the build, and the result survives the thread boundary', async () => {
    const mod = (await import(pathToFileURL(built).href)) as typeof import('../../../cli/tui/run-compare.js');
    const stages: string[] = [];
    const c = await mod.runCompare(inputs(), 0.3, (stage) => stages.push(stage)).result;
    expect(c).toEqual(compare(inputs(), { threshold: 0.3 }));
    expect(stages).toContain('aligning');
  });

  it.skipIf(!existsSync(built))('can be cancelled (q while a comparison runs)', async () => {
    const mod = (await import(pathToFileURL(built).href)) as typeof import('../../../cli/tui/run-compare.js');
    const running = mod.runCompare(inputs(), undefined, () => {});
    running.cancel();
    await expect(running.result).rejects.toThrow(/stopped/);
  });
});
