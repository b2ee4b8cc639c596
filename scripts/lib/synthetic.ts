/**
 * A synthetic portal for benchmarks: N articles of varied, Vietnamese-looking
 * text over every category and ten years, plus notices, written into a
 * content folder next to a copy of the sample portal's site.yaml and pages
 * (tests/fixtures/sample, which stays when a unit replaces content/).
 * Deterministic: the same N gives the same portal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { slugify } from '../../src/model/slugify.ts';

/** mulberry32: a small seeded PRNG, so runs are comparable. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'UBND xã',
  'Hội Nông dân',
  'Đoàn Thanh niên',
  'Hội Liên hiệp Phụ nữ',
  'Trạm Y tế',
  'Công an xã',
  'Ban Chỉ huy Quân sự',
  'Mặt trận Tổ quốc',
  'Trường Tiểu học',
  'Hợp tác xã',
  'Bộ phận Một cửa',
  'Chi bộ thôn',
  'Hội Cựu chiến binh',
  'Ban Quản lý chợ',
  'Thôn Đồng Tâm',
  'Thôn Bến Đá',
  'Thôn Tân Lập',
  'Thôn Hòa Hiệp',
];
const ACTIONS = [
  'triển khai',
  'tổng kết',
  'sơ kết',
  'kiểm tra',
  'tập huấn',
  'ra quân',
  'phát động',
  'hướng dẫn',
  'hoàn thành',
  'đẩy mạnh',
  'tuyên truyền',
  'tiếp nhận',
  'giải quyết',
  'khánh thành',
  'khởi công',
  'đánh giá',
  'rà soát',
  'công bố',
];
const OBJECTS = [
  'cải cách hành chính',
  'chuyển đổi số',
  'dịch vụ công trực tuyến',
  'xây dựng nông thôn mới',
  'phòng cháy chữa cháy',
  'tiêm chủng mở rộng',
  'sản xuất lúa vụ Đông Xuân',
  'đường giao thông nông thôn',
  'an ninh trật tự',
  'vệ sinh môi trường',
  'hồ sơ đất đai',
  'chính sách an sinh xã hội',
  'sản phẩm OCOP',
  'nước sạch nông thôn',
  'xóa nhà tạm, nhà dột nát',
  'chỉ số PAR Index',
  'khảo sát SIPAS',
  'bầu cử đại biểu',
  'phong trào thể dục thể thao',
  'học tập suốt đời',
];
const WHEN = ['năm', 'quý I', 'quý II', 'quý III', 'quý IV', '6 tháng đầu năm', '9 tháng', 'tháng 3', 'tháng 8', 'đợt 2'];
const WORDS =
  'người dân doanh nghiệp hồ sơ thủ tục kết quả kế hoạch nhiệm vụ giải pháp hội nghị cán bộ công chức lãnh đạo chỉ đạo phối hợp thực hiện triển khai đúng hạn trước hạn trễ hạn tiếp nhận giải quyết trực tuyến một cửa liên thông địa bàn thôn xóm gia đình hộ nghèo cận nghèo chính sách ngân sách nguồn vốn công trình đường làng kênh mương đồng ruộng mùa vụ năng suất sản lượng giống lúa rau màu chăn nuôi tiêm phòng dịch bệnh trường học học sinh giáo viên trạm y tế bảo hiểm y tế an ninh quốc phòng dân quân tự vệ thanh niên phụ nữ cựu chiến binh đoàn viên hội viên đảng viên chi bộ nghị quyết tuyên truyền vận động hưởng ứng phong trào thi đua khen thưởng biểu dương tập thể cá nhân tiêu biểu hiệu quả chất lượng nâng cao tăng cường đẩy mạnh duy trì ổn định phát triển bền vững môi trường nước sạch điện chiếu sáng camera chuyển đổi số nền tảng ứng dụng điện thoại tài khoản định danh điện tử thanh toán không dùng tiền mặt'.split(
    ' ',
  );
const TAGS = [
  'cải cách hành chính',
  'chuyển đổi số',
  'dịch vụ công',
  'nông thôn mới',
  'an sinh xã hội',
  'y tế',
  'giáo dục',
  'nông nghiệp',
  'giao thông',
  'an ninh trật tự',
  'môi trường',
  'thi đua khen thưởng',
];

/** Public services an article may point readers to (link text, address). */
const LINKS = [
  ['Cổng Dịch vụ công quốc gia', 'https://dichvucong.gov.vn/'],
  ['ứng dụng VNeID', 'https://vneid.gov.vn/'],
  ['Cổng thông tin điện tử Chính phủ', 'https://chinhphu.vn/'],
  ['Bảo hiểm xã hội Việt Nam', 'https://baohiemxahoi.gov.vn/'],
] as const;

export interface SyntheticOptions {
  articles: number;
  out: string;
  /** Content folder whose site.yaml, media, pages and cover photos are copied (default: the sample portal). */
  from?: string;
  seed?: number;
  /** Share of articles (0–1) kept as a folder with a cover photo taken from the sample. */
  photos?: number;
}

/** The sample's cover photos, to reuse in synthetic articles. */
function samplePhotos(from: string): string[] {
  const dir = path.join(from, 'articles');
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('anh-bia.jpg'))
    .map((f) => path.join(dir, f))
    .sort();
}

/** Picks, numbers, sentences and paragraphs drawn from one generator. */
function writer(rand: () => number) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const sentence = () => {
    const words = Array.from({ length: int(8, 22) }, () => pick(WORDS));
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}${rand() < 0.2 ? `, đạt ${int(60, 100)},${int(0, 99)}%` : ''}.`;
  };
  const paragraph = () => Array.from({ length: int(2, 5) }, sentence).join(' ');
  return { pick, int, sentence, paragraph };
}

const SAMPLE = path.join(import.meta.dirname, '../../tests/fixtures/sample');

export function writeSyntheticPortal({ articles, out, from = SAMPLE, seed = 7, photos = 0 }: SyntheticOptions) {
  const rand = random(seed);
  const { pick, int, sentence, paragraph } = writer(rand);
  // What real articles hold besides prose, drawn from a second generator so the prose stays as before:
  // a third link to a public service, a fifth a list, a tenth a bold line, one in twenty a table.
  const extraRand = random(seed + 1);
  const extra = writer(extraRand);
  const extras = () => {
    const parts: string[] = [];
    if (extraRand() < 0.33) {
      const [text, href] = extra.pick(LINKS);
      parts.push(`Người dân có thể tra cứu và nộp hồ sơ trên [${text}](${href}).`);
    }
    if (extraRand() < 0.2) parts.push(Array.from({ length: extra.int(3, 5) }, () => `- ${extra.sentence()}`).join('\n'));
    if (extraRand() < 0.1) parts.push(`**${extra.sentence()}**`);
    if (extraRand() < 0.05) {
      const rows = Array.from({ length: extra.int(3, 6) }, () => `| ${extra.pick(SUBJECTS)} | ${extra.int(10, 500)} | ${extra.int(60, 100)}% |`);
      parts.push(['| Đơn vị | Số hồ sơ | Tỷ lệ đúng hạn |', '| --- | ---: | ---: |', ...rows].join('\n'));
    }
    return parts.map((part) => `\n\n${part}`).join('');
  };

  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  for (const item of ['site.yaml', 'media', 'pages']) fs.cpSync(path.join(from, item), path.join(out, item), { recursive: true });
  const site = fs.readFileSync(path.join(from, 'site.yaml'), 'utf8');
  const categories = [...site.matchAll(/^  - slug: ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
  const covers = photos > 0 ? samplePhotos(from) : [];
  const now = new Date();
  const summary = () => {
    const text = `${sentence()} ${sentence()}`;
    return text.length > 250 ? `${text.slice(0, 249).replace(/\s+\S*$/, '')}.` : text;
  };

  for (let i = 0; i < articles; i++) {
    const title = `${pick(SUBJECTS)} ${pick(ACTIONS)} ${pick(OBJECTS)} ${pick(WHEN)} ${2016 + (i % 10)}`;
    const slug = `${slugify(title)}-${i}`;
    const date = new Date(now.getTime() - rand() * 10 * 365 * 86400e3);
    const day = date.toISOString().slice(0, 10);
    const body =
      Array.from({ length: int(2, 6) }, (_, s) => `## ${pick(ACTIONS)} ${pick(OBJECTS)} (phần ${s + 1})\n\n${Array.from({ length: int(1, 3) }, paragraph).join('\n\n')}`).join(
        '\n\n',
      ) + extras();
    const yearDir = path.join(out, 'articles', day.slice(0, 4));
    const withPhoto = covers.length > 0 && rand() < photos;
    const file = withPhoto ? path.join(yearDir, slug, 'index.md') : path.join(yearDir, `${slug}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    let cover = '';
    if (withPhoto) {
      fs.copyFileSync(pick(covers), path.join(path.dirname(file), 'anh-bia.jpg'));
      cover = `cover:\n  src: ./anh-bia.jpg\n  alt: "Quang cảnh ${pick(OBJECTS)} tại ${pick(SUBJECTS)}"\n`;
    }
    fs.writeFileSync(
      file,
      `---\ntitle: "${title}"\ndate: ${day}\ncategory: ${categories[i % categories.length]}\nsummary: "${summary()}"\n${cover}author: "Ban biên tập"\ntags: ["${pick(TAGS)}", "${pick(TAGS)}"]\n---\n\n${body}\n`,
    );
  }
  const noticeDir = path.join(out, 'notices', 'tong-hop');
  fs.mkdirSync(noticeDir, { recursive: true });
  for (let i = 0; i < Math.max(5, Math.round(articles / 20)); i++) {
    const title = `Thông báo ${pick(ACTIONS)} ${pick(OBJECTS)} số ${i + 1}/TB-UBND`;
    const day = new Date(now.getTime() - rand() * 5 * 365 * 86400e3).toISOString().slice(0, 10);
    fs.writeFileSync(path.join(noticeDir, `thong-bao-so-${i + 1}.md`), `---\ntitle: "${title}"\ndate: ${day}\n---\n\n${paragraph()}\n`);
  }
}
