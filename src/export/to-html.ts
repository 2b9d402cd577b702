import type { Comparison } from '../types.js';

/** Placeholder until the HTML report lands (issue 6). */
export function toHtml(comparison: Comparison): string {
  void comparison;
  throw new Error('the HTML report is not built yet');
}
