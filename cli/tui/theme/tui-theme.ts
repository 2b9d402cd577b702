import { THEME, type ThemeEntry } from '../../../src/export/theme.js';
import type { Relation } from '../../../src/types.js';
import type { Style } from '../layout/segment.js';

/**
 * Marker and label of every kind of row and count: the shared THEME, plus the story
 * notes the TUI lists as rows. "~" is the notes' marker in the text report too.
 */
export const MARKS: Record<Relation | 'unique' | 'ignored' | 'note', Pick<ThemeEntry, 'marker' | 'label'>> = {
  ...THEME,
  note: { marker: '~', label: 'note' },
};

/** Ink <Text> props for one style. */
export interface InkStyle {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  dimColor?: boolean;
  underline?: boolean;
  inverse?: boolean;
}

/**
 * The TUI theme, keyed by meaning (DESIGN §9). Relation colours come from the
 * shared THEME so the TUI, text, Markdown and HTML reports agree. Every style
 * that matters also has a colour-free form (bold, underline, inverse), and the
 * layout always shows a text marker, so NO_COLOR loses nothing essential.
 */
export const TUI_THEME: Record<Style, InkStyle> = {
  plain: {},
  dim: { dimColor: true },
  bold: { bold: true },
  agreement: { color: THEME.agreement.color, bold: true },
  partial: { color: THEME.partial.color, bold: true },
  conflict: { color: THEME.conflict.color, bold: true },
  unique: { color: THEME.unique.color, bold: true },
  ignored: { color: THEME.ignored.color },
  note: { color: 'magenta', bold: true },
  onlyA: { color: 'red' },
  onlyB: { color: 'green' },
  hit: { backgroundColor: 'yellow', color: 'black', underline: true },
  selected: { color: 'cyan', bold: true, inverse: true },
  key: { color: 'cyan', bold: true },
  notice: { color: 'yellow' },
};

/** Ink props for a style, without any colour when colour is off (NO_COLOR, --no-color). */
export function inkStyle(style: Style, color: boolean): InkStyle {
  const s = TUI_THEME[style];
  if (color) return s;
  const { color: _c, backgroundColor: _b, ...rest } = s;
  return rest;
}
