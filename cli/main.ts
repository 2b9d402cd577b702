#!/usr/bin/env node
/**
 * The `storydiff` bin. Thin on purpose: parse flags, read inputs, call the
 * library, render. The engine and Ink are imported lazily so that `--help`
 * and `--format json` start fast (DESIGN §7).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError, printable } from './errors.js';
import { HELP, parseCommandLine, type Format } from './parse-args.js';
import { writeOut, writePieces, writeReport } from './write-output.js';
import type { Comparison, SourceInput } from '../src/types.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Labels as given, or file names made unique ("a.txt", "a.txt (2)") so two sources never look alike. */
function uniqueLabels(inputs: SourceInput[], given?: string[]): string[] {
  const labels = given ?? inputs.map((i) => i.label);
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n === 1 ? l : `${l} (${n})`;
  });
}

async function render(format: Exclude<Format, 'tui'>, comparison: Comparison, color: boolean, width: number): Promise<string> {
  const lib = await import('../src/index.js');
  switch (format) {
    case 'json': return lib.toJson(comparison);
    case 'md': return lib.toMarkdown(comparison);
    case 'html': return lib.toHtml(comparison);
    case 'text': return lib.toText(comparison, { color, width });
  }
}

export async function main(argv: string[]): Promise<number> {
  const command = parseCommandLine(argv);
  if (command.kind === 'help') { await writeOut(HELP); return 0; }
  if (command.kind === 'version') { await writeOut(`storydiff ${version()}\n`); return 0; }
  if (command.kind === 'score') {
    const { runScore } = await import('./run-score.js');
    return runScore(command.input, command.threshold);
  }

  const { readSource } = await import('./input/read-source.js');
  const inputs: SourceInput[] = [];
  for (const source of command.sources) inputs.push(await readSource(source));
  const labels = uniqueLabels(inputs, command.labels);
  inputs.forEach((input, i) => (input.label = labels[i]));

  const stdoutIsTty = process.stdout.isTTY === true;
  const format: Format = command.format ?? (stdoutIsTty && !command.output ? 'tui' : 'text');
  if (format === 'tui') {
    if (!stdoutIsTty) throw new UserError('--format tui needs a terminal on standard input and output; use -f text, md, html or json');
    // Standard input piped (an article on `-`, or `< file`): keys come from the terminal
    // itself, as in less and fzf, unless the process has no terminal at all.
    let keys: import('node:tty').ReadStream | null = null;
    if (!process.stdin.isTTY) {
      const { openTerminalInput } = await import('./tui/open-terminal.js');
      keys = openTerminalInput();
      if (!keys) throw new UserError('--format tui needs a terminal on standard input and output (standard input is not one, and there is no /dev/tty to read keys from); use -f text, md, html or json');
    }
    const { runTui } = await import('./tui/run-tui.js');
    return runTui(inputs, { threshold: command.threshold, color: command.color, output: command.output, keys: keys ?? undefined });
  }

  // The engine alone, not the whole library: start-up counts for short comparisons (DESIGN §7).
  const { compare } = await import('../src/compare.js');
  const comparison = compare(inputs, { threshold: command.threshold });
  const color = command.color && stdoutIsTty && !command.output && format === 'text';
  const width = stdoutIsTty && process.stdout.columns ? process.stdout.columns : 100;
  if (format === 'json') {
    // In pieces: a large comparison's JSON is tens of megabytes, and holding it whole raised the peak memory by as much.
    const { toJsonChunks } = await import('../src/export/to-json.js');
    await writePieces(toJsonChunks(comparison), command.output);
  } else {
    const report = await render(format, comparison, color, width);
    if (command.output) await writeReport(command.output, report);
    else await writeOut(report);
  }
  if (command.output) process.stderr.write(`storydiff: wrote ${format} report to ${printable(command.output)}\n`);
  return 0;
}

function fail(err: unknown): void {
  if (err instanceof UserError) {
    process.stderr.write(`storydiff: ${err.message}\n`);
    process.exitCode = err.exitCode;
  } else {
    // A bug, not the user's fault: still one line, never a stack trace (set STORYDIFF_DEBUG=1 to see it).
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`storydiff: internal error: ${printable(message.split('\n')[0])}\n`);
    if (process.env.STORYDIFF_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    process.exitCode = 70;
  }
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

if (process.argv[1] && basename(process.argv[1]).replace(/\.js$/, '') !== 'vitest') {
  main(process.argv.slice(2)).then((code) => { process.exitCode ??= code; }, fail);
}
