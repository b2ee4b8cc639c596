/**
 * Content is untrusted input: a pull request is built as a public preview
 * before anyone reviews it. A path written in content may only name a file of
 * the content folder (src/files/content-files.ts). Each payload here points
 * outside it: a symbolic link to /proc/self/environ (the build's environment,
 * deploy tokens included), to /etc/passwd or to a file beside the content
 * folder, `..` escapes and absolute paths, in every field that names a file,
 * and Markdown files or folders that are links.
 *
 * `npm run build` stops each one in the content check, naming file, line and
 * field, and writes nothing. Then the same payloads are built with
 * `astro build` alone, as if the check had been skipped: the pages' side of
 * the same rule refuses them too, and no byte of the secret reaches the output.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, FIXTURES, listFiles, makePortal, ROOT, withoutColours } from '../helpers/portal.ts';

/** A value only the build's environment holds; /proc/self/environ of the build would carry it. */
const SECRET = `bi-mat-${crypto.randomBytes(8).toString('hex')}`;
const PHOTO = fs.readFileSync(path.join(FIXTURES, 'bad-input/missing-photo-alt/articles/2024/anh-khong-mo-ta/anh.jpg'));
/** The photo outside: Astro names its variants after it, so a published variant would carry this name. */
const PHOTO_NAME = `anh-ngoai-${crypto.randomBytes(6).toString('hex')}`;

/** A folder beside every test portal, outside its content folder, holding files with the secret. */
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ngoai-noi-dung-'));
fs.writeFileSync(path.join(outside, 'bi-mat.pdf'), `%PDF-1.4\n${SECRET}\n`);
fs.writeFileSync(path.join(outside, `${PHOTO_NAME}.jpg`), PHOTO);
fs.writeFileSync(path.join(outside, 'bieu-trung.svg'), `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>${SECRET}</title></svg>`);
fs.writeFileSync(
  path.join(outside, 'bai-ngoai.md'),
  `---\ntitle: "Bài nằm ngoài"\ndate: 2024-05-10\ncategory: kinh-te\nsummary: "Bài viết nằm ngoài thư mục nội dung, không được đăng lên cổng."\nauthor: "Không rõ"\n---\n\n${SECRET}\n`,
);
fs.mkdirSync(path.join(outside, 'thu-muc'));
fs.copyFileSync(path.join(outside, 'bai-ngoai.md'), path.join(outside, 'thu-muc/bai-trong-thu-muc.md'));

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
const notice = (title: string, file: string) => `---\ntitle: "${title}"\ndate: 2024-05-10\nattachments:\n  - file: ${file}\n---\n\nNội dung thông báo.\n`;
const article = (title: string, extra: string, body = 'Nội dung bài viết.') =>
  `---\ntitle: "${title}"\ndate: 2024-05-10\ncategory: kinh-te\nsummary: "Bài viết dùng để kiểm thử đường dẫn tệp ra ngoài thư mục nội dung."\nauthor: "Ban biên tập"\n${extra}---\n\n${body}\n`;
/** `../` enough times to leave a content folder from `folder` inside it, then into `outside`. */
const toOutside = (content: string, folder: string, name: string) => path.relative(path.join(content, folder), path.join(outside, name));

interface Payload {
  name: string;
  /** Lays the payload over a fresh copy of the minimal portal. */
  lay: (content: string) => void;
  /** The file (relative to the content folder), line and message the check must give. */
  file: string;
  message: RegExp;
}

const payloads: Payload[] = [
  {
    name: 'an attachment linked to /proc/self/environ',
    lay: (content) => {
      write(path.join(content, 'notices/2024/tep-lien-ket/index.md'), notice('Thông báo có tệp là liên kết', './danh-sach.pdf'));
      fs.symlinkSync('/proc/self/environ', path.join(content, 'notices/2024/tep-lien-ket/danh-sach.pdf'));
    },
    file: 'notices/2024/tep-lien-ket/index.md:5: trường "attachments[0].file"',
    message: /tệp «\.\/danh-sach\.pdf» là liên kết \(symlink\) trỏ ra ngoài thư mục nội dung, không được đăng/,
  },
  {
    name: 'a document file linked to /etc/passwd',
    lay: (content) => {
      write(
        path.join(content, 'documents/2024/van-ban-lien-ket/index.md'),
        `---\nnumber: 06/KH-UBND\ntype: Kế hoạch\ntitle: "Kế hoạch có tệp là liên kết"\nissuer: UBND xã\nsigner: "Chủ tịch UBND xã"\nissued: 2024-05-10\nfiles:\n  - file: ./ke-hoach.pdf\n---\n`,
      );
      fs.symlinkSync('/etc/passwd', path.join(content, 'documents/2024/van-ban-lien-ket/ke-hoach.pdf'));
    },
    file: 'documents/2024/van-ban-lien-ket/index.md:9: trường "files[0].file"',
    message: /là liên kết \(symlink\) trỏ ra ngoài thư mục nội dung/,
  },
  {
    name: 'an attachment reached with ../',
    lay: (content) => write(path.join(content, 'notices/2024/tep-ngoai/index.md'), notice('Thông báo có tệp ở ngoài', toOutside(content, 'notices/2024/tep-ngoai', 'bi-mat.pdf'))),
    file: 'notices/2024/tep-ngoai/index.md:5: trường "attachments[0].file"',
    message: /có «\.\.» \(ra khỏi thư mục của bài\); hãy chép tệp vào cạnh tệp \.md của bài/,
  },
  {
    name: 'an attachment given as an absolute path',
    lay: (content) => write(path.join(content, 'notices/2024/tep-tuyet-doi/index.md'), notice('Thông báo có đường dẫn tuyệt đối', path.join(outside, 'bi-mat.pdf'))),
    file: 'notices/2024/tep-tuyet-doi/index.md:5: trường "attachments[0].file"',
    message: /là đường dẫn tuyệt đối hoặc địa chỉ; chỉ ghi tên tệp đặt cạnh bài/,
  },
  {
    name: 'a cover reached with ../',
    lay: (content) => {
      const folder = 'articles/2024/anh-bia-ngoai';
      write(path.join(content, folder, 'index.md'), article('Bài có ảnh bìa ở ngoài', `cover:\n  src: ${toOutside(content, folder, `${PHOTO_NAME}.jpg`)}\n  alt: "Ảnh bìa"\n`));
    },
    file: 'articles/2024/anh-bia-ngoai/index.md:7: trường "cover.src"',
    message: /có «\.\.» \(ra khỏi thư mục của bài\)/,
  },
  {
    name: 'a gallery photo linked to a photo outside',
    lay: (content) => {
      const folder = path.join(content, 'articles/2024/bo-anh-lien-ket');
      write(path.join(folder, 'index.md'), article('Bài có ảnh là liên kết', 'gallery:\n  - src: ./anh-1.jpg\n    caption: "Ảnh hội nghị"\n'));
      fs.symlinkSync(path.join(outside, `${PHOTO_NAME}.jpg`), path.join(folder, 'anh-1.jpg'));
    },
    file: 'articles/2024/bo-anh-lien-ket/index.md:7: trường "gallery[0].src"',
    message: /tệp «\.\/anh-1\.jpg» là liên kết \(symlink\) trỏ ra ngoài thư mục nội dung/,
  },
  {
    name: 'a photo in the text reached with ../',
    lay: (content) => {
      const folder = 'articles/2024/anh-trong-bai-ngoai';
      write(
        path.join(content, folder, 'index.md'),
        article('Bài có ảnh trong nội dung ở ngoài', '', `Đoạn mở đầu.\n\n![Ảnh hội nghị](${toOutside(content, folder, `${PHOTO_NAME}.jpg`)})`),
      );
    },
    file: 'articles/2024/anh-trong-bai-ngoai/index.md:11: trường "nội dung"',
    message: /có «\.\.» \(ra khỏi thư mục của bài\)/,
  },
  {
    name: 'the emblem linked to a file outside',
    lay: (content) => {
      fs.rmSync(path.join(content, 'media/quoc-huy.svg'));
      fs.symlinkSync(path.join(outside, 'bieu-trung.svg'), path.join(content, 'media/quoc-huy.svg'));
    },
    file: 'site.yaml:8: trường "emblem"',
    message: /tệp «\.\/media\/quoc-huy\.svg» là liên kết \(symlink\) trỏ ra ngoài thư mục nội dung/,
  },
  {
    name: 'a Markdown file that is a link',
    lay: (content) => fs.symlinkSync(path.join(outside, 'bai-ngoai.md'), path.join(content, 'articles/2024/bai-lien-ket.md')),
    file: 'articles/2024/bai-lien-ket.md',
    message: /đây là liên kết \(symlink\), không phải tệp hay thư mục thật/,
  },
  {
    name: 'a folder of articles that is a link',
    lay: (content) => fs.symlinkSync(path.join(outside, 'thu-muc'), path.join(content, 'articles/2023')),
    file: 'articles/2023',
    message: /đây là liên kết \(symlink\), không phải tệp hay thư mục thật/,
  },
];

/** Every file of `dir` whose bytes hold the secret, or whose name is the outside photo's. */
function filesWithSecret(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return listFiles(dir).filter((file) => file.includes(PHOTO_NAME) || fs.readFileSync(path.join(dir, file)).includes(SECRET));
}

const env = { UNTRUSTED_CONTENT_SECRET: SECRET };

describe('paths out of the content folder stop the build', () => {
  it.each(payloads)('$name', ({ lay, file, message }) => {
    const content = makePortal();
    lay(content);
    const outDir = path.join(os.tmpdir(), `portal-out-${crypto.randomBytes(4).toString('hex')}`);
    const { status, output } = build(content, outDir, { ...env, PORTAL_CACHE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cache-')) });
    expect(status, output).not.toBe(0);
    const line = output.split('\n').find((l) => l.includes(path.join(path.relative(ROOT, content), file)));
    expect(line, output).toBeDefined();
    expect(line).toMatch(message);
    expect(output).not.toContain(SECRET);
    expect(fs.existsSync(outDir), 'nothing may be published').toBe(false);
  });
});

/** `astro build` alone, skipping the content check (scripts/build.ts would run it first). */
function astroBuild(content: string, outDir: string) {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      PORTAL_CONTENT_DIR: content,
      PORTAL_CHECK_GATE: 'skip',
      PORTAL_CACHE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cache-')),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  return { status: result.status, output: withoutColours(`${result.stdout}\n${result.stderr}`) };
}

describe('with the check skipped, the pages refuse the same paths', () => {
  // One build per way in: the attachments' route, the photo fields of the content sync, the Markdown photo
  // step, the emblem, and the Markdown files themselves.
  const groups: [string, string[], 'fails' | 'builds'][] = [
    ['attachments', ['an attachment linked to /proc/self/environ', 'a document file linked to /etc/passwd'], 'fails'],
    ['a cover', ['a cover reached with ../'], 'fails'],
    ['a gallery photo', ['a gallery photo linked to a photo outside'], 'fails'],
    ['a photo in the text', ['a photo in the text reached with ../'], 'fails'],
    ['the emblem', ['the emblem linked to a file outside'], 'fails'],
    // Linked Markdown files and folders are not read: the portal builds without them.
    ['Markdown links', ['a Markdown file that is a link', 'a folder of articles that is a link'], 'builds'],
  ];
  it.each(groups)('%s', (_, names, outcome) => {
    const content = makePortal();
    for (const name of names) payloads.find((p) => p.name === name)!.lay(content);
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-out-'));
    const { status, output } = astroBuild(content, outDir);
    if (outcome === 'fails') {
      expect(status, output).not.toBe(0);
      expect(output).toMatch(/không được đăng|ra khỏi thư mục|liên kết \(symlink\)/);
    } else {
      expect(status, output).toBe(0);
      expect(fs.existsSync(path.join(outDir, 'tin-tuc/bai-hop-le/index.html'))).toBe(true);
      expect(fs.existsSync(path.join(outDir, 'tin-tuc/bai-lien-ket'))).toBe(false);
    }
    expect(filesWithSecret(outDir)).toEqual([]);
    expect(fs.readFileSync('/etc/passwd', 'utf8')).toMatch(/^root:/);
    expect(listFiles(outDir).filter((file) => fs.readFileSync(path.join(outDir, file)).includes('root:x:0:0'))).toEqual([]);
  });
});
