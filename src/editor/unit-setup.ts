/**
 * `npm run init`: what a unit's answers become. The unit's identity
 * (content/site.yaml), its standard pages (introduction, contact,
 * accessibility statement, privacy, English page) and an emblem to stand in
 * until the unit adds its own, written from the answers alone: what cannot be
 * known yet is left out, never filled with text to replace later.
 *
 * scripts/init.ts asks the questions and writes the files; this module only
 * turns answers into text, and checks the answers with the site schema's own
 * rules, so that init cannot write a site.yaml the content check refuses.
 */
import { dump } from 'js-yaml';
import { siteSchema } from '../model/schemas/index.ts';
import { slugify } from '../model/slugify.ts';

export interface UnitAnswers {
  /** Full name: «Ủy ban nhân dân xã Tân Lập». */
  fullName: string;
  /** Short name: «UBND xã Tân Lập». */
  name: string;
  /** The level above: «Tỉnh Đắk Lắk». */
  parent: string;
  /** The portal's address: https://… */
  url: string;
  email: string;
  phone: string;
  address: string;
  /** GitHub repository the web editor saves to: owner/name. */
  repository?: string;
  /** Who answers for the content (footer, contact page), when known. */
  responsibleName?: string;
  responsibleTitle?: string;
}

/** What the answers are asked as, with their flags, in the order asked. */
export const QUESTIONS: { key: keyof UnitAnswers; flag: string; label: string; example: string; required: boolean }[] = [
  { key: 'fullName', flag: 'name', label: 'Tên đầy đủ của cơ quan', example: 'Ủy ban nhân dân xã Tân Lập', required: true },
  { key: 'name', flag: 'short', label: 'Tên ngắn', example: 'UBND xã Tân Lập', required: true },
  { key: 'parent', flag: 'parent', label: 'Cấp trên', example: 'Tỉnh Đắk Lắk', required: true },
  { key: 'url', flag: 'url', label: 'Địa chỉ cổng thông tin', example: 'https://tanlap.daklak.gov.vn', required: true },
  { key: 'email', flag: 'email', label: 'Thư điện tử của cơ quan', example: 'ubndtanlap@daklak.gov.vn', required: true },
  { key: 'phone', flag: 'phone', label: 'Số điện thoại', example: '0262 3812 345', required: true },
  { key: 'address', flag: 'address', label: 'Địa chỉ trụ sở', example: 'Số 1 đường Trung tâm, xã Tân Lập, tỉnh Đắk Lắk', required: true },
  { key: 'repository', flag: 'repo', label: 'Kho GitHub của cổng (chủ/tên)', example: 'ubnd-tan-lap/cong-thong-tin', required: false },
  { key: 'responsibleName', flag: 'responsible', label: 'Họ tên người chịu trách nhiệm nội dung', example: 'Nguyễn Văn An', required: false },
  { key: 'responsibleTitle', flag: 'responsible-title', label: 'Chức vụ người chịu trách nhiệm nội dung', example: 'Phó Chủ tịch UBND xã', required: false },
];

/** Why one answer cannot be used (in Vietnamese), or undefined. Uses the site schema's own rules. */
export function answerProblem(key: keyof UnitAnswers, value: string | undefined): string | undefined {
  const question = QUESTIONS.find((q) => q.key === key)!;
  const text = value?.trim() ?? '';
  if (!text) return question.required ? `cần nhập ${question.label.toLowerCase()}, ví dụ «${question.example}»` : undefined;
  const field = { fullName: 'fullName', name: 'name', parent: 'parent', url: 'url', email: 'email', phone: 'phone', address: 'address', repository: 'repository' }[key as string];
  if (field) {
    const result = siteSchema.shape[field as 'name'].safeParse(text);
    if (!result.success) return result.error.issues[0]!.message;
  }
  if (key === 'responsibleName' || key === 'responsibleTitle') return text.length > 120 ? `${question.label.toLowerCase()} quá dài` : undefined;
  return undefined;
}

/** Every problem of a set of answers, one line each; empty when init may go ahead. */
export function answerProblems(answers: Partial<UnitAnswers>): string[] {
  const problems = QUESTIONS.map((q) => answerProblem(q.key, answers[q.key])).filter((p): p is string => Boolean(p));
  if (Boolean(answers.responsibleName?.trim()) !== Boolean(answers.responsibleTitle?.trim())) {
    problems.push('người chịu trách nhiệm nội dung cần cả họ tên (--responsible) và chức vụ (--responsible-title), hoặc bỏ cả hai');
  }
  return problems;
}

/** The unit's level and place, read from its full name: «Ủy ban nhân dân xã Tân Lập» → xã, Tân Lập. */
export function levelOf(fullName: string): { level: string; place: string } | undefined {
  const match = /^(?:ủy|uỷ) ban nhân dân\s+(xã|phường|đặc khu|thị trấn|tỉnh|thành phố)\s+(.+)$/iu.exec(fullName.trim().normalize('NFC'));
  return match ? { level: match[1]!.toLowerCase(), place: match[2]!.trim() } : undefined;
}

const ENGLISH_LEVEL: Record<string, string> = {
  xã: 'Commune',
  phường: 'Ward',
  'đặc khu': 'Special Zone',
  'thị trấn': 'Township',
  tỉnh: 'Province',
  'thành phố': 'City',
};

/** A Vietnamese proper name without its tones, as English text writes it: «Đắk Lắk» → «Dak Lak». */
function latin(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** «Ủy ban nhân dân xã Tân Lập», «Tỉnh Đắk Lắk» → «People's Committee of Tan Lap Commune, Dak Lak Province»; undefined when the names do not read so. */
export function englishName(fullName: string, parent: string): string | undefined {
  const unit = levelOf(fullName);
  const above = /^(tỉnh|thành phố)\s+(.+)$/iu.exec(parent.trim().normalize('NFC'));
  if (!unit) return undefined;
  const own = `People's Committee of ${latin(unit.place)} ${ENGLISH_LEVEL[unit.level]}`;
  return above ? `${own}, ${latin(above[2]!)} ${ENGLISH_LEVEL[above[1]!.toLowerCase()]}` : own;
}

/** `tel:` form of a phone number written for people: «0262 3812 345» → «+842623812345». */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, '');
  return `tel:${digits.startsWith('0') ? `+84${digits.slice(1)}` : digits}`;
}

const clean = (answers: UnitAnswers): UnitAnswers =>
  Object.fromEntries(Object.entries(answers).map(([key, value]) => [key, typeof value === 'string' ? value.trim().normalize('NFC') : value])) as unknown as UnitAnswers;

/** The emblem file init writes: a plain mark with no one's insignia, to be replaced by the unit's own. */
export const EMBLEM_FILE = 'media/bieu-trung.svg';

/** A plain round mark (a star on red, gold ring), titled with the unit's name. */
export function standInEmblem(name: string): string {
  const title = name.replace(/[<>&"]/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" role="img" aria-labelledby="t">
<title id="t">Biểu trưng ${title}</title>
<circle cx="50" cy="50" r="49" fill="#d4a017"/>
<circle cx="50" cy="50" r="44" fill="#c8102e"/>
<polygon fill="#ffd700" points="50,16 58.2,39.6 83.3,40.2 63.3,55.4 70.6,79.4 50,65.2 29.4,79.4 36.7,55.4 16.7,40.2 41.8,39.6"/>
</svg>
`;
}

/** The categories every unit starts with (the guide shows how to change them), with words for its level. */
function categories(level: string) {
  return [
    { slug: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính', description: 'Kế hoạch, kết quả cải cách hành chính, chỉ số PAR Index, SIPAS, PAPI và thống kê hồ sơ.' },
    { slug: 'kinh-te', name: 'Kinh tế', description: 'Sản xuất, thương mại, dịch vụ, xây dựng và phát triển hạ tầng.' },
    { slug: 'van-hoa-xa-hoi', name: 'Văn hóa - Xã hội', description: 'Giáo dục, y tế, văn hóa, thể thao và an sinh xã hội.' },
    { slug: 'xay-dung-dang', name: 'Xây dựng Đảng', description: `Hoạt động của Đảng bộ ${level} và các tổ chức đảng trực thuộc.` },
    { slug: 'an-ninh-quoc-phong', name: 'An ninh - Quốc phòng', description: 'Quân sự địa phương, trật tự an toàn xã hội, phòng cháy chữa cháy.' },
    { slug: 'mttq-doan-the', name: 'MTTQ & Đoàn thể', description: 'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội.' },
  ].map((category, i) => ({ ...category, order: i + 1 }));
}

const MENU = [
  ['Trang chủ', '/'],
  ['Giới thiệu', '/gioi-thieu/'],
  ['Tin tức', '/tin-tuc/'],
  ['Cải cách hành chính', '/chuyen-muc/cai-cach-hanh-chinh/'],
  ['Thông báo', '/thong-bao/'],
  ['Văn bản', '/van-ban/'],
  ['Lịch làm việc', '/lich-lam-viec/'],
  ['Thư viện ảnh', '/thu-vien-anh/'],
  ['Lưu trữ', '/luu-tru/'],
  ['Liên hệ', '/lien-he/'],
];

/** The unit's words for itself: «xã Tân Lập», or its short name when the full name does not read as a level and a place. */
function ownName(answers: UnitAnswers): string {
  const unit = levelOf(answers.fullName);
  return unit ? `${unit.level} ${unit.place}` : answers.name;
}

/** content/site.yaml for the answers (the emblem at `emblem` in the content folder), checked against the site schema. */
export function siteYaml(raw: UnitAnswers, emblem = EMBLEM_FILE): string {
  const answers = clean(raw);
  const unit = levelOf(answers.fullName);
  const site = {
    name: answers.name,
    fullName: answers.fullName,
    parent: answers.parent,
    description: `Cổng thông tin điện tử của ${answers.fullName}: tin tức, thông báo, văn bản, lịch làm việc và thủ tục hành chính cho người dân và doanh nghiệp.`,
    url: answers.url.replace(/\/+$/, ''),
    emblem: `./${emblem}`,
    address: answers.address,
    phone: answers.phone,
    email: answers.email,
    ...(answers.responsibleName && answers.responsibleTitle ? { responsible: { name: answers.responsibleName, title: answers.responsibleTitle } } : {}),
    ...(answers.repository ? { repository: answers.repository } : {}),
    license: `Ghi rõ nguồn "Cổng thông tin điện tử ${answers.name}" khi phát hành lại thông tin từ trang này.`,
    categories: categories(unit?.level ?? 'cơ sở'),
    menu: MENU.map(([label, href]) => ({ label, href })),
    publicServices: [{ name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn', description: 'Nộp hồ sơ, tra cứu và thanh toán trực tuyến các thủ tục hành chính.' }],
    links: [{ name: 'Cổng thông tin điện tử Chính phủ', url: 'https://chinhphu.vn' }],
  };
  const parsed = siteSchema.safeParse(site);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  const head = [
    `# Thông tin ${answers.name}: một tệp duy nhất, được kiểm tra khi xây dựng trang (npm run check).`,
    '# Tạo bởi npm run init; sửa trực tiếp khi cần. Ý nghĩa từng trường: docs/huong-dan-cai-dat.md.',
  ];
  const banner = [
    '# Thông báo chung trên mọi trang (bảo trì, tạm ngừng, tin khẩn), hiện từ "from" đến "until" (giờ Việt Nam).',
    '# Bỏ dấu # ở các dòng dưới để dùng; kind: bao-tri (bảo trì) hoặc khan (khẩn).',
    '# banner:',
    '#   message: "Cổng thông tin tạm ngừng từ 22:00 đến 23:00 để nâng cấp hệ thống."',
    '#   from: 2026-01-10 08:00',
    '#   until: 2026-01-10 23:00',
    '#   kind: bao-tri',
  ];
  return `${head.join('\n')}\n${dump(site, { lineWidth: -1, noRefs: true, quoteStyle: 'double' })}${banner.join('\n')}\n`;
}

const page = (front: Record<string, unknown>, body: string) => `---\n${dump(front, { lineWidth: -1, quoteStyle: 'double', forceQuotes: true })}---\n\n${body.trim()}\n`;

/** The standard pages, by file name under content/pages/. */
export function standardPages(raw: UnitAnswers): Record<string, string> {
  const answers = clean(raw);
  const own = ownName(answers);
  const tel = telHref(answers.phone);
  const responsible = answers.responsibleName && answers.responsibleTitle ? `${answers.responsibleName}, ${answers.responsibleTitle}` : undefined;
  const contactLines = [`- **Địa chỉ:** ${answers.address}`, `- **Điện thoại:** [${answers.phone}](${tel})`, `- **Thư điện tử:** [${answers.email}](mailto:${answers.email})`].join(
    '\n',
  );
  const pages: Record<string, string> = {
    'gioi-thieu.md': page(
      { title: `Giới thiệu ${own}`, description: `${answers.fullName}, ${answers.parent}: trụ sở và cách liên hệ.`, menuOrder: 1 },
      `${answers.fullName} thuộc ${answers.parent}. Cổng thông tin điện tử này đăng tin tức, thông báo, văn bản và lịch làm việc của ${answers.name}.

## Trụ sở

${contactLines}

Người dân và doanh nghiệp gửi câu hỏi, góp ý qua trang [Hỏi đáp, góp ý](/hoi-dap-gop-y/).`,
    ),
    'lien-he.md': page(
      { title: 'Liên hệ', description: `Địa chỉ, số điện thoại và thư điện tử của ${answers.name}.`, menuOrder: 2 },
      `## ${answers.fullName}

${contactLines}
${responsible ? `\n## Chịu trách nhiệm nội dung cổng thông tin\n\n${responsible}.\n` : ''}
## Hỏi đáp, góp ý

Câu hỏi, góp ý, phản ánh gửi qua trang [Hỏi đáp, góp ý](/hoi-dap-gop-y/) hoặc thư điện tử [${answers.email}](mailto:${answers.email}).`,
    ),
    'tro-nang-tiep-can.md': page(
      { title: 'Trợ năng và khả năng tiếp cận', description: `Cam kết của ${answers.name} về khả năng tiếp cận của cổng thông tin và cách báo lỗi tiếp cận.`, menuOrder: 3 },
      `${answers.name} muốn mọi người đều đọc và dùng được cổng thông tin này, kể cả người khuyết tật, người cao tuổi và người dùng điện thoại trên mạng chậm.

## Mục tiêu

Cổng thông tin được xây dựng theo tiêu chí **WCAG 2.2 mức AA** của W3C:

- chữ và nền đủ tương phản; trang vẫn đọc được khi phóng to đến 200%;
- ảnh mang thông tin có mô tả cho người khiếm thị; bảng số liệu có tiêu đề cột;
- dùng được toàn bộ trang bằng bàn phím, luôn thấy vị trí đang chọn;
- không có nội dung nhấp nháy; ngôn ngữ của trang được khai báo là tiếng Việt.

Ở đầu mỗi trang có nút đổi cỡ chữ (A-, A, A+) và chế độ tương phản cao.

## Báo lỗi tiếp cận

Nếu gặp khó khăn khi đọc hoặc dùng một trang, xin báo qua thư điện tử [${answers.email}](mailto:${answers.email}), điện thoại [${answers.phone}](${tel}) hoặc trang [Hỏi đáp, góp ý](/hoi-dap-gop-y/), kèm địa chỉ trang và điều đã gặp.`,
    ),
    'chinh-sach-rieng-tu.md': page(
      { title: 'Chính sách riêng tư', description: 'Cổng thông tin không dùng cookie theo dõi; trang này nêu những thông tin nào được ghi lại và dùng vào việc gì.', menuOrder: 4 },
      `Người đọc không cần tài khoản và không phải cung cấp thông tin cá nhân để xem tin bài, thông báo hay tải văn bản.

## Không dùng cookie theo dõi

Cổng thông tin không đặt cookie quảng cáo và không dùng công cụ theo dõi người đọc. Tìm kiếm trên trang chạy ngay trong trình duyệt; từ khóa tìm kiếm không được gửi đi. Cỡ chữ và chế độ tương phản đã chọn chỉ được lưu trong trình duyệt của người đọc.

## Những gì máy chủ ghi lại

Như mọi máy chủ web, nơi lưu trữ trang ghi nhật ký kỹ thuật của mỗi lượt truy cập (địa chỉ IP, thời điểm, trang được yêu cầu, loại trình duyệt) để vận hành và bảo vệ trang.

## Thông tin gửi qua biểu mẫu

Họ tên, thư điện tử, số điện thoại và nội dung gửi qua trang [Hỏi đáp, góp ý](/hoi-dap-gop-y/) hoặc phần đánh giá bài viết chỉ dùng để trả lời và cải thiện thông tin; câu hỏi được đăng công khai không kèm thông tin cá nhân.

## Liên hệ

Mọi yêu cầu về thông tin cá nhân xin gửi tới [${answers.email}](mailto:${answers.email}).`,
    ),
  };
  const english = englishName(answers.fullName, answers.parent);
  if (english) {
    pages['en.md'] = page(
      { title: `${english} — in English`, description: `The ${english}: how to reach us. The rest of the portal is in Vietnamese.`, menuOrder: 9, lang: 'en' },
      `This is the electronic information portal of the **${english}** (${answers.fullName}). The rest of the portal is in Vietnamese.

## Contact

- **Address:** ${latin(answers.address)}
- **Phone:** [${answers.phone}](${tel})
- **Email:** [${answers.email}](mailto:${answers.email})

Questions may be sent in English by email.`,
    );
  }
  return pages;
}

/** The folders of the sample content that init empties: every entry the sample unit published. */
export const SAMPLE_FOLDERS = ['articles', 'notices', 'documents', 'schedules', 'albums', 'pages', 'media'] as const;

/** A file name for a unit-supplied emblem, kept with its extension. */
export function emblemFileFor(source: string): string {
  const ext = /\.(svg|png|jpe?g|webp)$/i.exec(source)?.[1]?.toLowerCase();
  if (!ext) throw new Error(`biểu trưng «${source}» phải là tệp .svg, .png, .jpg hoặc .webp`);
  return `media/${slugify('bieu trung')}.${ext === 'jpeg' ? 'jpg' : ext}`;
}
