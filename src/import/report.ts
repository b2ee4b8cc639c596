/**
 * The report an editor works from after an import (`import-report.md`):
 * counts and time first, then every source page with its outcome — imported,
 * imported but to be reviewed and why, skipped as not an article, already
 * imported, failed — and the near-duplicates found across units.
 */
import fs from 'node:fs';
import path from 'node:path';

export type OutcomeKind = 'imported' | 'review' | 'skipped' | 'already' | 'duplicate' | 'failed';

export interface Outcome {
  url: string;
  kind: OutcomeKind;
  /** The article's file, relative to the working folder. */
  file?: string;
  title?: string;
  /** Why a page is skipped, failed or to be reviewed; notes on an imported one. */
  reasons: string[];
}

export const OUTCOME_NAMES: Record<OutcomeKind, string> = {
  imported: 'Đã nhập',
  review: 'Đã nhập, cần xem lại',
  skipped: 'Bỏ qua (không phải bài viết)',
  already: 'Đã nhập từ lần trước',
  duplicate: 'Trùng với bài khác (chỉ thêm địa chỉ cũ)',
  failed: 'Lỗi, không nhập được',
};

const ORDER: OutcomeKind[] = ['review', 'failed', 'imported', 'duplicate', 'already', 'skipped'];

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export interface ReportHead {
  unit: string;
  sources: string[];
  started: Date;
  seconds: number;
  dryRun: boolean;
  nearDuplicates: { file: string; other: string; otherUnit: string }[];
  /** Titles put into sentence case: the file and the title as the old portal wrote it. */
  retitled: { file: string; original: string }[];
}

export function counts(outcomes: readonly Outcome[]): Record<OutcomeKind, number> {
  const found = Object.fromEntries(ORDER.map((kind) => [kind, 0])) as Record<OutcomeKind, number>;
  for (const outcome of outcomes) found[outcome.kind]++;
  return found;
}

/** The report as Markdown; files are linked relative to `folder`, where the report is written. */
export function reportMarkdown(head: ReportHead, outcomes: readonly Outcome[], folder = process.cwd()): string {
  const link = (file: string) => (path.relative(folder, file) || file).split(path.sep).join('/');
  const n = counts(outcomes);
  const minutes = Math.floor(head.seconds / 60);
  const time = `${minutes ? `${minutes} phút ` : ''}${Math.round(head.seconds % 60)} giây`;
  const pages = outcomes.length;
  const lines = [
    `# Báo cáo nhập lưu trữ: ${head.unit}${head.dryRun ? ' (chạy thử, chưa ghi gì vào content/)' : ''}`,
    '',
    `- Nguồn: ${head.sources.join(', ')}`,
    `- Bắt đầu: ${head.started.toISOString()}; thời gian: ${time}; ${pages.toLocaleString('vi-VN')} trang (${head.seconds > 0 ? (pages / head.seconds).toFixed(1) : pages} trang/giây)`,
    '',
    '| Kết quả | Số trang |',
    '| --- | --- |',
    ...ORDER.map((kind) => `| ${OUTCOME_NAMES[kind]} | ${n[kind].toLocaleString('vi-VN')} |`),
    '',
    'Bài «cần xem lại» đã được nhập và qua được lệnh kiểm tra; hãy mở từng bài, sửa điều được nêu (ngày đăng, chú thích ảnh, chuyên mục…), rồi xóa dòng `draft: true` nếu có. Bài bị lỗi chưa được nhập: sửa nguồn rồi chạy lại lệnh, những bài đã nhập sẽ được bỏ qua.',
  ];
  for (const kind of ORDER) {
    const list = outcomes.filter((outcome) => outcome.kind === kind);
    if (!list.length) continue;
    lines.push('', `## ${OUTCOME_NAMES[kind]} (${list.length})`, '', '| Địa chỉ cũ | Bài | Ghi chú |', '| --- | --- | --- |');
    for (const outcome of list) {
      const article = outcome.file ? `[${cell(outcome.title ?? link(outcome.file))}](${encodeURI(link(outcome.file))})` : cell(outcome.title ?? '');
      lines.push(`| ${cell(outcome.url)} | ${article} | ${cell(outcome.reasons.join('; '))} |`);
    }
  }
  if (head.nearDuplicates.length) {
    lines.push(
      '',
      `## Bài gần trùng với bài của đơn vị khác (${head.nearDuplicates.length})`,
      '',
      'Cùng một tin có thể đã đăng trên cổng của hai đơn vị trước sáp nhập; hãy giữ cả hai, hoặc gỡ một bài (draft: true) và chép địa chỉ cũ của nó sang bài kia.',
      '',
      '| Bài | Gần trùng với | Đơn vị |',
      '| --- | --- | --- |',
    );
    for (const { file, other, otherUnit } of head.nearDuplicates) lines.push(`| ${cell(link(file))} | ${cell(link(other))} | ${cell(otherUnit)} |`);
  }
  if (head.retitled.length) {
    lines.push('', `## Tiêu đề viết hoa đã chuyển sang chữ thường (${head.retitled.length})`, '', '| Bài | Tiêu đề gốc |', '| --- | --- |');
    for (const { file, original } of head.retitled) lines.push(`| ${cell(link(file))} | ${cell(original)} |`);
  }
  return `${lines.join('\n')}\n`;
}

export function writeReport(file: string, head: ReportHead, outcomes: readonly Outcome[]) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, reportMarkdown(head, outcomes, path.dirname(path.resolve(file))));
}
