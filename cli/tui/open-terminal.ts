import { closeSync, openSync } from 'node:fs';
import { ReadStream, isatty } from 'node:tty';

/**
 * The terminal to read keys from when standard input is not one (`cat a.txt | storydiff - b.txt`):
 * the controlling terminal, /dev/tty, as less and fzf do. Null when the process has none
 * (started by a service, under setsid, or on a system without /dev/tty): the caller then says
 * clearly that the interactive view needs a terminal.
 */
export function openTerminalInput(): ReadStream | null {
  let fd: number;
  try {
    fd = openSync('/dev/tty', 'r');
  } catch {
    return null;
  }
  if (!isatty(fd)) {
    closeSync(fd);
    return null;
  }
  return new ReadStream(fd);
}
