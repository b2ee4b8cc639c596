import { describe, expect, it } from 'vitest';
import { formatFileSize, formatNumber } from '../../src/model/format.ts';

describe('formatNumber', () => {
  it('uses . for thousands and , for decimals', () => {
    expect(formatNumber(21004)).toBe('21.004');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(98.456, 2)).toBe('98,46');
    expect(formatNumber(-1500)).toBe('-1.500');
  });
});

describe('formatFileSize', () => {
  it('shows bytes, KB and MB', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(38 * 1024)).toBe('38 KB');
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe('1,3 MB');
  });
});
