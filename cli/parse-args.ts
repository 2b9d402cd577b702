import { parseArgs } from 'node:util';
import { USAGE, UserError, printable } from './errors.js';

/** Output formats of a comparison. */
export const FORMATS = ['tui', 'text', 'md', 'html', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** What the command line asked for. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'score'; input: string; threshold?: number }
  | {
      kind: 'compare';
      sources: string[];
      format?: Format;
      output?: string;
      labels?: string[];
      threshold?: number;
      color: boolean;
    };

const EXTENSION_FORMATS: Record<string, Format> = { json: 'json', md: 'md', markdown: 'md', txt: 'text', text: 'text', html: 'html', htm: 'html' };

/** The format implied by an output file name (`-o report.md` → md), if any. */
export function formatFromPath(path: string): Format | undefined {
  const m = /\.([a-z]+)$/i.exec(path);
  return m ? EXTENSION_FORMATS[m[1].toLowerCase()] : undefined;
}

function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new UserError(`--threshold must be a number from 0 to 1, got '${printable(value)}'`, USAGE);
  }
  return n;
}

/**
 * Parses argv (without node and script) with Node's own util.parseArgs: strict, so
 * an unknown flag is an error naming it, not silently ignored.
 */
export function parseCommandLine(argv: string[]): Command {
  // "--threshold -0.1" would read as an option named -0.1 ("ambiguous"); glue a negative number
  // to its flag so the user hears what is really wrong: the value is out of range.
  const args = argv.map((a, i) => (argv[i - 1] === '--threshold' && /^-[\d.]/.test(a) ? `\u0000${a}` : a));
  for (let i = args.length - 1; i > 0; i--) if (args[i].startsWith('\u0000')) args.splice(i - 1, 2, `--threshold=${args[i].slice(1)}`);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        labels: { type: 'string' },
        threshold: { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (err) {
    // parseArgs messages are one line already ("Unknown option '--x'"); keep them, add the hint.
    const message = (err as Error).message.split('\n')[0].replace(/\. To specify a positional argument.*$/, '');
    throw new UserError(`${printable(message)} (see storydiff --help)`, USAGE);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const threshold = parseThreshold(values.threshold);

  if (positionals[0] === 'score') {
    if (positionals.length > 2) throw new UserError('score takes one input: a JSONL file or - for standard input', USAGE);
    return { kind: 'score', input: positionals[1] ?? '-', threshold };
  }

  let format: Format | undefined;
  if (values.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(values.format)) {
      throw new UserError(`unknown format '${printable(values.format)}': use one of ${FORMATS.join(', ')}`, USAGE);
    }
    format = values.format as Format;
  }
  if (values.output !== undefined) {
    if (values.output === '') throw new UserError('--output needs a file name', USAGE);
    // -o without -f writes the report there (non-interactive). With -f tui the UI opens and
    // -o names the file its e key exports to: the format still comes from the extension.
    if (format === 'tui' && !formatFromPath(values.output)) {
      throw new UserError(`with --format tui, -o names the file the e key exports to: use a .md, .json, .html or .txt name, got '${printable(values.output)}'`, USAGE);
    }
    if (format === undefined) {
      format = formatFromPath(values.output);
      if (!format) throw new UserError(`cannot tell the format from '${printable(values.output)}': add -f text|md|html|json or use a .txt, .md, .html or .json name`, USAGE);
    }
  }
  if (positionals.length === 0) throw new UserError('no sources given: storydiff <source> <source> [...] (see storydiff --help)', USAGE);
  if (positionals.length < 2) throw new UserError('only one source given: storydiff compares two or more articles', USAGE);
  if (positionals.filter((p) => p === '-').length > 1) throw new UserError('standard input (-) can be given only once', USAGE);

  let labels: string[] | undefined;
  if (values.labels !== undefined) {
    labels = values.labels.split(',').map((l) => l.trim());
    if (labels.length !== positionals.length || labels.some((l) => l === '')) {
      throw new UserError(`--labels needs ${positionals.length} non-empty names separated by commas, got ${labels.length}`, USAGE);
    }
  }
  const color = !values['no-color'] && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
  return { kind: 'compare', sources: positionals, format, output: values.output, labels, threshold, color };
}

export const HELP = `storydiff — compare how different outlets report the same story

Usage:
  storydiff <source> <source> [<source>...]   compare (interactive UI on a terminal, text report otherwise)
  storydiff score [<pairs.jsonl> | -]         score sentence pairs: each input line {"id","a","b"},
                                              each output line {"id","score","relation"}

A <source> is a .txt, .md or .html file, - for standard input, or an http(s):// URL.

Options:
  -f, --format tui|text|md|html|json   output format (default: tui on a terminal, else text)
  -o, --output <file>                  write the report to a file (format from the extension if -f is absent);
                                       with -f tui, the file the e key exports to (format from the extension)
      --labels <a,b,...>               display names for the sources (default: file names)
      --threshold <0..1>               minimum score for two sentences to be matched
      --no-color                       no colours (also: NO_COLOR, or output that is not a terminal)
  -h, --help                           this help
  -V, --version                        the version

Relations: = agreement, ≈ partial overlap, ≠ conflict, + unique to one source.
`;
