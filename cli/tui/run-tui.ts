import { writeSync } from 'node:fs';
import type { ReadStream } from 'node:tty';
import type { Comparison, SourceInput } from '../../src/types.js';
import type { AppProps } from './components/app.js';
import { layoutLoading } from './layout/layout-loading.js';
import { lineText } from './layout/segment.js';
import { runCompare } from './run-compare.js';
import type { Progress } from './state/types.js';

/** Options of the interactive UI. */
export interface TuiOptions {
  threshold?: number;
  color: boolean;
  output?: string;
  /** Where keys come from when standard input is not the terminal (/dev/tty); closed on the way out. */
  keys?: ReadStream;
}

// Alternate screen buffer (xterm, supported by every modern terminal and tmux): the UI
// draws on its own screen, and leaving it gives back the shell exactly as it was. Entering
// also resets the colours, which a previous command may have left set (`cat` of an article
// with escape codes): leaving restores them with the rest of the saved state (DECSC).
const ENTER = '\x1b[?1049h\x1b[0m\x1b[H\x1b[2J';
const LEAVE = '\x1b[0m\x1b[?25h\x1b[?1049l';

/**
 * Runs the interactive UI: switches to the alternate screen, shows a spinner
 * with the progress while the comparison runs in a worker thread, then hands
 * the result to the Ink app until q / Ctrl-C. The terminal is restored on
 * every way out: normal quit, an exception, a signal, process exit.
 * Ink and React are imported here only, so the other formats never load them.
 */
export async function runTui(inputs: SourceInput[], options: TuiOptions): Promise<number> {
  let instance: { unmount(): void } | null = null;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    try {
      instance?.unmount();
    } catch {
      // Unmounting a crashed tree can throw; the screen still has to come back.
    }
    writeSync(1, LEAVE);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  process.on('exit', restore);
  for (const s of signals) process.on(s, onSignal);

  // React's production build, as for any shipped React app: the development build (the default
  // without NODE_ENV) adds checks, warnings and memory for people working on React code.
  // (On the 2-core test machine, measure-redraw showed no clear speed difference either way.)
  // React reads this when first loaded: this file must not load React statically (no JSX here,
  // which would import react/jsx-runtime), or React and its reconciler end up in different
  // builds and the app silently never starts.
  process.env.NODE_ENV ??= 'production';
  // Something shows at once, and the comparison starts before Ink and React are loaded
  // (about a second on a busy machine): the two overlap instead of adding up.
  writeSync(1, ENTER + lineText(layoutLoading(inputs.length, null, 0, process.stdout.columns || 80)[0]) + '\x1b[H');
  let progress: Progress | null = null;
  let onProgress: (p: Progress) => void = (p) => (progress = p);
  const running = runCompare(inputs, options.threshold, (stage, fraction) => onProgress({ stage, fraction }));
  try {
    const [{ createElement }, { render }, { App }, { exportReports }, { toMarkdown }, { toJson }, { toHtml }, { toText }] = await Promise.all([
      import('react'),
      import('ink'),
      import('./components/app.js'),
      import('./export/export-reports.js'),
      import('../../src/export/to-markdown.js'),
      import('../../src/export/to-json.js'),
      import('../../src/export/to-html.js'),
      import('../../src/export/to-text.js'),
    ]);
    const renderers = { toMarkdown, toJson, toHtml, toText };
    const props: AppProps = {
      comparison: null,
      progress,
      sources: inputs.length,
      color: options.color,
      exportTo: options.output,
      onExport: (c: Comparison, progress: (message: string) => void) => exportReports(c, renderers, options.output, process.cwd(), progress),
    };
    const app = (extra: Partial<AppProps>) => createElement(App, { ...props, ...extra });
    const ink = render(app({}), { exitOnCtrlC: false, patchConsole: true, ...(options.keys ? { stdin: options.keys } : {}) });
    instance = ink;
    onProgress = (p) => ink.rerender(app({ progress: p }));
    // q during a long comparison quits at once: stop the worker, nothing else to wait for.
    const quit = ink.waitUntilExit().then(() => 'quit' as const);
    const first = await Promise.race([running.result, quit]);
    if (first === 'quit') {
      running.result.catch(() => {}); // stopping the worker rejects it; nobody waits for it any more
      running.cancel();
      return 0;
    }
    ink.rerender(app({ comparison: first }));
    await quit;
    return 0;
  } catch (err) {
    running.result.catch(() => {});
    running.cancel();
    throw err;
  } finally {
    restore();
    // Ink has left raw mode on unmount; the terminal's file descriptor must not keep the process alive.
    options.keys?.destroy();
    process.off('exit', restore);
    for (const s of signals) process.off(s, onSignal);
  }
}
