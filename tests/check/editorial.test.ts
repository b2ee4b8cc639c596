import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenInternalLink, checkBodies, checkBody, readBody, routeSections, type LinkTargets } from '../../src/check/editorial.ts';
import { ROOT } from '../helpers/portal.ts';

const targets: LinkTargets = {
  articles: new Set(['hop-giao-ban']),
  notices: new Set(['lich-tiep-dan']),
  pages: new Set(['gioi-thieu']),
  categories: new Set(['kinh-te']),
  tags: new Set(['chuyen-doi-so']),
  sections: new Set(['tim-kiem', 'so-do-trang', 'thu-vien-anh', 'rss.xml']),
};
const problems = (body: string, firstLine = 10) => checkBody(body, firstLine, targets);

describe('brokenInternalLink', () => {
  it.each([
    '/',
    '/tin-tuc/',
    '/tin-tuc/hop-giao-ban/',
    '/tin-tuc/hop-giao-ban/#ket-qua',
    '/tin-tuc/2/',
    '/thong-bao/lich-tiep-dan/',
    '/chuyen-muc/kinh-te/',
    '/chuyen-muc/kinh-te/rss.xml',
    '/the/chuyen-doi-so/',
    '/gioi-thieu/',
    '/tim-kiem/?q=cai+cach',
    '/thu-vien-anh/mot-album/',
    '/rss.xml',
  ])('%s resolves', (href) => {
    expect(brokenInternalLink(href, targets)).toBeUndefined();
  });
  it.each([
    ['/tin-tuc/khong-co/', 'bài viết «khong-co»'],
    ['/thong-bao/khong-co/', 'thông báo «khong-co»'],
    ['/chuyen-muc/the-thao/', 'chuyên mục «the-thao»'],
    ['/the/khong-co/', 'từ khóa «khong-co»'],
    ['/trang-la/', 'một trang không có trên cổng'],
  ])('%s is broken', (href, what) => {
    expect(brokenInternalLink(href, targets)).toContain(what);
  });
});

describe('routeSections', () => {
  it('reads the first path segments served by src/pages, leaving dynamic routes out', () => {
    const sections = routeSections(path.join(ROOT, 'src/pages'));
    for (const name of ['tin-tuc', 'thong-bao', 'tim-kiem', 'so-do-trang', 'admin', 'rss.xml', 'sitemap.xml']) expect(sections.has(name), name).toBe(true);
    expect([...sections].some((name) => name.startsWith('['))).toBe(false);
  });
});

describe('checkBody', () => {
  it('accepts a well-formed body', () => {
    expect(problems('Mở đầu.\n\n## Mục một\n\nNội dung.\n\n### Mục nhỏ\n\nNội dung.\n\n## Mục hai\n\n- ý một\n')).toEqual([]);
  });

  it('counts lines from the start of the file', () => {
    expect(problems('Mở đầu.\n\n# Tiêu đề\n\nNội dung.\n', 10)).toEqual([{ line: 12, message: expect.stringContaining('tiêu đề cấp 1') }]);
  });

  it('asks the first heading to be level 2 and levels to go down one at a time', () => {
    expect(problems('### Mục\n\nNội dung.\n\n## Hai\n\nx\n\n#### Bốn\n\nx\n', 1)).toEqual([
      { line: 1, message: 'mục đầu tiên phải là tiêu đề cấp 2 (## …), không phải ###; hãy đổi thành ##' },
      { line: 9, message: 'tiêu đề #### nhảy cấp sau ##; hãy dùng ### (mỗi lần chỉ xuống một cấp)' },
    ]);
  });

  it('finds empty sections, including one at the end, but not a section whose content is a sub-section', () => {
    const found = problems('## Một\n\n## Hai\n\n### Hai a\n\nx\n\n## Ba\n', 1).map((p) => p.line);
    expect(found).toEqual([1, 9]);
  });

  it('does not take a heading inside a code block for a heading', () => {
    expect(problems('## Mục\n\n```\n# không phải tiêu đề\n```\n', 1)).toEqual([]);
  });

  it('reports unsafe links and raw HTML on their own line', () => {
    const found = problems('## Mục\n\nĐoạn.\n\n[x](javascript:alert(1))\n\n<div>\n<p>a</p>\n<script>x</script>\n</div>\n', 1);
    expect(found.map((p) => p.line)).toEqual([5, 9]);
    expect(found[1]!.message).toContain('thẻ <script>');
  });

  it('refuses relative links (the site does not publish them) and raw <img> of local photos', () => {
    const found = problems('## Mục\n\n[mẫu](./mau.docx) <img src="./a.jpg" alt="A">\n', 1);
    expect(found.map((p) => p.message)).toEqual([expect.stringContaining('liên kết tương đối «./mau.docx»'), expect.stringContaining('viết bằng thẻ <img>')]);
  });
});

describe('reference-style Markdown', () => {
  it('checks a reference link with the address of its definition', () => {
    const body = ['Xem [hướng dẫn][hd] và [biểu mẫu].', '', '[hd]: javascript:alert(1)', '[biểu mẫu]: ./bieu-mau.pdf'].join('\n');
    expect(problems(body)).toEqual([
      { line: 10, message: expect.stringMatching(/^liên kết «javascript:alert\(1\)» không an toàn/) },
      { line: 10, message: expect.stringMatching(/^liên kết tương đối «\.\/bieu-mau\.pdf» sẽ không hoạt động/) },
    ]);
  });
  it('lists a reference link inside the portal with the other internal links', () => {
    expect(problems('Xem [bài][b].\n\n[b]: /tin-tuc/khong-co/')).toEqual([{ line: 10, message: expect.stringMatching(/bài viết «khong-co» không có trên trang/) }]);
  });
  it('refuses photos written as references, local or not, and leaves an undefined reference as text', () => {
    const body = ['![Toàn cảnh][a]', '', '![Theo dõi][b] và ![không định nghĩa][c]', '', '[a]: ./anh.jpg', '[b]: http://theo-doi.example.net/x.png'].join('\n');
    expect(problems(body)).toEqual([
      { line: 10, message: expect.stringMatching(/^ảnh viết kiểu tham chiếu «!\[Toàn cảnh\]\[a\]» không được đăng/) },
      { line: 12, message: expect.stringMatching(/^ảnh viết kiểu tham chiếu «!\[Theo dõi\]\[b\]» không được đăng/) },
    ]);
  });
  it('returns the body’s inline photos with their line in the file', () => {
    expect(readBody('Mở đầu.\n\n![Toàn cảnh](./anh-2.jpg "Chú thích")', 8).photos).toEqual([{ alt: 'Toàn cảnh', src: './anh-2.jpg', title: 'Chú thích', line: 10 }]);
  });
});

describe('checkBodies', () => {
  it('links entries to each other and names the file and field', () => {
    const entry = (id: string, body: string) => ({ shown: `content/articles/${id}.md`, collection: 'articles', id, tags: ['Chuyển đổi số'], reading: readBody(body, 8) });
    const found = checkBodies([entry('mot', '## A\n\n[hai](/tin-tuc/hai/) [tag](/the/chuyen-doi-so/)\n'), entry('hai', '## B\n\n[ba](/tin-tuc/ba/)\n')], ['kinh-te']);
    expect(found).toEqual([{ file: 'content/articles/hai.md', line: 10, field: 'nội dung', message: expect.stringContaining('bài viết «ba»') }]);
  });
});
