import { describe, expect, it } from 'vitest';
import { counterText, keyMove, moveIndex, swipeMove, trappedFocus } from '../../src/client/lightbox-moves.ts';

describe('moveIndex', () => {
  it('moves to the next and previous photo, wrapping at both ends', () => {
    expect(moveIndex(0, 12, 'next')).toBe(1);
    expect(moveIndex(11, 12, 'next')).toBe(0);
    expect(moveIndex(0, 12, 'previous')).toBe(11);
    expect(moveIndex(5, 12, 'previous')).toBe(4);
  });

  it('jumps to the first and the last photo', () => {
    expect(moveIndex(7, 12, 'first')).toBe(0);
    expect(moveIndex(2, 12, 'last')).toBe(11);
  });

  it('stays on the only photo of a one-photo gallery', () => {
    expect(moveIndex(0, 1, 'next')).toBe(0);
    expect(moveIndex(0, 1, 'previous')).toBe(0);
  });
});

describe('keyMove', () => {
  it('maps arrows, Home and End, and nothing else', () => {
    expect(keyMove('ArrowRight')).toBe('next');
    expect(keyMove('ArrowLeft')).toBe('previous');
    expect(keyMove('Home')).toBe('first');
    expect(keyMove('End')).toBe('last');
    expect(keyMove('Escape')).toBeUndefined();
    expect(keyMove('ArrowUp')).toBeUndefined();
    expect(keyMove('a')).toBeUndefined();
  });
});

describe('swipeMove', () => {
  it('reads a finger moving left as next, right as previous', () => {
    expect(swipeMove(-120, 10)).toBe('next');
    expect(swipeMove(90, -5)).toBe('previous');
  });

  it('ignores short moves and mostly vertical ones (scrolling, taps)', () => {
    expect(swipeMove(-20, 0)).toBeUndefined();
    expect(swipeMove(-60, 80)).toBeUndefined();
    expect(swipeMove(0, 0)).toBeUndefined();
  });
});

describe('counterText', () => {
  it('shows the position among all photos, counting from one', () => {
    expect(counterText(2, 12)).toBe('3/12');
    expect(counterText(0, 1)).toBe('1/1');
  });
});

describe('trappedFocus', () => {
  it('wraps Tab from the last control to the first and Shift+Tab from the first to the last', () => {
    expect(trappedFocus(2, 3, false)).toBe(0);
    expect(trappedFocus(0, 3, true)).toBe(2);
  });

  it('lets the browser move focus between controls inside the dialog', () => {
    expect(trappedFocus(0, 3, false)).toBeUndefined();
    expect(trappedFocus(2, 3, true)).toBeUndefined();
  });

  it('brings focus back in when it is outside the controls', () => {
    expect(trappedFocus(-1, 3, false)).toBe(0);
    expect(trappedFocus(-1, 3, true)).toBe(2);
  });
});
