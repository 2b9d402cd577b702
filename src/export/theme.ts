import type { Relation } from '../types.js';

/** What a reader needs to tell one category from another, without colour and with it. */
export interface ThemeEntry {
  /** Text marker shown in every format (colour alone fails on monochrome terminals and with NO_COLOR). */
  marker: string;
  /** Word used in headings and legends. */
  label: string;
  /** Terminal colour name (chalk/Ink names). */
  color: string;
  /** CSS colour for HTML reports. */
  css: string;
}

/**
 * Themes are data keyed by meaning (DESIGN §9), shared by the TUI, the text and
 * Markdown reports and the HTML CSS classes.
 */
export const THEME: Record<Relation | 'unique' | 'ignored', ThemeEntry> = {
  agreement: { marker: '=', label: 'agreement', color: 'green', css: '#1a7f37' },
  partial: { marker: '≈', label: 'partial', color: 'yellow', css: '#9a6700' },
  conflict: { marker: '≠', label: 'conflict', color: 'red', css: '#cf222e' },
  unique: { marker: '+', label: 'unique', color: 'cyan', css: '#0969da' },
  ignored: { marker: '·', label: 'ignored', color: 'gray', css: '#6e7781' },
};
