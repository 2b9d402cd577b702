import { writeSync } from 'node:fs';
import type { SourceInput } from '../../src/types.js';
import type { AppProps } from './components/app.js';

/** Options of the interactive UI. */
export interface TuiOptions {
  threshold?: number;
  color: boolean;
  output?: string;
}

// Alternate screen buffer (xterm, supported by every modern terminal and tmux): the UI
// draws on its own screen, and leaving it gives back the shell exactly as it was.
const ENTER = '\x1b[?1049h\x1b[H';
const LEAVE = '\x1b[?25h\x1b[?1049l';

/**
 * Runs the interactive UI: switches to the alternate screen, shows a spinner
 * with the progress while the comparison runs in a worker thread, then hands
 * the result to the Ink app until q / Ctrl-C. The terminal is restored on
 * every way out: normal quit, an exception, a signal, process exit.
 * Ink and React are imported here only, so the other formats never load them.
 */
export async function runTui(inputs: SourceInput[], options: TuiOptions): Promise<number> {
  const [{ render }, { App }, { exportReports }, { runCompare }, { toMarkdown }, { toJson }, { toHtml }] = await Promise.all([
    import('ink'),
    import('./components/app.js'),
    import('./export/export-reports.js'),
    import('./run-compare.js'),
    import('../../src/export/to-markdown.js'),
    import('../../src/export/to-json.js'),
    import('../../src/export/to-html.js'),
  ]);
  const renderers = { toMarkdown, toJson, toHtml };

  let instance: ReturnType<typeof render> | null = null;
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

  writeSync(1, ENTER);
  try {
    const props: AppProps = {
      comparison: null,
      progress: null,
      sources: inputs.length,
      color: options.color,
      onExport: (c) => exportReports(c, renderers, options.output, process.cwd()),
    };
    const app = (extra: Partial<AppProps>) => <App {...props} {...extra} />;
    instance = render(app({}), { exitOnCtrlC: false, patchConsole: true });
    const running = runCompare(inputs, options.threshold, (stage, fraction) => instance?.rerender(app({ progress: { stage, fraction } })));
    // q during a long comparison quits at once: stop the worker, nothing else to wait for.
    const quit = instance.waitUntilExit().then(() => 'quit' as const);
    const first = await Promise.race([running.result, quit]);
    if (first === 'quit') {
      running.result.catch(() => {}); // stopping the worker rejects it; nobody waits for it any more
      running.cancel();
      return 0;
    }
    instance.rerender(app({ comparison: first }));
    await quit;
    return 0;
  } finally {
    restore();
    process.off('exit', restore);
    for (const s of signals) process.off(s, onSignal);
  }
}
