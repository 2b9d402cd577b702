import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { App } from '../../../cli/tui/components/app.js';
import { corpusComparison } from './corpus-comparison.js';

const plain = (s: string | undefined) => (s ?? '').replace(/\x1b\[[0-9;]*m/g, '');

/** Waits until the frame satisfies `ok` (keystroke tests wait for the frame, never sleep a fixed time). */
async function frameWhere(lastFrame: () => string | undefined, ok: (frame: string) => boolean): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const f = plain(lastFrame());
    if (ok(f)) return f;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`frame never matched; last frame:\n${plain(lastFrame())}`);
}

const ESC = '\x1b';
afterEach(() => cleanup());

describe('the Ink app on the corpus comparison (100×30, no colour)', () => {
  const mount = () => render(<App comparison={corpusComparison()} sources={2} color={false} columns={100} rows={30} />);

  it('main view: labels, counts, rows side by side, status bar', async () => {
    const { lastFrame } = mount();
    const frame = await frameWhere(lastFrame, (f) => f.includes('filter: all'));
    expect(frame).toContain('pentagon-meeting.txt');
    expect(frame).toContain('unbreakable-or-not.txt');
    expect(frame.split('\n').every((l) => l.length <= 100)).toBe(true);
    // A#1 is linked with four sentences of B: its text shows once, then a ditto line per row.
    expect(frame).toContain('″ A#1 (as above)');
    expect(frame.split('In a pivotal meeting').length - 1).toBe(1);
    expect(frame).toMatchSnapshot();
  });

  it('j moves the selection and Enter opens the detail; Esc returns', async () => {
    const { lastFrame, stdin } = mount();
    const first = await frameWhere(lastFrame, (f) => f.includes('filter: all'));
    // Row 1 is the story note, row 2 B's headline, row 3 the first match.
    stdin.write('j');
    await frameWhere(lastFrame, (f) => f.includes(' 2/'));
    stdin.write('j');
    const moved = await frameWhere(lastFrame, (f) => f.includes(' 3/'));
    expect(moved).not.toBe(first);
    const selectedLine = moved.split('\n').find((l) => l.startsWith('▸'))!;
    expect(first.split('\n').find((l) => l.startsWith('▸'))).not.toBe(selectedLine);
    stdin.write('\r');
    const detail = await frameWhere(lastFrame, (f) => f.includes('Esc back'));
    expect(detail).toContain('Why this score');
    expect(detail).toContain('Word diff A → B');
    expect(detail).toMatchSnapshot();
    stdin.write(ESC);
    await frameWhere(lastFrame, (f) => f.includes('Enter detail') && f.includes(' 3/'));
  });

  it('a story note: counted in the header, the first row (with what differs under it), a detail with each source\'s sentences, its own filter', async () => {
    const { lastFrame, stdin } = mount();
    const first = await frameWhere(lastFrame, (f) => f.includes('filter: all'));
    expect(first).toContain('~ 1 note: characterisation');
    const rows = first.split('\n');
    const top = rows.findIndex((l) => l.startsWith('▸'));
    expect(rows[top]).toMatch(/^▸ ~ {6}The Pentagon later characterized/);
    expect(first).toContain('~ characterisation: A describes the exchange as candid, direct; B as cautious, measured');
    stdin.write('\r');
    const detail = await frameWhere(lastFrame, (f) => f.includes('Esc back'));
    expect(detail).toContain('Not counted as a conflict');
    expect(detail).toMatch(/A pentagon-meeting\.txt {2}A#4 {2}“candid, direct”/);
    expect(detail).toMatch(/B unbreakable-or-not\.txt {2}B#9, #13 {2}“cautious, measured”/);
    expect(detail).toMatch(/B#9 While Gallant focused/);
    expect(detail).toMatch(/B#13 In a measured tone/);
    expect(detail).toMatchSnapshot();
    stdin.write(ESC);
    await frameWhere(lastFrame, (f) => f.includes('Enter detail'));
    stdin.write('ffff');
    const notes = await frameWhere(lastFrame, (f) => f.includes('filter: note'));
    expect(notes).toContain('1/1 rows');
    expect(notes).toContain('~ characterisation:');
  });

  it('? shows the help naming every key, including q to quit', async () => {
    const { lastFrame, stdin } = mount();
    await frameWhere(lastFrame, (f) => f.includes('filter: all'));
    stdin.write('?');
    const help = await frameWhere(lastFrame, (f) => f.includes('Keys'));
    for (const key of ['j k', 'PgUp', 'Enter', 'Esc', 'f ', '/ ', 'e ', 'q  Ctrl-C']) expect(help).toContain(key);
    expect(help).toMatchSnapshot();
  });

  it('f cycles the filter, shown in the status bar, and changes the rows', async () => {
    const { lastFrame, stdin } = mount();
    const all = await frameWhere(lastFrame, (f) => f.includes('filter: all'));
    stdin.write('f');
    stdin.write('f');
    const partial = await frameWhere(lastFrame, (f) => f.includes('filter: partial'));
    expect(partial).not.toMatch(/^\S?\s+\+\s/m);
    stdin.write('f');
    stdin.write('f');
    stdin.write('f');
    const unique = await frameWhere(lastFrame, (f) => f.includes('filter: unique'));
    expect(unique).not.toContain('~ characterisation:');
    expect(unique).not.toContain('≈ 0.');
    expect(unique).not.toBe(all);
    expect(unique).toMatchSnapshot();
  });

  it('/ searches: only matching rows, Esc clears', async () => {
    const { lastFrame, stdin } = mount();
    await frameWhere(lastFrame, (f) => f.includes('filter: all'));
    stdin.write('/');
    await frameWhere(lastFrame, (f) => f.includes('Enter apply'));
    stdin.write('Sullivan');
    await frameWhere(lastFrame, (f) => f.includes('/Sullivan'));
    stdin.write('\r');
    const found = await frameWhere(lastFrame, (f) => f.includes('search: "Sullivan"'));
    const count = Number(/\d+\/(\d+) rows/.exec(found)![1]);
    expect(count).toBeGreaterThan(0);
    expect(found).toContain('Sullivan');
    stdin.write(ESC);
    await frameWhere(lastFrame, (f) => f.includes('filter: all') && !f.includes('search:'));
  });

  it('Backspace erases in a search typed or pasted in one go (keys that arrive together)', async () => {
    const { lastFrame, stdin } = mount();
    await frameWhere(lastFrame, (f) => f.includes('filter: all'));
    stdin.write('/');
    await frameWhere(lastFrame, (f) => f.includes('Enter apply'));
    stdin.write('Sullivanxyz\x7f\x7f\b\r');
    const found = await frameWhere(lastFrame, (f) => f.includes('search: '));
    expect(found).toContain('search: "Sullivan"');
  });

  it('PgDn turns a page: the row after the last one shown comes to the top; PgUp turns back', async () => {
    const { lastFrame, stdin } = mount();
    const first = await frameWhere(lastFrame, (f) => f.includes('filter: all'));
    const rowsOf = (f: string) => f.split('\n').filter((l) => /^[▸ ] [=≈≠+] /.test(l));
    const shown = rowsOf(first);
    stdin.write('\x1b[6~');
    const next = await frameWhere(lastFrame, (f) => f !== first && f.includes('filter: all'));
    const after = rowsOf(next);
    expect(after[0].startsWith('▸')).toBe(true);
    // The new page starts at a row not yet seen whole: after the rows whose first line the first
    // screen showed, except the last one, which may have been cut off (rows are told apart by
    // their number in the status bar; a sentence matched twice starts two rows with the same words).
    const at = (f: string) => Number(/ (\d+)\/\d+ rows/.exec(f)?.[1]);
    expect(at(first)).toBe(1);
    expect(at(next)).toBeGreaterThanOrEqual(shown.length);
    expect(at(next)).toBeLessThanOrEqual(shown.length + 1);
    stdin.write('\x1b[5~');
    await frameWhere(lastFrame, (f) => f.includes(' 1/'));
  });

  it('paging never leaves a bare ditto line at the top of the screen: it starts the text it stands for', async () => {
    const { lastFrame, stdin } = mount();
    let frame = await frameWhere(lastFrame, (f) => f.includes('filter: all'));
    const firstRow = (f: string) => f.split('\n').find((l) => /^[▸ ] [=≈≠+~] /.test(l))!;
    let recaps = 0;
    for (let page = 0; page < 12 && !frame.includes(' 38/38 '); page++) {
      const at = /(\d+)\/\d+ rows/.exec(frame)![1];
      stdin.write('\x1b[6~');
      frame = await frameWhere(lastFrame, (f) => /(\d+)\/\d+ rows/.exec(f)![1] !== at);
      const top = firstRow(frame);
      if (top.includes('(as above)')) {
        expect(top).toMatch(/\(as above\): \S/);
        recaps++;
      }
      // Rows below the first still use the short form.
      expect(frame.split('\n').slice(frame.split('\n').indexOf(top) + 1).join('\n')).not.toContain('(as above):');
    }
    expect(recaps).toBeGreaterThan(0);
  });

  it('a tiny terminal (20×8) gets a frame of at most 7 lines of 20 columns, and the keys still work', async () => {
    const { lastFrame, stdin } = render(<App comparison={corpusComparison()} sources={2} color={false} columns={20} rows={8} />);
    const frame = await frameWhere(lastFrame, (f) => f.includes('filter'));
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(7);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(20);
    stdin.write('?');
    const help = await frameWhere(lastFrame, (f) => f.includes('Keys'));
    expect(help).toContain('q  Ctrl-C');
    expect(help.split('\n').length).toBeLessThanOrEqual(7);
    stdin.write('x');
    stdin.write('\r');
    const detail = await frameWhere(lastFrame, (f) => !f.includes('Keys') && f.includes('~ note'));
    expect(detail.split('\n').length).toBeLessThanOrEqual(7);
  });

  it('an 80×24 terminal shows the whole help, box and all', async () => {
    const { lastFrame, stdin } = render(<App comparison={corpusComparison()} sources={2} color={false} columns={80} rows={24} />);
    await frameWhere(lastFrame, (f) => f.includes('filter: all'));
    stdin.write('?');
    const help = await frameWhere(lastFrame, (f) => f.includes('Keys'));
    expect(help).toContain('╰');
    expect(help).toContain('any key closes this help');
    expect(help.split('\n').length).toBeLessThanOrEqual(23);
  });

  it('shows a spinner while the comparison runs', () => {
    const { lastFrame } = render(<App comparison={null} progress={{ stage: 'aligning', fraction: 0.4 }} sources={2} color={false} columns={100} rows={30} />);
    expect(plain(lastFrame())).toMatch(/comparing 2 sources… aligning 40%/);
  });
});
