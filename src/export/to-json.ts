import type { Comparison } from '../types.js';

/** The comparison as JSON (DESIGN §4): two-space indented, newline-terminated, deterministic. */
export function toJson(comparison: Comparison): string {
  return [...toJsonChunks(comparison)].join('');
}

/**
 * toJson in pieces, for writing a large comparison without holding its whole
 * text at once (a 10,000-sentence comparison is ~45 MB of JSON): the same bytes
 * as JSON.stringify(comparison, null, 2) + '\n', one top-level field, source or
 * list entry at a time. JSON.stringify indents a nested value by its depth, so a
 * value stringified on its own and indented by its depth reads the same.
 */
export function* toJsonChunks(comparison: Comparison): Generator<string> {
  yield* objectChunks(comparison as unknown as Record<string, unknown>, 0, 2);
  yield '\n';
}

const pad = (depth: number) => '  '.repeat(depth);

/** A value at `depth` as JSON.stringify(…, null, 2) writes it there; objects and arrays are split down to `split` more levels. */
function* valueChunks(value: unknown, depth: number, split: number): Generator<string> {
  if (split > 0 && Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[';
    for (let k = 0; k < value.length; k++) {
      yield `\n${pad(depth + 1)}`;
      yield* valueChunks(value[k], depth + 1, split - 1);
      if (k < value.length - 1) yield ',';
    }
    return yield `\n${pad(depth)}]`;
  }
  if (split > 0 && value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    return yield* objectChunks(value as Record<string, unknown>, depth, split - 1);
  }
  const text = JSON.stringify(value, null, 2);
  yield depth === 0 ? text : text.replace(/\n/g, `\n${pad(depth)}`);
}

function* objectChunks(object: Record<string, unknown>, depth: number, split: number): Generator<string> {
  // The fields JSON.stringify writes: own enumerable ones whose value is not undefined, a function or a symbol.
  const keys = Object.keys(object).filter((k) => {
    const v = object[k];
    return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
  });
  if (keys.length === 0) return yield '{}';
  yield '{';
  for (let k = 0; k < keys.length; k++) {
    yield `\n${pad(depth + 1)}${JSON.stringify(keys[k])}: `;
    yield* valueChunks(object[keys[k]], depth + 1, split);
    if (k < keys.length - 1) yield ',';
  }
  yield `\n${pad(depth)}}`;
}
