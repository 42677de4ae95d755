/** The parts of a `KeyboardEvent` that decide whether it moves between papers in a list. */
export interface ListKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Keys that move to the next paper, and to the previous one. */
const NEXT_KEYS = new Set(['j', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['k', 'ArrowUp']);

/**
 * Returns the step a key moves in a list of papers: 1 for `j` and the down arrow, -1 for `k` and the up arrow, and 0
 * for any other key or any key pressed with a modifier. The arrow keys move only while a paper in the list has focus
 * (`focusInList`), so that elsewhere they keep scrolling the page.
 */
export function listStep(event: ListKey, focusInList: boolean): -1 | 0 | 1 {
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return 0;
  if (event.key.startsWith('Arrow') && !focusInList) return 0;
  if (NEXT_KEYS.has(event.key)) return 1;
  if (PREVIOUS_KEYS.has(event.key)) return -1;
  return 0;
}

/**
 * Returns the index of the paper to focus in a list of `count` papers, or undefined when the move would leave the
 * list. `current` is the index of the focused paper, or -1 when none has focus; then both directions start at
 * `firstVisible`, the first paper on screen.
 */
export function targetIndex(current: number, step: -1 | 1, count: number, firstVisible: number): number | undefined {
  if (count === 0) return undefined;
  if (current < 0) return Math.min(Math.max(firstVisible, 0), count - 1);

  const next = current + step;
  return next >= 0 && next < count ? next : undefined;
}
