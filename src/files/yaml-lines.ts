/**
 * Where a field is written in a front-matter block, for messages that name
 * the line: `entries[2].time` → the line of `time:` inside the third item of
 * `entries`. Reads the block-style YAML editors write (keys, `- ` list items,
 * indentation); flow style (`[a, b]`, `{ a: 1 }`) is found at its key.
 */

interface Line {
  /** Indentation of the key on the line (after a leading `- `, if any). */
  keyIndent: number;
  /** Indentation of the `- ` that opens a list item, or -1. */
  dashIndent: number;
  key?: string;
}

function readLine(text: string): Line | undefined {
  if (!text.trim() || text.trim().startsWith('#')) return undefined;
  const indent = text.length - text.trimStart().length;
  const dash = /^(\s*)-(\s+|$)/.exec(text);
  const rest = dash ? text.slice(dash[0].length) : text.trimStart();
  const keyIndent = dash ? dash[0].length : indent;
  const key = /^([A-Za-z_][\w-]*)\s*:(\s|$)/.exec(rest)?.[1];
  return { keyIndent, dashIndent: dash ? indent : -1, key };
}

/**
 * The 1-based line, counted in the file (the front matter starting on its
 * line 2), of the deepest part of `path` found; undefined when not even the
 * first key is found.
 */
export function lineOfPath(yaml: string, path: readonly PropertyKey[]): number | undefined {
  const lines = yaml.split('\n').map(readLine);
  let start = 0;
  let end = lines.length;
  let found: number | undefined;
  for (const part of path) {
    const inside = lines
      .slice(start, end)
      .map((line, i) => ({ line, i: i + start }))
      .filter((l): l is { line: Line; i: number } => !!l.line);
    if (!inside.length) break;
    if (typeof part === 'number') {
      const dash = Math.min(...inside.filter((l) => l.line.dashIndent >= 0).map((l) => l.line.dashIndent));
      const items = inside.filter((l) => l.line.dashIndent === dash);
      const item = items[part];
      if (!item) break;
      found = item.i;
      start = item.i;
      end = items[part + 1]?.i ?? end;
    } else if (typeof part === 'string') {
      const indent = Math.min(...inside.map((l) => l.line.keyIndent));
      const hit = inside.find((l) => l.line.keyIndent === indent && l.line.key === part);
      if (!hit) break;
      found = hit.i;
      start = hit.i + 1;
      end = inside.find((l) => l.i > hit.i && (l.line.keyIndent <= indent || (l.line.dashIndent >= 0 && l.line.dashIndent < indent)))?.i ?? end;
    } else break;
  }
  return found === undefined ? undefined : found + 2;
}

/**
 * A YAML parse error (js-yaml) as an editor reads it: the line in the file
 * (`firstLine` is the file line of the YAML's first line) and, in
 * Vietnamese, what is wrong and how to fix it. js-yaml's own reasons are
 * English and sometimes mislead (a repeated key is not a colon problem).
 */
export function yamlProblem(error: unknown, yaml: string, firstLine: number, what = 'phần thông tin đầu bài (YAML)'): { line?: number; message: string } {
  const { reason = '', mark } = error as { reason?: string; mark?: { line: number } };
  const line = mark ? mark.line + firstLine : undefined;
  const text = mark ? (yaml.split('\n')[mark.line] ?? '').trim() : '';
  const shown = text ? ` (dòng «${text.length > 60 ? `${text.slice(0, 60)}…` : text}»)` : '';
  // An unclosed quote makes js-yaml read on into the next lines and complain about one of them: name the line that opened it.
  const lines = yaml.split('\n');
  const unclosed = lines.slice(0, mark ? mark.line + 1 : lines.length).findIndex((raw) => {
    const value = /^\s*(?:-\s+)?[^\s:#"'][^:#"']*:\s+(["'])(.*)$/.exec(raw) ?? /^\s*-\s+(["'])(.*)$/.exec(raw);
    if (!value) return false;
    const [, quote, rest] = value;
    const closes = quote === '"' ? /(?<!\\)"\s*(#.*)?$/.test(rest!) : /'\s*(#.*)?$/.test(rest!.replace(/''/g, ''));
    return !closes;
  });
  if (unclosed >= 0 && !/duplicated mapping key/.test(reason)) {
    const opened = lines[unclosed]!.trim();
    const quote = /:\s+'|^-\s+'/.test(opened) ? "'" : '"';
    return {
      line: unclosed + firstLine,
      message: `${what} có lỗi: dòng «${opened.length > 60 ? `${opened.slice(0, 60)}…` : opened}» mở dấu ${quote} mà chưa đóng; hãy thêm ${quote} ở cuối giá trị trên cùng dòng`,
    };
  }
  const advice = ((): string => {
    if (/duplicated mapping key/.test(reason)) {
      const key = /^([^:#]+):/.exec(text)?.[1]?.trim();
      return `trường "${key ?? text}" được ghi hai lần; hãy giữ một dòng và xóa dòng còn lại`;
    }
    const openList = lines.slice(0, mark ? mark.line + 1 : 0).findIndex((raw) => /:\s*\[[^\]]*$/.test(raw.replace(/#.*$/, '')));
    if (openList >= 0) return `danh sách mở bằng [ ở dòng «${lines[openList]!.trim()}» chưa có dấu ] đóng; hãy thêm ] ở cuối, ví dụ ["chuyển đổi số", "y tế"]`;
    if (/^[^"'#]*:\s+[^"'#]*:\s/.test(text)) return `giá trị có dấu hai chấm${shown}; hãy đặt cả giá trị trong ngoặc kép, ví dụ title: "Hội nghị: kết quả năm 2025"`;
    if (/tab characters/.test(reason)) return `dòng thụt lề bằng phím Tab${shown}; hãy thụt lề bằng dấu cách (2 dấu cách mỗi cấp)`;
    if (/indentation/.test(reason)) return `thụt lề chưa đúng${shown}; các trường cùng cấp phải thẳng cột, mục con thụt vào 2 dấu cách`;
    if (/double quoted scalar/.test(reason)) return `thiếu dấu ngoặc kép " đóng${shown}; mỗi giá trị mở bằng " phải đóng bằng " trên cùng dòng`;
    if (/single quoted scalar/.test(reason)) return `thiếu dấu nháy đơn ' đóng${shown}; hãy đóng lại, hoặc viết giá trị trong ngoặc kép "…"`;
    if (/flow collection/.test(reason))
      return `danh sách trong ngoặc vuông [ ] chưa đúng${shown}; các mục cách nhau bằng dấu phẩy và có dấu ] đóng, ví dụ ["chuyển đổi số", "y tế"]`;
    if (/a colon is missed|multiline key|implicit key|mapping pair/.test(reason)) {
      return `thiếu dấu hai chấm sau tên trường, hoặc giá trị có dấu hai chấm mà chưa đặt trong ngoặc kép${shown}; hãy viết dạng tên: "giá trị"`;
    }
    if (/end of the stream or a document separator/.test(reason)) {
      return `dòng này không đọc được như một trường${shown}; hãy viết dạng tên: "giá trị", và đặt giá trị có dấu hai chấm hoặc dấu # trong ngoặc kép`;
    }
    if (/non-printable|escape sequence|hexadecimal/.test(reason)) return `có ký tự lạ hoặc dấu \\ trong giá trị${shown}; hãy gõ lại dòng này hoặc đặt giá trị trong nháy đơn '…'`;
    if (/alias|anchor/.test(reason)) return `dấu * hoặc & ở đầu giá trị có nghĩa riêng trong YAML${shown}; hãy đặt giá trị trong ngoặc kép`;
    if (/unknown tag/.test(reason)) return `dấu ! ở đầu giá trị có nghĩa riêng trong YAML${shown}; hãy đặt giá trị trong ngoặc kép`;
    return `không đọc được dòng này${shown}; hãy kiểm tra dấu hai chấm sau tên trường, dấu ngoặc kép và thụt lề`;
  })();
  return { line, message: `${what} có lỗi: ${advice}` };
}
