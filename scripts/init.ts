/**
 * `npm run init`: turns a copy of this repository into a unit's portal.
 * Asks in Vietnamese (or takes flags; `--yes` asks nothing):
 *
 *   npm run init -- --yes --name "Ủy ban nhân dân xã Tân Lập" --short "UBND xã Tân Lập" \
 *     --parent "Tỉnh Đắk Lắk" --url https://tanlap.daklak.gov.vn --email ubndtanlap@daklak.gov.vn \
 *     --phone "0262 3812 345" --address "Số 1 đường Trung tâm, xã Tân Lập" --repo ubnd-tan-lap/cong-thong-tin \
 *     [--responsible "Họ tên" --responsible-title "Chức vụ"] [--emblem duong/dan/bieu-trung.svg] \
 *     [--editors @to-chuc/bien-tap --maintainers @to-chuc/ky-thuat]
 *
 * It writes content/site.yaml, the standard pages and an emblem (or copies
 * the unit's), removes the sample's articles, notices, documents, schedules,
 * albums and pages, and, when given, puts the unit's GitHub accounts into
 * .github/CODEOWNERS. What the answers turn into: src/editor/unit-setup.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import { contentDir } from '../src/config/content-folder.ts';
import {
  EMBLEM_FILE,
  QUESTIONS,
  SAMPLE_FOLDERS,
  answerProblem,
  answerProblems,
  emblemFileFor,
  siteYaml,
  standardPages,
  standInEmblem,
  type UnitAnswers,
} from '../src/editor/unit-setup.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    ...Object.fromEntries(QUESTIONS.map((q) => [q.flag, { type: 'string' as const }])),
    emblem: { type: 'string' },
    editors: { type: 'string' },
    maintainers: { type: 'string' },
    yes: { type: 'boolean', short: 'y' },
    force: { type: 'boolean' },
  },
});
const flag = (name: string) => values[name as keyof typeof values] as string | undefined;

function fail(lines: string[] | string): never {
  for (const line of [lines].flat()) console.error(`✗ ${line}`);
  process.exit(1);
}

const content = contentDir();
const shown = (file: string) => path.relative(process.cwd(), file) || '.';

// Unsaved edits in the content folder would be lost: git keeps what was committed.
const status = spawnSync('git', ['status', '--porcelain', '--', content], { cwd: root, encoding: 'utf8' });
if (status.status === 0 && status.stdout.trim() && !values.force) {
  fail([`${shown(content)}/ có thay đổi chưa commit; hãy commit hoặc bỏ chúng trước (hoặc chạy lại với --force):`, ...status.stdout.trim().split('\n').slice(0, 10)]);
}

const interactive = !values.yes && process.stdin.isTTY === true;
const answers: Partial<UnitAnswers> = Object.fromEntries(QUESTIONS.map((q) => [q.key, flag(q.flag)?.trim() || undefined]));
let emblem = flag('emblem');

if (interactive) {
  prompts.intro('Cài đặt cổng thông tin cho đơn vị');
  prompts.note(
    'Trả lời các câu hỏi dưới đây. Nội dung mẫu (tin, thông báo, văn bản, lịch, album, các trang) sẽ bị xóa;\ncâu không bắt buộc có thể bỏ trống (Enter) và bổ sung sau trong content/site.yaml.',
    'npm run init',
  );
  for (const question of QUESTIONS) {
    const answer = await prompts.text({
      message: `${question.label}${question.required ? '' : ' (không bắt buộc)'}`,
      placeholder: question.example,
      initialValue: answers[question.key] ?? '',
      validate: (value) => answerProblem(question.key, value),
    });
    if (prompts.isCancel(answer)) fail('đã dừng, chưa thay đổi gì');
    answers[question.key] = String(answer ?? '').trim() || undefined;
  }
  if (!emblem) {
    const answer = await prompts.text({
      message: 'Tệp biểu trưng của đơn vị (.svg, .png; Enter để dùng biểu trưng tạm, thay sau)',
      validate: (value) => (value && !fs.existsSync(value) ? `không thấy tệp «${value}»` : undefined),
    });
    if (prompts.isCancel(answer)) fail('đã dừng, chưa thay đổi gì');
    emblem = String(answer ?? '').trim() || undefined;
  }
  const go = await prompts.confirm({ message: `Xóa nội dung mẫu trong ${shown(content)}/ và ghi thông tin của ${answers.name}?` });
  if (prompts.isCancel(go) || !go) fail('đã dừng, chưa thay đổi gì');
}

const problems = answerProblems(answers);
if (emblem && !fs.existsSync(emblem)) problems.push(`không thấy tệp biểu trưng «${emblem}»`);
if (problems.length) {
  fail(
    [
      ...problems,
      interactive
        ? ''
        : 'Cách dùng: npm run init -- --yes --name "Ủy ban nhân dân xã …" --short "UBND xã …" --parent "Tỉnh …" --url https://… --email … --phone … --address "…" [--repo chủ/tên]',
    ].filter(Boolean),
  );
}
const unit = answers as UnitAnswers;
let emblemFile = EMBLEM_FILE;
try {
  if (emblem) emblemFile = emblemFileFor(emblem);
} catch (error) {
  fail((error as Error).message);
}
// Everything is made before anything is removed: a refused answer changes nothing.
const site = siteYaml(unit, emblemFile);
const pages = standardPages(unit);

for (const folder of SAMPLE_FOLDERS) fs.rmSync(path.join(content, folder), { recursive: true, force: true });
fs.mkdirSync(path.join(content, 'pages'), { recursive: true });
fs.mkdirSync(path.join(content, 'media'), { recursive: true });
fs.writeFileSync(path.join(content, 'site.yaml'), site);
for (const [file, text] of Object.entries(pages)) fs.writeFileSync(path.join(content, 'pages', file), text);
if (emblem) fs.copyFileSync(emblem, path.join(content, emblemFile));
else fs.writeFileSync(path.join(content, emblemFile), standInEmblem(unit.name));

// Who approves pull requests: the unit's GitHub accounts in place of the template's.
const editors = flag('editors')?.trim();
const maintainers = flag('maintainers')?.trim();
const owners = path.join(root, '.github/CODEOWNERS');
if ((editors || maintainers) && fs.existsSync(owners)) {
  const text = fs.readFileSync(owners, 'utf8');
  const replaced = text
    .split('\n')
    .map((line) =>
      line.startsWith('#') || !line.trim()
        ? line
        : line.replace(/@to-chuc\/bien-tap/g, editors ?? '@to-chuc/bien-tap').replace(/@to-chuc\/ky-thuat/g, maintainers ?? '@to-chuc/ky-thuat'),
    )
    .join('\n');
  fs.writeFileSync(owners, replaced);
}

const done = [
  `✓ Đã ghi ${shown(path.join(content, 'site.yaml'))}, ${Object.keys(pages).length} trang trong ${shown(path.join(content, 'pages'))}/ và biểu trưng ${shown(path.join(content, emblemFile))}.`,
  `✓ Đã xóa nội dung mẫu (${SAMPLE_FOLDERS.filter((f) => f !== 'pages' && f !== 'media').join(', ')}).`,
  ...(editors || maintainers ? ['✓ Đã ghi tài khoản duyệt bài vào .github/CODEOWNERS.'] : []),
  'Việc tiếp theo:',
  ...(emblem ? [] : [`  • thay biểu trưng tạm ${shown(path.join(content, emblemFile))} bằng biểu trưng của đơn vị (ghi đường dẫn ở emblem trong site.yaml);`]),
  ...(unit.responsibleName ? [] : ['  • ghi người chịu trách nhiệm nội dung (responsible: name, title) vào content/site.yaml;']),
  ...(unit.repository ? [] : ['  • ghi kho GitHub (repository: chủ/tên) vào content/site.yaml để trang biên tập /admin/ lưu được bài;']),
  '  • bổ sung trang Giới thiệu (tổ chức bộ máy, lãnh đạo, lịch sử) và Liên hệ (giờ làm việc);',
  '  • kiểm tra và xem thử: npm run check && npm run build && npm run preview;',
  '  • commit, rồi làm tiếp theo docs/huong-dan-cai-dat.md (Netlify, tên miền, tài khoản biên tập).',
];
if (interactive) prompts.outro(done.join('\n'));
else console.log(done.join('\n'));
