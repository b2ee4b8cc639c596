/**
 * One dictionary (src/i18n/ui.ts) holds every word a reader sees: the
 * templates (components, layouts, pages) write none of their own, so that a
 * wording is changed in one place and a second language can follow.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/portal.ts';
import { t } from '../../src/i18n/ui.ts';

/** Letters only Vietnamese text has (ASCII-only words such as «Menu» cannot be told from code). */
const VIETNAMESE = /[ăâđêôơưạảãàáậầấẩẫắằặẳẵềếểễệồốổỗộờớởỡợừứửữựìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

/** The lines of a template that hold Vietnamese words outside comments, as `line: text`. */
function ownWords(text: string): string[] {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(^|\s)\/\/ .*$/gm, blank);
  return code.split('\n').flatMap((line, i) => (VIETNAMESE.test(line) ? [`${i + 1}: ${line.trim()}`] : []));
}

const templates = ['components', 'layouts', 'pages'].flatMap((folder) =>
  (fs.readdirSync(path.join(ROOT, 'src', folder), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.astro'))
    .map((file) => path.join('src', folder, file)),
);

describe('the dictionary holds the templates’ words', () => {
  it('finds the templates, and would see a word written in one', () => {
    expect(templates.length).toBeGreaterThan(40);
    expect(ownWords('---\n/** Văn bản */\n---\n<p>{t.home}</p>\n<span>Cổng thông tin</span>')).toEqual(['5: <span>Cổng thông tin</span>']);
    expect(ownWords("const s = status === 'Còn hiệu lực'; // còn")).toHaveLength(1);
  });

  it.each(templates)('%s writes no Vietnamese of its own', (file) => {
    expect(ownWords(fs.readFileSync(path.join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it('has the words the templates took from it', () => {
    expect(t.portalKind).toBe('Cổng thông tin điện tử');
    expect(t.noticesOf('UBND xã Thử Nghiệm')).toBe('Thông báo của UBND xã Thử Nghiệm');
    expect(t.documentDescription('Kế hoạch', '06/KH-UBND', 'UBND xã Thử Nghiệm', 'Tổ chức ngày hội')).toBe('Kế hoạch số 06/KH-UBND của UBND xã Thử Nghiệm: Tổ chức ngày hội');
  });
});
