import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_PAIR, ROOT } from './corpus-comparison.js';

/**
 * End to end in a real terminal: the built bin (`npm test` builds dist/ first)
 * runs inside a detached tmux session of 160×45 on a private socket; keys are
 * sent with send-keys and the screen is read with capture-pane.
 */
const hasTmux = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
if (!hasTmux) console.warn('skipping the TUI end-to-end test: tmux is not installed');

const SOCKET = `storydiff-test-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'e2e').stdout;

/** Polls the screen until `ok` holds (waits for the frame; no fixed sleeps). */
async function screenWhere(ok: (s: string) => boolean, what: string): Promise<string> {
  for (let i = 0; i < 300; i++) {
    const s = screen();
    if (ok(s)) return s;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`screen never showed ${what}; last screen:\n${screen()}`);
}

describe.skipIf(!hasTmux)('storydiff TUI in tmux (160×45)', () => {
  let dir = '';
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/cli/main.js'))) {
      const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.json')], { encoding: 'utf8' });
      if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
    }
    dir = mkdtempSync(join(tmpdir(), 'storydiff-e2e-'));
  });
  afterAll(() => {
    if (hasTmux) tmux('kill-server');
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens on both sources, moves, opens a detail, shows help, filters, and q exits 0 restoring the screen', async () => {
    const status = join(dir, 'status');
    // CI is unset: Ink renders only the last frame when it believes it runs in CI.
    const command = `cd '${ROOT}' && printf 'BEFORE-TUI\\n' && env -u CI -u CONTINUOUS_INTEGRATION node dist/cli/main.js ${CORPUS_PAIR.join(' ')}; echo $? > '${status}'; printf 'AFTER-TUI\\n'; sleep 600`;
    const started = tmux('new-session', '-d', '-s', 'e2e', '-x', '160', '-y', '45', command);
    expect(started.status, started.stderr).toBe(0);

    const first = await screenWhere((s) => s.includes('filter: all'), 'the main view');
    expect(first).toContain('pentagon-meeting.txt');
    expect(first).toContain('unbreakable-or-not.txt');
    expect(first).toMatch(/= \d+ agreements?/);
    expect(first).toMatch(/\+ unique A \d+ · B \d+/);
    expect(first).not.toContain('BEFORE-TUI'); // alternate screen
    for (const line of first.split('\n')) expect([...line].length).toBeLessThanOrEqual(160);
    const selected = (s: string) => s.split('\n').find((l) => l.startsWith('▸'));

    tmux('send-keys', '-t', 'e2e', 'j');
    const moved = await screenWhere((s) => s.includes(' 2/'), 'the selection on row 2');
    expect(selected(moved)).not.toBe(selected(first));

    tmux('send-keys', '-t', 'e2e', 'Enter');
    const detail = await screenWhere((s) => s.includes('Why this score'), 'the detail');
    expect(detail).toContain('Word diff');

    tmux('send-keys', '-t', 'e2e', 'Escape');
    await screenWhere((s) => s.includes('Enter detail'), 'the main view again');

    tmux('send-keys', '-t', 'e2e', '?');
    const help = await screenWhere((s) => s.includes('Keys'), 'the help');
    expect(help).toMatch(/q\s+Ctrl-C\s+quit/);
    tmux('send-keys', '-t', 'e2e', 'Escape');
    await screenWhere((s) => !s.includes('Keys') && s.includes('filter: all'), 'help closed');

    const before = screen();
    tmux('send-keys', '-t', 'e2e', 'f');
    const filtered = await screenWhere((s) => s.includes('filter: agreement'), 'the agreement filter');
    expect(filtered).not.toBe(before);

    tmux('send-keys', '-t', 'e2e', 'q');
    const after = await screenWhere((s) => s.includes('AFTER-TUI'), 'the shell after quitting');
    expect(readFileSync(status, 'utf8').trim()).toBe('0');
    expect(after).toContain('BEFORE-TUI');
    expect(after).not.toContain('filter:');
  });
});
