/**
 * `npm run import -- <nguồn>… --unit "<tên đơn vị>" [--yes] [--dry-run]
 *   [--category-map TỆP] [--limit N] [--delay GIÂY] [--jobs N] [--update]
 *   [--report TỆP] [--state THƯ-MỤC]`
 *
 * Brings a legacy portal's articles into the content folder (src/import/run.ts):
 * sources are folders saved by `wget --mirror`, addresses to crawl, RSS/Atom
 * feeds. docs/nhap-luu-tru.md says how, step by step.
 */
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { contentDir } from '../src/config/content-folder.ts';
import { ImportError, runImport } from '../src/import/run.ts';
import { OUTCOME_NAMES } from '../src/import/report.ts';

const USAGE = `Cách dùng: npm run import -- <nguồn>… --unit "<tên đơn vị>" [--yes] [--dry-run] [--category-map tệp.yaml] [--limit N] [--delay giây] [--update]
  <nguồn>: thư mục bản lưu (wget --mirror), tệp hoặc địa chỉ RSS/Atom, địa chỉ https://… của cổng cũ để tải về`;

let values: ReturnType<typeof parse>['values'];
let positionals: string[];
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      unit: { type: 'string' },
      yes: { type: 'boolean', short: 'y', default: false },
      'dry-run': { type: 'boolean', default: false },
      'category-map': { type: 'string' },
      limit: { type: 'string' },
      delay: { type: 'string', default: '1' },
      jobs: { type: 'string' },
      update: { type: 'boolean', default: false },
      report: { type: 'string' },
      state: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  ({ values, positionals } = parse());
} catch (error) {
  console.error(`Lỗi: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const number = (name: string, value: string | undefined, min: number) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) {
    console.error(`Lỗi: --${name} ${value}: cần một số không nhỏ hơn ${min}\n${USAGE}`);
    process.exit(2);
  }
  return n;
};

let stop = false;
process.on('SIGINT', () => {
  if (stop) process.exit(130);
  stop = true;
  console.error('\nĐang dừng: các bài đang ghi được ghi xong, báo cáo được lưu; chạy lại lệnh để tiếp tục. (Ctrl+C lần nữa để thoát ngay)');
});
process.on('SIGTERM', () => (stop = true));

const interactive = process.stdin.isTTY && process.stderr.isTTY;
const bar = process.stderr.isTTY
  ? new cliProgress.SingleBar({ format: 'Nhập bài {bar} {value} trang | {duration_formatted}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
  : undefined;
let barStarted = false;

try {
  const summary = await runImport({
    sources: positionals,
    unit: values.unit,
    contentDir: contentDir(),
    yes: values.yes,
    dryRun: values['dry-run'],
    categoryMap: values['category-map'],
    limit: number('limit', values.limit, 1),
    delay: number('delay', values.delay, 0),
    jobs: number('jobs', values.jobs, 0),
    update: values.update,
    report: values.report,
    stateDir: values.state,
    confirm: interactive
      ? async (question) => {
          const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
          const answer = await rl.question(`${question} (c/k) `);
          rl.close();
          return /^(c|có|y|yes)$/i.test(answer.trim());
        }
      : undefined,
    log: (line) => console.log(line),
    progress: (done) => {
      if (!bar) return;
      if (!barStarted) {
        bar.start(0, 0);
        barStarted = true;
      }
      bar.setTotal(Math.max(done, 1));
      bar.update(done);
    },
    stopped: () => stop,
  });
  bar?.stop();
  const lines = Object.entries(summary.counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `  ${OUTCOME_NAMES[kind as keyof typeof OUTCOME_NAMES]}: ${n}`);
  console.log(
    `${summary.interrupted ? 'Đã dừng giữa chừng' : 'Xong'}: ${summary.unit.name}, ${Math.round(summary.seconds)} giây.\n${lines.join('\n')}\nBáo cáo: ${summary.report}`,
  );
  if (!values['dry-run']) console.log('Tiếp theo: npm run check, xem báo cáo, sửa các bài «cần xem lại», rồi gửi duyệt.');
  process.exit(summary.interrupted ? 130 : 0);
} catch (error) {
  bar?.stop();
  if (error instanceof ImportError) {
    console.error(`Lỗi: ${error.message}\n${USAGE}`);
    process.exit(1);
  }
  throw error;
}
