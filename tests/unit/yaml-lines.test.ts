import { describe, expect, it } from 'vitest';
import { lineOfPath } from '../../src/lib/yaml-lines.ts';

// As it sits in a file: line 1 is the opening ---, so the first YAML line is line 2.
const yaml = [
  'title: "Lịch tuần"', // 2
  'from: 2026-11-16', // 3
  'entries:', // 4
  '  - date: 2026-11-16', // 5
  '    time: "07:30"', // 6
  '    # a comment', // 7
  '    title: "Giao ban"', // 8
  '  - date: 2026-11-17', // 9
  '    title: "Họp"', // 10
  '    time: "25:00"', // 11
  'files:', // 12
  '- file: ./a.pdf', // 13
  '- title: "B"', // 14
  '  file: ./b.pdf', // 15
  'draft: false', // 16
].join('\n');

describe('lineOfPath', () => {
  it('finds top-level keys, list items and keys inside items, in the file’s numbering', () => {
    expect(lineOfPath(yaml, ['from'])).toBe(3);
    expect(lineOfPath(yaml, ['entries'])).toBe(4);
    expect(lineOfPath(yaml, ['entries', 0])).toBe(5);
    expect(lineOfPath(yaml, ['entries', 0, 'date'])).toBe(5);
    expect(lineOfPath(yaml, ['entries', 0, 'title'])).toBe(8);
    expect(lineOfPath(yaml, ['entries', 1, 'time'])).toBe(11);
    expect(lineOfPath(yaml, ['files', 1, 'file'])).toBe(15);
    expect(lineOfPath(yaml, ['files', 0, 'file'])).toBe(13);
    expect(lineOfPath(yaml, ['draft'])).toBe(16);
  });

  it('stops at the deepest part it finds', () => {
    expect(lineOfPath(yaml, ['entries', 5, 'time'])).toBe(4);
    expect(lineOfPath(yaml, ['entries', 1, 'until'])).toBe(9);
    expect(lineOfPath(yaml, ['nothing'])).toBeUndefined();
  });
});
