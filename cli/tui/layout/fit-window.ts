/**
 * Which rows fit on screen. Keeps the previous top row when the selection is
 * still fully visible (the list does not jump), otherwise scrolls just enough to
 * show it at the bottom. Pure; `height(i)` is asked only for rows near the screen
 * (O(viewport), not O(rows)), so rows can be laid out lazily: thousands of rows
 * cost nothing until they scroll into view.
 */
export function fitWindow(count: number, height: (i: number) => number, selected: number, prevTop: number, viewport: number): { top: number; end: number } {
  if (count <= 0) return { top: 0, end: 0 };
  const sel = Math.max(0, Math.min(count - 1, selected));
  let top = Math.max(0, Math.min(prevTop, count - 1));
  if (sel < top) top = sel;
  let used = 0;
  for (let i = top; i <= sel && used <= viewport; i++) used += height(i);
  if (used > viewport && sel > top) {
    // Walk up from the selection while rows still fit (a row taller than the screen shows alone, from its top).
    top = sel;
    used = height(sel);
    while (top > 0 && used + height(top - 1) <= viewport) {
      top--;
      used += height(top);
    }
  }
  let end = top;
  let total = 0;
  while (end < count && (end === top || total + height(end) <= viewport)) {
    total += height(end);
    end++;
  }
  return { top, end };
}
