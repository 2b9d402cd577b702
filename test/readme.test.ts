import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/corpus.js';
import { runBin } from './support/run-bin.js';

/**
 * The README's sample output is a real excerpt: the command it shows, run on the
 * corpus pair, prints every line of the sample, in the same order ("…" lines stand
 * for what the excerpt leaves out). It cannot drift from what the tool does.
 */
describe('README sample', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const block = /<!-- sample:start -->\n```\n([\s\S]*?)\n```\n<!-- sample:end -->/.exec(readme)?.[1] ?? '';

  it('is there, and starts with the command it shows', () => {
    expect(block.split('\n')[0]).toMatch(/^\$ storydiff corpus\/austin-gallant\/pentagon-meeting\.txt corpus\/austin-gallant\/unbreakable-or-not\.txt/);
  });

  it('is an excerpt of what that command prints', () => {
    const [command, ...sample] = block.split('\n');
    const args = command.replace(/^\$ storydiff /, '').split(' ');
    const r = runBin(args);
    expect(r.status).toBe(0);
    const printed = r.stdout.split('\n');
    let at = 0;
    for (const line of sample) {
      if (line.trim() === '…') continue;
      const found = printed.indexOf(line, at);
      expect(found, `README sample line not printed (in order): ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});
