/**
 * `npm run check`: validate all content without building, listing every
 * problem at once. Also run first by `npm run build`, so nothing broken is
 * ever published. Every photo file is read to its end too (photos that
 * passed before are remembered by content hash in the cache directory).
 */
import { contentDir } from '../src/config/content-folder.ts';
import { formatProblem, validateAll } from '../src/check/validate.ts';

const root = contentDir();
const started = performance.now();
const problems = await validateAll(root);
const ms = Math.round(performance.now() - started);

if (problems.length > 0) {
  console.error(`✗ Nội dung có ${problems.length} lỗi, cần sửa trước khi đăng:\n`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  console.error('\nHướng dẫn sửa lỗi: docs/huong-dan-bien-tap.md');
  process.exit(1);
}
console.log(`✓ Nội dung hợp lệ (${root}, ${ms} ms).`);
