import type { Comparison } from '../types.js';

/** The comparison as JSON (DESIGN §4): two-space indented, newline-terminated, deterministic. */
export function toJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}
