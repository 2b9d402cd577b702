import type { Progress } from '../state/types.js';
import { seg, type Line } from './segment.js';
import { truncateLine } from './truncate-line.js';

/** Braille spinner frames (as cli-spinners' "dots"). */
export const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** The line shown while the comparison runs: spinner, what is compared, stage and percentage. */
export function layoutLoading(sources: number, progress: Progress | null, frame: number, width: number): Line[] {
  const stage = progress ? ` ${progress.stage} ${Math.round(progress.fraction * 100)}%` : '';
  return [truncateLine([seg(SPINNER[Math.abs(frame) % SPINNER.length], 'key'), seg(` comparing ${sources} sources…`), seg(stage, 'dim'), seg('  q quits', 'dim')], width)];
}
