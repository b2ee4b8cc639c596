import { describe, expect, it } from 'vitest';
import { formatPercent, MAX_LEVEL, MIN_LEVEL, nextTextSize, readContrast, readTextSize, rootAttributes, storedValues, TEXT_SIZES } from '../../src/client/reader-settings.ts';

describe('reader settings', () => {
  it('steps the text size with A- and A+ within the limits, and A resets it', () => {
    expect(nextTextSize(0, 'larger')).toBe(1);
    expect(nextTextSize(0, 'smaller')).toBe(-1);
    expect(nextTextSize(MIN_LEVEL, 'smaller')).toBe(MIN_LEVEL);
    expect(nextTextSize(MAX_LEVEL, 'larger')).toBe(MAX_LEVEL);
    expect(nextTextSize(3, 'reset')).toBe(0);
    let level = 0;
    for (let i = 0; i < 10; i++) level = nextTextSize(level, 'larger');
    expect(TEXT_SIZES[level]).toBe(150);
  });

  it('reads stored values defensively', () => {
    expect(readTextSize('2')).toBe(2);
    expect(readTextSize('-1')).toBe(-1);
    for (const bad of [null, undefined, '', '9', '-5', '1.5', 'lớn', '2; x']) expect(readTextSize(bad)).toBe(0);
    expect(readContrast('cao')).toBe(true);
    expect(readContrast('true')).toBe(false);
    expect(readContrast(null)).toBe(false);
  });

  it('stores nothing for the defaults and writes the <html> attributes the stylesheet reads', () => {
    expect(storedValues({ textSize: 0, highContrast: false })).toEqual({ textSize: null, contrast: null });
    expect(storedValues({ textSize: 2, highContrast: true })).toEqual({ textSize: '2', contrast: 'cao' });
    expect(rootAttributes({ textSize: 0, highContrast: false })).toEqual({ 'data-text-size': undefined, 'data-contrast': undefined });
    expect(rootAttributes({ textSize: -1, highContrast: true })).toEqual({ 'data-text-size': '-1', 'data-contrast': 'high' });
  });

  it('shows the size as Vietnamese readers write it', () => {
    expect(formatPercent(1)).toBe('112,5 %');
    expect(formatPercent(0)).toBe('100 %');
  });
});
