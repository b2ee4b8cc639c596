import { describe, expect, it } from 'vitest';
import { alignedCellProperties } from '../../src/markdown/tables.ts';

describe('alignedCellProperties', () => {
  it('turns a GFM alignment style into a class', () => {
    expect(alignedCellProperties({ style: 'text-align: right' })).toEqual({ style: null, className: ['align-right'] });
    expect(alignedCellProperties({ style: 'text-align:center;', className: ['x'] })).toEqual({ style: null, className: ['x', 'align-center'] });
  });

  it('drops any other style and leaves cells without style alone', () => {
    expect(alignedCellProperties({ style: 'color: red' })).toEqual({ style: null, className: [] });
    expect(alignedCellProperties({ colSpan: 2 })).toBeNull();
  });
});
