import type { SourceId } from '../types.js';

/** Conflict values keyed first by the first side's source, then the second's, whichever side a finding started from (stable JSON key order). */
export function ordered(first: SourceId, second: SourceId, values: Record<SourceId, string>): Record<SourceId, string> {
  return { [first]: values[first], [second]: values[second] };
}
