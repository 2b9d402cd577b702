import type { SourceInput } from '../../src/types.js';

/** Options of the interactive UI. */
export interface TuiOptions {
  threshold?: number;
  color: boolean;
  output?: string;
}

/** Placeholder until the Ink UI lands (issue 3): prints the text report. */
export async function runTui(inputs: SourceInput[], options: TuiOptions): Promise<number> {
  const { compare, toText } = await import('../../src/index.js');
  const c = compare(inputs, { threshold: options.threshold });
  process.stdout.write(toText(c, { color: options.color, width: process.stdout.columns ?? 100 }));
  return 0;
}
