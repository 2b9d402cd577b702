import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/export/display-width.js';
import { CORPUS_PAIR, ROOT } from './corpus-comparison.js';

/**
 * End to end in a real terminal: the built bin (`npm test` builds dist/ first)
 * runs inside detached tmux sessions (160×45, and 70×30 resized live) on a private
 * socket; keys are sent with send-keys and the screen is read with capture-pane.
 * Without tmux the tests are skipped, and their name and a warning say why. They
 * need no terminal of their own and run under CI=true (the bin's CI is unset inside
 * tmux, where Ink would otherwise draw only the last frame).
 */
const hasTmux = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
const SKIPPED = hasTmux ? '' : ' — SKIPPED: tmux is not installed (apt-get install tmux to run it)';
if (!hasTmux) console.warn('storydiff TUI end-to-end tests skipped: tmux is not installed (apt-get install tmux to run them)');

const SOCKET = `storydiff-test-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const screen = (target = 'e2e') => tmux('capture-pane', '-p', '-t', target).stdout;

/** Polls the screen until `ok` holds (waits for the frame; no fixed sleeps). */
async function screenWhere(ok: (s: string) => boolean, what: string, target = 'e2e'): Promise<string> {
  for (let i = 0; i < 500; i++) {
    const s = screen(target);
    if (ok(s)) return s;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`screen never showed ${what}; last screen:\n${screen(target)}`);
}

describe.skipIf(!hasTmux)(`storydiff TUI in tmux${SKIPPED}`, () => {
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
    // CI is unset: Ink renders only the last frame when it believes it runs in CI. NODE_ENV too
    // (vitest sets it to "test"): the bin picks React's build as a user's shell would.
    const command = `cd '${ROOT}' && printf 'BEFORE-TUI\\n' && env -u CI -u CONTINUOUS_INTEGRATION -u NODE_ENV node dist/cli/main.js ${CORPUS_PAIR.join(' ')}; echo $? > '${status}'; printf 'AFTER-TUI\\n'; sleep 600`;
    const started = tmux('new-session', '-d', '-s', 'e2e', '-x', '160', '-y', '45', command);
    expect(started.status, started.stderr).toBe(0);

    const first = await screenWhere((s) => s.includes('filter: all'), 'the main view');
    expect(first).toContain('pentagon-meeting.txt');
    expect(first).toContain('unbreakable-or-not.txt');
    expect(first).toMatch(/= \d+ agreements?/);
    expect(first).toMatch(/\+ unique A \d+ · B \d+/);
    expect(first).not.toContain('BEFORE-TUI'); // alternate screen
    for (const line of first.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(160);
    const selected = (s: string) => s.split('\n').find((l) => l.startsWith('▸'));

    // Row 1 is the story note (first, it concerns the whole story), row 2 B's headline, row 3 a match.
    expect(first).toContain('~ 1 note: characterisation');
    tmux('send-keys', '-t', 'e2e', 'j');
    const moved = await screenWhere((s) => s.includes(' 2/'), 'the selection on row 2');
    expect(selected(moved)).not.toBe(selected(first));
    tmux('send-keys', '-t', 'e2e', 'j');
    await screenWhere((s) => s.includes(' 3/'), 'the selection on row 3');

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
    expect(tmux('display', '-p', '-t', 'e2e', '#{alternate_on} #{cursor_flag}').stdout.trim()).toBe('0 1'); // main screen, cursor shown
  }, 60_000); // a real terminal on a busy machine: seconds, not the default 5

  it('an article piped in (cat a.txt | storydiff - b.txt) still opens the UI, keys read from /dev/tty; without a terminal, one clear line', async () => {
    const status = join(dir, 'piped-status');
    const [a, b] = CORPUS_PAIR;
    const command = `cd '${ROOT}' && cat '${a}' | env -u CI -u CONTINUOUS_INTEGRATION -u NODE_ENV node dist/cli/main.js - '${b}'; echo $? > '${status}'; printf 'AFTER-TUI\\n'; sleep 600`;
    expect(tmux('new-session', '-d', '-s', 'piped', '-x', '120', '-y', '40', command).status).toBe(0);
    const first = await screenWhere((s) => s.includes('filter: all'), 'the main view with stdin piped', 'piped');
    expect(first).toMatch(/^A stdin · \d+ sentences/m);
    tmux('send-keys', '-t', 'piped', 'j');
    await screenWhere((s) => s.includes(' 2/'), 'j read from the terminal', 'piped');
    tmux('send-keys', '-t', 'piped', 'Enter');
    await screenWhere((s) => s.includes('Esc back'), 'the detail', 'piped');
    tmux('send-keys', '-t', 'piped', 'q');
    await screenWhere((s) => s.includes('AFTER-TUI'), 'the shell after quitting', 'piped');
    expect(readFileSync(status, 'utf8').trim()).toBe('0');
    expect(tmux('display', '-p', '-t', 'piped', '#{alternate_on} #{cursor_flag}').stdout.trim()).toBe('0 1');

    // setsid: a new session with no controlling terminal, so /dev/tty cannot be opened (stdout still is the pane).
    const hasSetsid = spawnSync('setsid', ['--version'], { encoding: 'utf8' }).status === 0;
    if (!hasSetsid) return;
    const lonely = `cd '${ROOT}' && setsid -w node dist/cli/main.js '${a}' '${b}' < /dev/null; echo "STATUS=$?"; sleep 600`;
    expect(tmux('new-session', '-d', '-s', 'lonely', '-x', '200', '-y', '20', lonely).status).toBe(0);
    const refused = await screenWhere((s) => s.includes('STATUS='), 'the refusal', 'lonely');
    expect(refused).toMatch(/storydiff: --format tui needs a terminal .*no \/dev\/tty to read keys from/);
    expect(refused).toMatch(/STATUS=[1-9]/);
  }, 60_000);

  it('a hostile source cannot retitle the terminal; at 70 columns nothing overflows (emoji, CJK); a live resize re-lays out', async () => {
    const evil = join(dir, 'evil.txt');
    const plain = join(dir, 'plain.txt');
    writeFileSync(
      evil,
      'Bridge collapse\n\n\x1b]0;PWNED\x07The minister said the bridge would reopen on Monday. \x1b[2JOfficials counted 40 trucks at the border. ' +
        '✅ Officials ⚡ confirmed ⭐ that the storm ⛔ closed ⌛ the ✋ main ⚽ bridge ☕ on Tuesday ⏰ and ❌ all ⛵ ferries ⚓ were ❗ cancelled. ' +
        '東京で大きな地震が発生し、少なくとも12人が負傷したと警察が発表した。Rescue teams 👩‍🚒 reached the capital 🇯🇵 late on Tuesday.\n',
    );
    writeFileSync(plain, 'Bridge news\n\nThe minister said the bridge reopens Monday.\n\nOfficials counted 45 trucks at the border crossing.\n');
    const command = `cd '${ROOT}' && env -u CI -u CONTINUOUS_INTEGRATION -u NODE_ENV node dist/cli/main.js '${evil}' '${plain}'; sleep 600`;
    expect(tmux('new-session', '-d', '-s', 'hostile', '-x', '70', '-y', '30', command).status).toBe(0);
    const titleBefore = tmux('display', '-p', '-t', 'hostile', '#{pane_title}').stdout;
    const first = await screenWhere((s) => s.includes('filter: all'), 'the main view at 70 columns', 'hostile');
    expect(tmux('display', '-p', '-t', 'hostile', '#{pane_title}').stdout).toBe(titleBefore);
    expect(titleBefore).not.toContain('PWNED');
    expect(first).toContain('Stacked view');
    expect(first).toContain('Officials counted 40 trucks');
    expect(first).toContain('evil.txt');
    // Every word shows (Ink cut lines it measured wider than we did, ending them in "…").
    const shown = first.replace(/\s+/g, ' ');
    for (const word of '✅ Officials ⚡ confirmed ⭐ that the storm ⛔ closed ⌛ the ✋ main ⚽ bridge ☕ on Tuesday ⏰ and ❌ all ⛵ ferries ⚓ were ❗ cancelled.'.split(' ')) {
      expect(shown).toContain(` ${word} `);
    }
    expect(shown).toContain('👩‍🚒');
    for (const line of first.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(70);
    expect(first).toContain('? help');
    expect(first).toContain('q quit');

    tmux('resize-window', '-t', 'hostile', '-x', '160', '-y', '30');
    const wide = await screenWhere((s) => /A evil\.txt\s+│ B plain\.txt/.test(s), 'the side-by-side view after resizing', 'hostile');
    expect(wide).not.toContain('Stacked');
    for (const line of wide.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(160);
    tmux('send-keys', '-t', 'hostile', 'q');
    await screenWhere((s) => !s.includes('filter:'), 'the shell after quitting', 'hostile');
    expect(tmux('display', '-p', '-t', 'hostile', '#{pane_title}').stdout).toBe(titleBefore);
  }, 60_000);
});
