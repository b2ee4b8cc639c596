/**
 * `npm run check`: validate all content without building, listing every
 * problem at once. Also run first by `npm run build`, so nothing broken is
 * ever published. Every photo file is read to its end too (photos that
 * passed before are remembered by content hash in the cache directory).
 */
import { contentDir } from '../src/config/content-folder.ts';
import { problemsReport, validateAll } from '../src/check/validate.ts';

const root = contentDir();
const started = performance.now();
const problems = await validateAll(root);
const ms = Math.round(performance.now() - started);

if (problems.length > 0) {
  console.error(problemsReport(problems));
  process.exit(1);
}
console.log(`✓ Nội dung hợp lệ (${root}, ${ms} ms).`);
