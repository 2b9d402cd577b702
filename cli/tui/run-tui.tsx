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
 * Runs the interactive UI: switches to the alternate screen, shows a spinner,
 * runs the (synchronous) comparison after the first frame is on screen, then
 * hands the result to the Ink app until q / Ctrl-C. The terminal is restored on
 * every way out: normal quit, an exception, a signal, process exit.
 * Ink and React are imported here only, so the other formats never load them.
 */
export async function runTui(inputs: SourceInput[], options: TuiOptions): Promise<number> {
  const [{ render }, { App }, lib, { exportReports }] = await Promise.all([
    import('ink'),
    import('./components/app.js'),
    import('../../src/index.js'),
    import('./export/export-reports.js'),
  ]);

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
      onExport: (c) => exportReports(c, lib, options.output, process.cwd()),
    };
    const app = (extra: Partial<AppProps>) => <App {...props} {...extra} />;
    instance = render(app({}), { exitOnCtrlC: false, patchConsole: true });
    // Let the spinner frame reach the terminal before the comparison blocks the event loop.
    await new Promise((resolve) => setTimeout(resolve, 15));
    let last = 0;
    const comparison = lib.compare(inputs, {
      threshold: options.threshold,
      // Ink renders synchronously on the leading edge of its throttle, so progress shows
      // even though compare holds the event loop; 80 ms between frames is plenty.
      onProgress: (stage, fraction) => {
        const now = Date.now();
        if (now - last < 80) return;
        last = now;
        instance?.rerender(app({ progress: { stage, fraction } }));
      },
    });
    instance.rerender(app({ comparison }));
    await instance.waitUntilExit();
    return 0;
  } finally {
    restore();
    process.off('exit', restore);
    for (const s of signals) process.off(s, onSignal);
  }
}
