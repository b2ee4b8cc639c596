/**
 * Content read as untrusted text (src/files/text-encoding.ts): bytes that are
 * not UTF-8, and TCVN3 or VNI text pasted as Unicode, are recognised and
 * converted back; ordinary Vietnamese, English, numbers and the occasional
 * ©, °, ±, · are left alone. Sentences are fresh, about the fictional
 * commune xã An Bình (mẫu).
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  decodeContent,
  DENSITY,
  encodeWindows1258,
  fixCommand,
  guessEncoding,
  isLegacyLine,
  isVietnameseSyllable,
  legacyReading,
  MIN_FOUND,
  planFix,
  readLine,
  type FixPlan,
} from '../../src/files/text-encoding.ts';
import { decodeLegacy, encodeTcvn3, encodeVni, glyphBytes, glyphs } from '../../src/files/legacy-encodings.ts';
import { FIXTURES } from '../helpers/portal.ts';

/**
 * Sentences as an editor of the commune writes them. TCVN3 has no capitals
 * with a tone (they were typed in an all-capitals font), so these begin with
 * a capital without one; VNI and Windows-1258 take any.
 */
const SENTENCES = [
  'Sáng ngày 12/3, ủy ban nhân dân xã An Bình (mẫu) tổ chức hội nghị triển khai kế hoạch cải cách hành chính năm 2025.',
  'Người dân được hướng dẫn nộp hồ sơ trực tuyến tại bộ phận một cửa, đúng hẹn và đỡ tốn thời gian đi lại.',
  'Thôn Bình Minh hoàn thành tuyến đường bê tông dài 1,2 km, do bà con góp ngày công và ngân sách xã hỗ trợ.',
  'Các hộ trồng lúa được tập huấn kỹ thuật chăm sóc cây trồng vụ đông xuân, phòng chuột và sâu cuốn lá.',
  'Trạm y tế xã tiêm chủng mở rộng cho 214 trẻ em dưới một tuổi, không có trường hợp nào phản ứng nặng.',
  'Đoàn thanh niên thôn Đông ra quân khơi thông cống rãnh, thu gom rác thải dọc bờ kênh nội đồng.',
  'Hội Liên hiệp Phụ nữ xã trao mười hai suất quà cho các cháu học sinh vượt khó học giỏi.',
  'Tôi có ý kiến về việc này.',
  'Bà Hà ở thôn Đông.',
];
/** The same, with capitals carrying a tone: for the encodings that have them. */
const WITH_TONED_CAPITALS = ['Ủy ban nhân dân xã An Bình (mẫu) thông báo lịch tiếp công dân tháng Tư.', 'ĐƯỜNG LIÊN THÔN ĐÃ THÔNG XE; Ấp Ông Ích được cấp điện.'];

/** Text that must never be taken for pasted TCVN3 or VNI. */
const NOT_LEGACY = [
  ...SENTENCES,
  ...WITH_TONED_CAPITALS,
  '© 2025 UBND xã',
  'nhiệt độ 30°C',
  'dân số ± 5%',
  '© 2025 UBND xã An Bình (mẫu). Ghi rõ nguồn khi phát hành lại thông tin.',
  'Nhiệt độ trung bình 30°C, độ ẩm 85%, lượng mưa 120 mm.',
  'Dân số 12.450 người (± 5% so với năm trước).',
  'Tổ 3 · thôn Đông · xã An Bình',
  'Diện tích 3×4 m², dung sai ½ cm, tạp chất dưới 5 µm; Coca-Cola® và § 5 của quy chế.',
  '«Nông thôn mới» là chương trình «của dân, do dân, vì dân».',
  'The commune held its annual meeting on 12 March 2025; 214 households attended.',
  'Café, naïve, résumé, façade, Noël, São Paulo, Zürich, Ærø.',
  'Đoàn công tác của GIZ: ông Jürgen Müller, bà Björn Sørensen và ông José Núñez.',
  'Schöne Grüße aus München und Köln.',
  '2024-03-17 08:30 | 0200 3812 345 | ubnd.anbinh@dongnguyen.example.gov.vn | https://xa-anbinh-mau.netlify.app/tin-tuc/',
  'Hội nghị tổng kết'.normalize('NFD'),
  'tôt cac hoc (gõ thiếu dấu)',
];

const tcvn3Glyphs = (text: string) => glyphs(encodeTcvn3(text));
const vniGlyphs = (text: string) => glyphs(encodeVni(text));

describe('the TCVN3 and VNI tables', () => {
  it('give the text old Word documents show when pasted', () => {
    expect(tcvn3Glyphs('Uỷ ban nhân dân xã')).toBe('Uû ban nh©n d©n x·');
    expect(vniGlyphs('Ủy ban nhân dân xã')).toBe('UÛy ban nhaân daân xaõ');
    expect(tcvn3Glyphs('người được')).toBe('ng\u00adêi ®\u00adîc');
    expect(vniGlyphs('đường')).toBe('ñöôøng');
  });

  it.each(SENTENCES)('round-trips through TCVN3 bytes: %s', (sentence) => {
    expect(decodeLegacy(encodeTcvn3(sentence), 'tcvn3')).toBe(sentence.normalize('NFC'));
  });

  it.each([...SENTENCES, ...WITH_TONED_CAPITALS])('round-trips through VNI bytes: %s', (sentence) => {
    expect(decodeLegacy(encodeVni(sentence), 'vni')).toBe(sentence.normalize('NFC'));
  });

  it.each([...SENTENCES, ...WITH_TONED_CAPITALS])('round-trips through Windows-1258 bytes: %s', (sentence) => {
    const bytes = encodeWindows1258(sentence);
    expect(iconv.decode(bytes, 'windows1258').normalize('NFC')).toBe(sentence.normalize('NFC'));
  });

  it('reads pasted glyphs back as their bytes', () => {
    expect(glyphBytes('nh©n')).toEqual([0x6e, 0x68, 0xa9, 0x6e]);
    expect(glyphBytes('nhân')).toEqual([0x6e, 0x68, 0xe2, 0x6e]);
    expect(glyphBytes('những')).toBeUndefined();
  });

  it('leaves a VNI mark that follows no vowel as the character it is', () => {
    expect(decodeLegacy(glyphBytes('5ù')!, 'vni')).toBe('5ù');
  });
});

describe('isVietnameseSyllable', () => {
  it('accepts Vietnamese syllables, capitalised or in capitals', () => {
    for (const word of [
      'nghiệp',
      'người',
      'trường',
      'khuyến',
      'quyết',
      'giữa',
      'gì',
      'hoạch',
      'thuở',
      'xoong',
      'Ủy',
      'Uỷ',
      'ĐƯỜNG',
      'yêu',
      'ấy',
      'khuya',
      'ngoặt',
      'quốc',
      'tuổi',
      'rượu',
      'ở',
      'Đông',
    ]) {
      expect(isVietnameseSyllable(word), word).toBe(true);
    }
  });

  it('refuses English, German, mixed case and the glyphs of legacy text', () => {
    for (const word of ['school', 'Müller', 'café', 'nh©n', 'kÕ', 'nhaân', 'ViÖt', 'nhân©', 'hộiNghị', 'tèt', 'aâ']) {
      expect(isVietnameseSyllable(word), word).toBe(false);
    }
  });

  it('keeps stops (c, ch, p, t) to the sắc and nặng tones only when strict', () => {
    expect(isVietnameseSyllable('tèt')).toBe(false);
    expect(isVietnameseSyllable('tèt', false)).toBe(true);
    expect(isVietnameseSyllable('tốt')).toBe(true);
  });
});

describe('pasted TCVN3 and VNI text', () => {
  it('finds words that read as Vietnamese only in the legacy encoding', () => {
    expect(legacyReading('nh©n', 'tcvn3')).toBe('nhân');
    expect(legacyReading('§¶NG', 'tcvn3')).toBe('ĐẢNG');
    expect(legacyReading('UÛy', 'vni')).toBe('Ủy');
    expect(legacyReading('nhân', 'tcvn3')).toBeUndefined();
    expect(legacyReading('có', 'tcvn3')).toBeUndefined();
    expect(legacyReading('·', 'tcvn3')).toBeUndefined();
  });

  it.each(SENTENCES)('recognises a TCVN3 line, well over the threshold: %s', (sentence) => {
    const reading = readLine(tcvn3Glyphs(sentence));
    expect(isLegacyLine(reading)).toBe('tcvn3');
    expect(reading.found.tcvn3.length).toBeGreaterThanOrEqual(MIN_FOUND);
    // Measured: from 0.5 (short lines of few diacritics) to 1; the threshold is 0.2.
    expect(reading.found.tcvn3.length / reading.words).toBeGreaterThanOrEqual(2 * DENSITY);
  });

  it.each([...SENTENCES, ...WITH_TONED_CAPITALS])('recognises a VNI line, well over the threshold: %s', (sentence) => {
    const reading = readLine(vniGlyphs(sentence));
    expect(isLegacyLine(reading)).toBe('vni');
    expect(reading.found.vni.length / reading.words).toBeGreaterThanOrEqual(2 * DENSITY);
  });

  it('recognises the examples of the issue', () => {
    expect(isLegacyLine(readLine('Uû ban nh©n d©n x·'))).toBe('tcvn3');
    expect(isLegacyLine(readLine('UÛy ban nhaân daân xaõ'))).toBe('vni');
  });

  it.each(NOT_LEGACY)('raises no false alarm: %s', (line) => {
    const reading = readLine(line);
    expect(isLegacyLine(reading)).toBeUndefined();
    // Not even close: at most one stray word on a line.
    expect(reading.found.tcvn3.length + reading.found.vni.length).toBeLessThanOrEqual(1);
  });
});

const SHOWN = 'content/articles/2025/hoi-nghi.md';
/** An article as an editor writes it, front matter and body. */
const ARTICLE = [
  '---',
  'title: "Xã An Bình (mẫu) tổng kết công tác dân vận năm 2025"',
  'date: 2025-12-18',
  'category: xay-dung-dang',
  'summary: "Ủy ban nhân dân xã biểu dương mười tập thể và hai mươi cá nhân có thành tích trong phong trào dân vận khéo."',
  'author: "Ban biên tập"',
  '---',
  '',
  'Sáng ngày 18/12, ủy ban nhân dân xã An Bình (mẫu) tổ chức hội nghị tổng kết công tác dân vận năm 2025.',
  '',
].join('\n');

const problemOf = (bytes: Uint8Array) => decodeContent(bytes, SHOWN).problem;

describe('decodeContent', () => {
  it('reads UTF-8 as it is, a byte order mark kept for the readers to skip', () => {
    expect(decodeContent(Buffer.from(ARTICLE), SHOWN)).toEqual({ text: ARTICLE });
    expect(decodeContent(Buffer.from(`\ufeff${ARTICLE}`), SHOWN)).toEqual({ text: `\ufeff${ARTICLE}` });
  });

  it('takes decomposed text (NFD) as it is: it is normalised later, not an error', () => {
    expect(decodeContent(Buffer.from(ARTICLE.normalize('NFD')), SHOWN)).toEqual({ text: ARTICLE.normalize('NFD') });
  });

  it('names the line of the first byte that is not UTF-8, Windows-1258, and the command', () => {
    const problem = problemOf(Buffer.concat([Buffer.from('---\n'), encodeWindows1258(ARTICLE.slice(4))]));
    expect(problem?.line).toBe(2);
    expect(problem?.message).toMatch(/^tệp không được lưu bằng bảng mã UTF-8 \(byte sai đầu tiên ở dòng này\)/);
    expect(problem?.message).toContain('có vẻ được lưu bằng bảng mã Windows-1258');
    expect(problem?.message).toContain('«title: "Xã An Bình (mẫu) tổng kết công tác dân vận năm 2025"»');
    expect(problem?.message).toContain(`npm run fix-encoding -- ${SHOWN} --from windows-1258`);
  });

  it('names the line when only the body is Windows-1258', () => {
    const [head, body] = [ARTICLE.slice(0, ARTICLE.indexOf('\n\n') + 2), ARTICLE.slice(ARTICLE.indexOf('\n\n') + 2)];
    expect(problemOf(Buffer.concat([Buffer.from(head), encodeWindows1258(body)]))?.line).toBe(9);
  });

  it('recognises TCVN3 and VNI bytes that are not UTF-8', () => {
    const lower = ARTICLE.replace('Ủy', 'ủy');
    expect(problemOf(Buffer.from(encodeTcvn3(lower)))?.message).toContain('bảng mã TCVN3');
    expect(problemOf(Buffer.from(encodeVni(ARTICLE)))?.message).toContain('bảng mã VNI');
  });

  it('says so when the bytes read as Vietnamese in no encoding', () => {
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 151 + 7) % 256));
    const problem = problemOf(Buffer.concat([Buffer.from('---\ntitle: x\n'), noise]));
    expect(problem?.line).toBe(3);
    expect(problem?.message).toContain('không đoán được tệp được lưu bằng bảng mã nào');
    expect(problem?.message).toContain(`npm run fix-encoding -- ${SHOWN} --from windows-1258`);
  });

  it('names the first line of pasted TCVN3, with an example and the command', () => {
    const lines = ARTICLE.split('\n');
    lines[8] = tcvn3Glyphs(lines[8]!);
    const problem = problemOf(Buffer.from(lines.join('\n')));
    expect(problem?.line).toBe(9);
    expect(problem?.message).toMatch(/^dòng này có chữ gõ bằng bảng mã cũ TCVN3 \(ABC, phông \.VnTime, \.VnArial…\) dán vào nên hiện sai, ví dụ «S¸ng» là «Sáng»/);
    expect(problem?.message).toContain(`npm run fix-encoding -- ${SHOWN} --from tcvn3`);
  });

  it('names the first line of pasted VNI', () => {
    const lines = ARTICLE.split('\n');
    lines[4] = vniGlyphs(lines[4]!);
    const problem = problemOf(Buffer.from(lines.join('\n')));
    expect(problem?.line).toBe(5);
    expect(problem?.message).toContain('bảng mã cũ VNI (phông VNI-Times, VNI-Helve…)');
    expect(problem?.message).toContain(`--from vni`);
  });

  it('looks into a file whose legacy words use only letters Vietnamese also has', () => {
    // VNI «â» and «õ» after an «a», TCVN3 «Õ» and «Ò» inside lowercase words: no sign such as «©» or «ø» in sight.
    expect(problemOf(Buffer.from('---\ntitle: "nhaân daân xaõ"\n---\n'))?.line).toBe(2);
    expect(problemOf(Buffer.from('---\ntitle: "quyÕt ®Þnh"\nsummary: "tiÕp tôc"\n---\n'))?.message).toContain('TCVN3');
    expect(problemOf(Buffer.from('---\ntitle: "tiÕp kÕ vÒ"\n---\n'))?.line).toBe(2);
  });

  it('names a line holding «�», whose letters are lost', () => {
    const problem = problemOf(Buffer.from(ARTICLE.replace('mẫu) tổng', 'm\ufffd\ufffdu) t\ufffdng')));
    expect(problem?.line).toBe(2);
    expect(problem?.message).toContain('ký tự lỗi «\ufffd»');
  });

  it('quotes a path the shell would split', () => {
    expect(fixCommand("content/articles/2025/Hội nghị/bà Hà's.md", 'vni')).toBe("npm run fix-encoding -- 'content/articles/2025/Hội nghị/bà Hà'\\''s.md' --from vni");
  });
});

const fixed = (plan: FixPlan) => {
  if (plan.status !== 'fixed') throw new Error(`expected a conversion, got ${JSON.stringify(plan)}`);
  return plan;
};

describe('planFix (npm run fix-encoding)', () => {
  it('converts a Windows-1258 file, finding the encoding itself', () => {
    const plan = fixed(planFix(encodeWindows1258(ARTICLE)));
    expect(plan.from).toBe('windows-1258');
    expect(plan.text).toBe(ARTICLE);
    expect(plan.lines).toEqual([2, 5, 6, 9]);
  });

  it('converts TCVN3 and VNI bytes', () => {
    const lower = ARTICLE.replace('Ủy', 'ủy');
    expect(fixed(planFix(Buffer.from(encodeTcvn3(lower)))).text).toBe(lower);
    expect(fixed(planFix(Buffer.from(encodeVni(ARTICLE)))).text).toBe(ARTICLE);
  });

  it('converts only the pasted lines of a UTF-8 file, leaving Unicode lines as they are', () => {
    const lines = ARTICLE.split('\n');
    lines[8] = tcvn3Glyphs(lines[8]!);
    // A Unicode line of Latin-1 letters only, which read as TCVN3 would change («có» is «cú» in TCVN3).
    lines.push('Bà Hà có ý kiến.', '');
    const plan = fixed(planFix(Buffer.from(lines.join('\n'))));
    expect(plan).toMatchObject({ from: 'tcvn3', lines: [9] });
    expect(plan.text).toBe(`${ARTICLE}\nBà Hà có ý kiến.\n`);
  });

  it('converts only the words found on a line that is partly Unicode', () => {
    const line = `Hội nghị đã ${vniGlyphs('nhất trí kế hoạch năm')} 2026.`;
    expect(fixed(planFix(Buffer.from(line))).text).toBe('Hội nghị đã nhất trí kế hoạch năm 2026.');
    // A VNI word that is also a Unicode word («thoáng» is VNI for «thống») is left there: only a whole legacy line converts it.
    expect(fixed(planFix(Buffer.from(`Hội nghị đã ${vniGlyphs('thống nhất')}.`), 'vni')).text).toBe('Hội nghị đã thoáng nhất.');
    expect(fixed(planFix(Buffer.from(`${vniGlyphs('Hội nghị đã thống nhất')}.`))).text).toBe('Hội nghị đã thống nhất.');
  });

  it('normalises decomposed text to NFC, and leaves a clean file alone', () => {
    expect(fixed(planFix(Buffer.from(ARTICLE.normalize('NFD'))))).toMatchObject({ from: 'nfc', text: ARTICLE });
    expect(planFix(Buffer.from(ARTICLE))).toEqual({ status: 'unchanged' });
  });

  it('follows --from, and refuses what it cannot do', () => {
    expect(planFix(Buffer.from(ARTICLE), 'windows-1258')).toMatchObject({ status: 'refused', reason: expect.stringContaining('đã là UTF-8 hợp lệ') });
    expect(planFix(Buffer.from(ARTICLE), 'vni')).toMatchObject({ status: 'refused', reason: expect.stringContaining('không thấy dòng nào gõ bằng VNI') });
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 151 + 7) % 256));
    expect(planFix(noise)).toMatchObject({ status: 'refused', reason: expect.stringContaining('không đoán được bảng mã') });
    expect(fixed(planFix(noise, 'windows-1258')).from).toBe('windows-1258');
  });

  it('refuses a file with as much TCVN3 as VNI in it', () => {
    const text = `${tcvn3Glyphs(SENTENCES[1]!)}\n${vniGlyphs(SENTENCES[2]!)}\n`;
    expect(planFix(Buffer.from(text))).toMatchObject({ status: 'refused', reason: expect.stringContaining('--from tcvn3 hoặc --from vni') });
    expect(fixed(planFix(Buffer.from(text), 'vni')).lines).toEqual([2]);
  });
});

describe('the bad-input fixtures', () => {
  const read = (overlay: string, file: string) => fs.readFileSync(path.join(FIXTURES, 'bad-input', overlay, file));

  it('hold a Windows-1258 file that reads as Vietnamese in Windows-1258 only', () => {
    const bytes = read('encoding-windows-1258', 'articles/2024/kenh-noi-dong-binh-minh.md');
    const { best, readings } = guessEncoding(bytes);
    expect(best?.encoding).toBe('windows-1258');
    expect(best?.text).toContain('Xã An Bình (mẫu) nghiệm thu tuyến kênh nội đồng thôn Bình Minh');
    expect(readings.map((r) => [r.encoding, r.vietnamese === r.words])).toEqual([
      ['windows-1258', true],
      ['tcvn3', false],
      ['vni', false],
    ]);
  });

  it('hold TCVN3 and VNI pasted into UTF-8', () => {
    expect(problemOf(read('encoding-tcvn3', 'articles/2024/ra-quan-ve-sinh-duong-lang.md'))).toMatchObject({ line: 9 });
    expect(problemOf(read('encoding-vni', 'articles/2024/hoi-thi-nau-an-phu-nu.md'))).toMatchObject({ line: 5 });
  });
});
