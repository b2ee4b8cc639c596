import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeCollisions, siteRoutes } from '../../src/check/route-table.ts';
import { ROOT } from '../helpers/portal.ts';

const routes = siteRoutes(path.join(ROOT, 'src/pages'), path.join(ROOT, 'public'));

describe('siteRoutes', () => {
  it('reads the sections of src/pages, the files of public/ and what the build adds', () => {
    for (const name of ['tin-tuc', 'thong-bao', 'admin', 'tep', 'og', 'tim-kiem', 'rss.xml', 'favicon.svg', 'pagefind', '_astro'])
      expect(routes.topLevel.has(name), name).toBe(true);
    expect([...routes.topLevel.keys()].some((name) => name.startsWith('['))).toBe(false);
    expect(routes.sections.get('tin-tuc')?.paginated).toBe(true);
    expect(routes.sections.get('thong-bao')?.fixed.has('rss.xml')).toBe(true);
    expect(routes.sections.get('lich-lam-viec')?.fixed.has('lich.ics')).toBe(true);
    expect(routes.sections.get('van-ban')?.paginated).toBe(false);
  });
});

describe('routeCollisions', () => {
  const entry = (collection: string, id: string) => ({ collection, id, shown: `content/${collection}/${id}.md` });

  it('finds nothing in ordinary names', () => {
    expect(routeCollisions([entry('pages', 'gioi-thieu'), entry('articles', 'hop-giao-ban-2024'), entry('albums', 'le-hoi-2025')], [], routes)).toEqual([]);
  });

  it('stops a page that takes a section of the site, naming both', () => {
    const problems = routeCollisions([entry('pages', 'tin-tuc'), entry('pages', 'admin'), entry('pages', 'pagefind')], [], routes);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^địa chỉ \/tin-tuc\/ trùng với một phần của cổng \(src\/pages\/tin-tuc\)/),
      expect.stringMatching(/^địa chỉ \/admin\/ trùng với một phần của cổng \(src\/pages\/admin\)/),
      expect.stringMatching(/^địa chỉ \/pagefind\/ trùng với một phần của cổng \(tệp do bước xây dựng tạo ra\)/),
    ]);
    expect(problems[0]!.file).toBe('content/pages/tin-tuc.md');
  });

  it('stops an entry named like a page of its section’s list', () => {
    const problems = routeCollisions([entry('articles', '2'), entry('notices', '15'), entry('albums', '3'), entry('documents', '2024')], [], routes);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^địa chỉ \/tin-tuc\/2\/ trùng với trang 2 của danh sách \/tin-tuc\//),
      expect.stringMatching(/^địa chỉ \/thong-bao\/15\/ trùng với trang 15/),
      expect.stringMatching(/^địa chỉ \/thu-vien-anh\/3\/ trùng với trang 3/),
    ]);
  });

  it('stops two files published at one address, naming both', () => {
    const problems = routeCollisions(
      [],
      [
        { url: '/tep/thong-bao/tb/a.pdf', shown: 'content/notices/tb/index.md', field: 'attachments[0].file', line: 5 },
        { url: '/tep/thong-bao/tb/a.pdf', shown: 'content/notices/tb/index.md', field: 'attachments[1].file', line: 7 },
        { url: '/tep/thong-bao/tb/b.pdf', shown: 'content/notices/tb/index.md', field: 'attachments[2].file', line: 9 },
      ],
      routes,
    );
    expect(problems).toEqual([
      {
        file: 'content/notices/tb/index.md',
        line: 7,
        field: 'attachments[1].file',
        message: 'tệp sẽ đăng tại /tep/thong-bao/tb/a.pdf, trùng địa chỉ với tệp của content/notices/tb/index.md (trường "attachments[0].file"); hãy đổi tên một trong hai tệp',
      },
    ]);
  });
});
