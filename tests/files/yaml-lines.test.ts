import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { lineOfPath, yamlProblem } from '../../src/files/yaml-lines.ts';

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

describe('yamlProblem', () => {
  const problem = (yaml: string) => {
    try {
      load(yaml);
    } catch (error) {
      return yamlProblem(error, yaml, 2);
    }
    throw new Error('valid YAML');
  };
  it.each([
    ['title: "Ngoặc kép chưa đóng\ndate: 2024-05-02\nsummary: "Tóm tắt."', 2, /dòng «title: "Ngoặc kép chưa đóng» mở dấu " mà chưa đóng/],
    ["title: 'Nhà văn hóa thôn\ndate: 2024-01-01", 2, /mở dấu ' mà chưa đóng/],
    ['title: "A"\ndate: 2024-01-01\ntitle: "B"', 4, /trường "title" được ghi hai lần; hãy giữ một dòng và xóa dòng còn lại/],
    ['title: Hội nghị: kết quả\n', 2, /giá trị có dấu hai chấm .*hãy đặt cả giá trị trong ngoặc kép/],
    ['tags: ["a", "b"\ndate: 2024-01-01\n', 3, /danh sách mở bằng \[ ở dòng «tags: \["a", "b"» chưa có dấu \] đóng/],
    ['title: "A"\n  date: 2024-01-01\n', 3, /thụt lề chưa đúng/],
    ['title: a\n\tdate: 1', 3, /thụt lề bằng phím Tab/],
  ])('names the line and says how to fix %j', (yaml, line, message) => {
    const found = problem(yaml);
    expect(found.line).toBe(line);
    expect(found.message).toMatch(/^phần thông tin đầu bài \(YAML\) có lỗi: /);
    expect(found.message).toMatch(message);
    expect(found.message).not.toMatch(/[a-z]+ [a-z]+ of the|expected|mapping/);
  });
});
