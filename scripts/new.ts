/**
 * `npm run new`: create an article, notice, album or page. Asks for what is
 * missing, or takes flags:
 *
 *   npm run new -- --type tin --title "Xã An Bình ra quân làm đường" --category kinh-te --date 2026-03-02
 *   npm run new -- --type thong-bao --title "Lịch tiếp công dân tháng 4" --date "2026-04-01 07:30"
 *
 * The logic lives in src/editor/scaffold.ts; this script only asks and writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/config/content-folder.ts';
import { entryId } from '../src/model/slugify.ts';
import { loadSiteConfig } from '../src/files/site-file.ts';
import { contentFields } from '../src/editor/schema-fields.ts';
import { COLLECTION_DOCS } from '../src/editor/field-docs.ts';
import { kindOf, scaffold, ScaffoldError, todayInVietnam } from '../src/editor/scaffold.ts';

const { values } = parseArgs({
  options: {
    type: { type: 'string', short: 't' },
    title: { type: 'string' },
    category: { type: 'string' },
    date: { type: 'string' },
    summary: { type: 'string' },
    author: { type: 'string' },
  },
});

const root = contentDir();
const site = loadSiteConfig(root);
const fields = contentFields(site.categories.map((c) => c.slug));
const collections = Object.keys(fields);

// Answers are read line by line, from a terminal or from a pipe (the tests pipe them in).
const lines = createInterface({ input: process.stdin, terminal: false });
const answers = lines[Symbol.asyncIterator]();
async function ask(question: string): Promise<string> {
  process.stdout.write(question);
  const { value, done } = await answers.next();
  if (done) throw new ScaffoldError('đã dừng: chưa nhập đủ thông tin');
  if (!process.stdin.isTTY) process.stdout.write('\n');
  return String(value).trim();
}

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

try {
  const kinds = collections
    .map((c) => `${c === 'articles' ? 'tin' : c === 'notices' ? 'thong-bao' : c === 'albums' ? 'album' : 'trang'} (${COLLECTION_DOCS[c]?.label ?? c})`)
    .join(', ');
  const type = values.type ?? (await ask(`Loại nội dung — ${kinds}: `));
  const collection = kindOf(type, collections) ?? fail(`không có loại «${type}»; hãy chọn: ${kinds}`);
  const title = values.title ?? (await ask('Tiêu đề: '));
  const needsCategory = fields[collection]!.some((f) => f.options && f.required);
  let category = values.category;
  if (needsCategory && !category) {
    console.log(site.categories.map((c, i) => `  ${i + 1}. ${c.name} (${c.slug})`).join('\n'));
    const answer = await ask('Chuyên mục (số thứ tự hoặc tên viết không dấu): ');
    category = site.categories[Number(answer) - 1]?.slug ?? answer;
  }
  const date = values.date ?? ((await ask(`Ngày đăng (Enter = hôm nay ${todayInVietnam()}; hẹn giờ: 2026-03-02 07:00): `)) || todayInVietnam());
  const hasField = (name: string) => fields[collection]!.some((f) => f.name === name);
  const summary = values.summary ?? (hasField('summary') && !values.title ? await ask('Tóm tắt (Enter để viết sau): ') : undefined);
  const author = values.author ?? (hasField('author') && !values.title ? await ask('Tác giả (Enter để viết sau): ') : undefined);
  lines.close();

  const entry = scaffold({ collection, title, date, category, summary, author }, fields[collection]!);
  const target = path.join(root, entry.file);
  const folder = path.join(root, collection);
  const clash = (fs.existsSync(folder) ? (fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[]) : [])
    .filter((file) => file.endsWith('.md'))
    .find((file) => entryId(file) === entry.slug);
  if (fs.existsSync(target) || clash) {
    fail(
      `đã có ${COLLECTION_DOCS[collection]?.singular ?? 'mục'} cùng địa chỉ «${entry.slug}» (${path.join(collection, clash ?? entry.file)}); hãy đặt tiêu đề khác hoặc sửa tệp đã có`,
    );
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, entry.content);

  const shown = path.relative(process.cwd(), target);
  console.log(`✓ Đã tạo ${shown}`);
  if (entry.folder) {
    const folder = path.relative(process.cwd(), path.join(root, entry.folder));
    const how: Record<string, string> = {
      articles: 'ảnh bìa ghi ở cover (src: ./anh-bia.jpg, alt: "Mô tả ảnh"), ảnh trong bài ghi ![Mô tả ảnh](./anh-1.jpg), bộ ảnh ghi ở gallery',
      notices: 'tệp PDF, Word, Excel ghi ở attachments (- file: ./thong-bao.pdf, title: "Thông báo số …")',
      albums: 'mỗi ảnh một mục trong photos (- src: ./anh-1.jpg, caption: "Chú thích"), thay cho ./anh-1.jpg tạm',
    };
    console.log(`  Đặt ảnh và tệp vào thư mục ${folder}/ (cùng chỗ với index.md):`);
    console.log(`  ${how[collection] ?? 'ghi đường dẫn dạng ./ten-tep'}.`);
  }
  if (entry.placeholders.length) {
    console.log(`  Cần thay nội dung tạm ở: ${entry.placeholders.join(', ')}; bài đang là bản nháp (draft: true) — viết xong thì đổi thành draft: false.`);
  }
  console.log('  Kiểm tra: npm run check · Hướng dẫn: docs/huong-dan-bien-tap.md');
} catch (error) {
  if (error instanceof ScaffoldError) fail(error.message);
  throw error;
}
