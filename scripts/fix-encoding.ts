/**
 * `npm run fix-encoding -- <file>… [--from windows-1258|tcvn3|vni]`: convert
 * content files to UTF-8 (NFC), in place. `npm run check` names the files
 * and gives this command.
 *
 * Bytes that are not UTF-8 are read as the encoding given, or the one their
 * words read as Vietnamese in; lines of TCVN3 or VNI pasted into UTF-8 text
 * are converted, and the rest of the file left as it is (src/files/text-encoding.ts,
 * `planFix`). A file it cannot decide on is left untouched and named, and
 * the command fails. Only Markdown and YAML files inside the content folder
 * (content/, or PORTAL_CONTENT_DIR) are touched: anything else is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/config/content-folder.ts';
import { decodeContent, ENCODING_NAMES, planFix, SOURCE_ENCODINGS, type SourceEncoding } from '../src/files/text-encoding.ts';

const { values, positionals } = parseArgs({ options: { from: { type: 'string' } }, allowPositionals: true });

function usage(message: string): never {
  console.error(`✗ ${message}\n  Cách dùng: npm run fix-encoding -- content/articles/2024/bai-viet.md [tệp khác…] [--from windows-1258|tcvn3|vni]`);
  process.exit(2);
}

const from = values.from as SourceEncoding | undefined;
if (from !== undefined && !SOURCE_ENCODINGS.includes(from)) usage(`--from «${from}» không có; hãy dùng một trong: ${SOURCE_ENCODINGS.join(', ')}`);
if (positionals.length === 0) usage('chưa ghi tệp nào cần chuyển');

// npm runs scripts from the project folder; paths are the editor's, relative to where they typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
const root = fs.realpathSync(contentDir());
let failed = 0;

/** The file, when it is a Markdown or YAML file inside the content folder (links followed); else why not. */
function target(argument: string): { file: string } | { refusal: string } {
  const file = path.resolve(cwd, argument);
  if (!fs.existsSync(file)) return { refusal: 'không tìm thấy tệp' };
  const real = fs.realpathSync(file);
  const inside = path.relative(root, real);
  if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) return { refusal: `tệp nằm ngoài thư mục nội dung ${root}; lệnh chỉ chuyển tệp trong thư mục đó` };
  if (!fs.statSync(real).isFile()) return { refusal: 'không phải là tệp' };
  if (!/\.(md|ya?ml)$/i.test(real)) return { refusal: 'lệnh chỉ chuyển tệp nội dung .md và tệp .yaml' };
  return { file: real };
}

for (const argument of positionals) {
  const found = target(argument);
  if ('refusal' in found) {
    console.error(`✗ ${argument}: ${found.refusal}`);
    failed++;
    continue;
  }
  const plan = planFix(fs.readFileSync(found.file), from);
  if (plan.status === 'refused') {
    console.error(`✗ ${argument}: ${plan.reason}`);
    failed++;
    continue;
  }
  if (plan.status === 'unchanged') {
    console.log(`· ${argument}: đã là UTF-8 chuẩn (NFC), không cần chuyển`);
  } else {
    // Written aside, then renamed: an interrupted run never leaves half a file.
    const temporary = `${found.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, plan.text);
    fs.renameSync(temporary, found.file);
    const lines = plan.lines.length > 5 ? `${plan.lines.slice(0, 5).join(', ')}…` : plan.lines.join(', ');
    const what =
      plan.from === 'nfc'
        ? 'đã chuẩn hóa chữ có dấu về dạng dựng sẵn (Unicode NFC)'
        : plan.from === 'windows-1258'
          ? `đã chuyển từ bảng mã ${ENCODING_NAMES[plan.from]} sang UTF-8 (${plan.lines.length} dòng có chữ có dấu đã đổi: ${lines})`
          : `đã chuyển ${plan.lines.length} dòng chữ ${ENCODING_NAMES[plan.from]} sang Unicode UTF-8 (dòng ${lines})`;
    console.log(`✓ ${argument}: ${what}`);
  }
  // What is left for the editor: letters lost to a «�», or lines still not Vietnamese.
  const after = decodeContent(fs.readFileSync(found.file), argument);
  if (after.problem) {
    console.error(`✗ ${argument}:${after.problem.line}: ${after.problem.message}`);
    failed++;
  }
}

if (failed > 0) {
  console.error(`\n${failed} tệp chưa chuyển được hoặc còn lỗi; xem hướng dẫn: docs/huong-dan-bien-tap.md`);
  process.exit(1);
}
