/**
 * Text normalisation before anything else reads the article: the offsets of
 * every sentence refer to the string this returns, so it runs exactly once.
 *
 * Article text is untrusted (DESIGN §8): terminal escape sequences (CSI, OSC,
 * and other ESC-introduced sequences) and C0/C1 control characters are removed
 * here, so no later stage (TUI, text report, HTML) can ever emit them.
 */

// ESC [ … final byte (CSI), ESC ] … BEL or ESC \ (OSC), ESC P/X/^/_ … ST (DCS, SOS, PM, APC),
// and two-character ESC sequences. Also the 8-bit C1 introducers \x9b (CSI) and \x9d (OSC).
const ESCAPE_SEQUENCE =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?/g;
// Remaining C0 controls except TAB and LF, DEL, C1 controls; also bidi overrides that
// can visually reorder text (Trojan-source style) — isolates/marks stay, they are legitimate RTL.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** BOM removed, CRLF/CR to LF, escape sequences and control characters removed, tabs and odd spaces to spaces. */
export function normalizeText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  text = text.replace(/\r\n?/g, '\n');
  text = text.replace(ESCAPE_SEQUENCE, '');
  text = text.replace(CONTROL, '');
  // Tabs, no-break spaces and other Unicode spaces become plain spaces; keeps offsets simple.
  text = text.replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
  // Line and paragraph separators are line breaks.
  text = text.replace(/[\u2028\u2029\u0085]/g, '\n');
  return text;
}
