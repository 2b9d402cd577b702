/**
 * Escapes text for HTML element content and quoted attribute values: the five
 * characters OWASP's XSS cheat sheet lists (& < > " '). Article text is untrusted
 * (DESIGN §8), so every string that did not come from this code goes through here.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
