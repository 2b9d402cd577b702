/**
 * Which rows fit on screen. Keeps the previous top row when the selection is
 * still fully visible (the list does not jump), otherwise scrolls just enough.
 * Pure: row heights and the viewport height are arguments.
 */
export function fitWindow(heights: number[], selected: number, prevTop: number, viewport: number): { top: number; end: number } {
  const n = heights.length;
  if (n === 0) return { top: 0, end: 0 };
  const sel = Math.max(0, Math.min(n - 1, selected));
  let top = Math.max(0, Math.min(prevTop, n - 1));
  if (sel < top) top = sel;
  // Scroll down until the selected row fits (a row taller than the screen is shown from its top).
  let used = 0;
  for (let i = top; i <= sel; i++) used += heights[i];
  while (top < sel && used > viewport) {
    used -= heights[top];
    top++;
  }
  let end = top;
  let total = 0;
  while (end < n && (total + heights[end] <= viewport || end === top)) {
    total += heights[end];
    end++;
  }
  return { top, end };
}
