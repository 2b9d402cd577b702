/**
 * A piece of styled text. Styles are named by meaning; the theme turns them
 * into colours (or into nothing under NO_COLOR), so layout never depends on colour.
 */
export type Style =
  | 'plain'
  | 'dim'
  | 'bold'
  | 'agreement'
  | 'partial'
  | 'conflict'
  | 'unique'
  | 'ignored'
  | 'note'
  | 'onlyA'
  | 'onlyB'
  | 'hit'
  | 'selected'
  | 'key'
  | 'notice';

/** A run of text in one style. */
export interface Segment {
  text: string;
  style: Style;
}

/** One screen line: segments whose display widths add up to at most the terminal width. */
export type Line = Segment[];

/** Shorthand for building segments. */
export function seg(text: string, style: Style = 'plain'): Segment {
  return { text, style };
}

/** The plain text of a line (what a colour-free snapshot shows). */
export function lineText(line: Line): string {
  return line.map((s) => s.text).join('');
}
