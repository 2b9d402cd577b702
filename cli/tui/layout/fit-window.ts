/**
 * Which rows fit on screen. Keeps the previous top row when the selection is
 * still fully visible (the list does not jump), otherwise scrolls just enough to
 * show it at the bottom; near the end of the list it pulls earlier rows in rather
 * than leave the bottom of the screen empty. Pure; `height(i)` is asked only for
 * rows near the screen (O(viewport), not O(rows)), so rows can be laid out lazily:
 * thousands of rows cost nothing until they scroll into view.
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
  // The last rows are on screen: fill the space left below them with the rows above.
  while (end === count && top > 0 && total + height(top - 1) <= viewport) {
    top--;
    total += height(top);
  }
  return { top, end };
}

/**
 * Where PgDn / PgUp go (`dir` 1 / -1) from the window [top, end): the view turns a
 * whole page, the first row of the next page being the one just below the screen
 * (the last of the previous page just above it), and the selection keeps its place
 * on the screen, as in a pager. At either end of the list it goes to the first or
 * last row instead.
 */
export function pageWindow(
  count: number,
  height: (i: number) => number,
  win: { top: number; end: number },
  selected: number,
  viewport: number,
  dir: 1 | -1,
): { top: number; selected: number } {
  if (count <= 0) return { top: 0, selected: 0 };
  const offset = Math.max(0, selected - win.top);
  let top: number;
  let end: number;
  if (dir > 0) {
    if (win.end >= count) return { top: win.top, selected: count - 1 };
    top = win.end;
    end = top;
    let used = 0;
    while (end < count && (end === top || used + height(end) <= viewport)) used += height(end++);
  } else {
    if (win.top <= 0) return { top: 0, selected: 0 };
    end = win.top;
    top = end - 1;
    let used = height(top);
    while (top > 0 && used + height(top - 1) <= viewport) used += height(--top);
  }
  return { top, selected: Math.min(top + offset, end - 1) };
}
