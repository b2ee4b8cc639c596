/**
 * The lightbox's decisions, kept apart from the DOM so they can be unit
 * tested: which photo a key or a swipe leads to, and what the counter says.
 * Used by src/client/lightbox.ts.
 */

export type Move = 'next' | 'previous' | 'first' | 'last';

/** The photo `move` leads to from `index` among `count`; next and previous wrap around. */
export function moveIndex(index: number, count: number, move: Move): number {
  if (count < 1) return 0;
  switch (move) {
    case 'next':
      return (index + 1) % count;
    case 'previous':
      return (index - 1 + count) % count;
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}

/** Keys the lightbox answers (besides Esc, which closes the dialog natively, and Tab, kept inside). */
export function keyMove(key: string): Move | undefined {
  return ({ ArrowRight: 'next', ArrowLeft: 'previous', Home: 'first', End: 'last' } as const)[key as 'ArrowRight'];
}

/** The smallest horizontal travel, in CSS pixels, that counts as a swipe. */
export const SWIPE_MIN = 40;

/**
 * A touch that travelled `dx`, `dy` pixels: mostly sideways and far enough is
 * a swipe. Swiping left (the finger moves left) shows the next photo.
 */
export function swipeMove(dx: number, dy: number, min = SWIPE_MIN): Move | undefined {
  if (Math.abs(dx) < min || Math.abs(dx) < Math.abs(dy) * 1.5) return undefined;
  return dx < 0 ? 'next' : 'previous';
}

/** `3/12`: the photo's place among all. */
export function counterText(index: number, count: number): string {
  return `${index + 1}/${count}`;
}

/**
 * Keeping Tab inside the open dialog: the element to focus instead of the
 * browser's choice, or undefined to let the browser move focus.
 */
export function trappedFocus(current: number, count: number, backwards: boolean): number | undefined {
  if (count < 1) return undefined;
  if (current < 0) return backwards ? count - 1 : 0;
  if (!backwards && current === count - 1) return 0;
  if (backwards && current === 0) return count - 1;
  return undefined;
}
