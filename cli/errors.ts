/**
 * An error the user can fix (bad flag, missing file, not UTF-8 …). The bin prints
 * its message as one line on stderr and exits with `exitCode`; anything else that
 * escapes is a bug, still reported in one line (never a stack trace, DESIGN §3).
 */
export class UserError extends Error {
  constructor(message: string, readonly exitCode: number = 1) {
    super(message);
    this.name = 'UserError';
  }
}

/** Exit code for command-line usage mistakes (as BSD sysexits' EX_USAGE family: 2 like most Unix tools). */
export const USAGE = 2;

/** Makes any text safe for a single terminal line: control characters and escape sequences become visible escapes. */
export function printable(text: string): string {
  return text.replace(/[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
