import { describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import { answerProblems, englishName, levelOf, siteYaml, standardPages, standInEmblem, telHref, type UnitAnswers } from '../../src/editor/unit-setup.ts';
import { pageSchema, siteSchema } from '../../src/model/schemas/index.ts';
import { PLACEHOLDER } from '../../src/model/placeholders.ts';

const answers: UnitAnswers = {
  fullName: 'Ủy ban nhân dân phường Hòa Khánh',
  name: 'UBND phường Hòa Khánh',
  parent: 'Thành phố Đà Nẵng',
  url: 'https://hoakhanh.danang.gov.vn/',
  email: 'ubnd.hoakhanh@danang.gov.vn',
  phone: '0236 3842 111',
  address: '12 Nguyễn Lương Bằng, phường Hòa Khánh, thành phố Đà Nẵng',
};
const front = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;

describe('the unit’s names', () => {
  it('reads the level and the place from the full name', () => {
    expect(levelOf('Ủy ban nhân dân xã Tân Lập')).toEqual({ level: 'xã', place: 'Tân Lập' });
    expect(levelOf('Uỷ ban nhân dân đặc khu Phú Quốc')).toEqual({ level: 'đặc khu', place: 'Phú Quốc' });
    expect(levelOf('Văn phòng HĐND và UBND')).toBeUndefined();
  });

  it('writes the English name without tones, and none when the name does not read so', () => {
    expect(englishName('Ủy ban nhân dân phường Hòa Khánh', 'Thành phố Đà Nẵng')).toBe("People's Committee of Hoa Khanh Ward, Da Nang City");
    expect(englishName('Ủy ban nhân dân xã Đắk Mar', 'Tỉnh Quảng Ngãi')).toBe("People's Committee of Dak Mar Commune, Quang Ngai Province");
    expect(englishName('Văn phòng HĐND và UBND', 'Tỉnh Quảng Ngãi')).toBeUndefined();
  });

  it('dials a Vietnamese number from abroad', () => expect(telHref('0236 3842 111')).toBe('tel:+842363842111'));
});

describe('answerProblems', () => {
  it('accepts complete answers, and names each missing or wrong one in Vietnamese', () => {
    expect(answerProblems(answers)).toEqual([]);
    expect(answerProblems({ ...answers, name: '', url: 'http://x.vn', repository: 'không có dấu gạch chéo' })).toEqual([
      'cần nhập tên ngắn, ví dụ «UBND xã Tân Lập»',
      expect.stringContaining('không an toàn (http://)'),
      expect.stringContaining('kho GitHub (repository) chưa đúng dạng chủ/tên'),
    ]);
    expect(answerProblems({ ...answers, responsibleName: 'Nguyễn Văn An' })).toEqual([expect.stringContaining('cần cả họ tên (--responsible) và chức vụ (--responsible-title)')]);
  });
});

describe('what init writes', () => {
  it('a site.yaml the site schema accepts, with what was given and nothing made up', () => {
    const site = siteSchema.parse(parseYaml(siteYaml(answers)));
    expect(site).toMatchObject({ name: answers.name, fullName: answers.fullName, url: 'https://hoakhanh.danang.gov.vn', emblem: './media/bieu-trung.svg' });
    expect(site.responsible).toBeUndefined();
    expect(site.repository).toBeUndefined();
    expect(site.categories.find((c) => c.slug === 'xay-dung-dang')!.description).toContain('Đảng bộ phường');
    const withAll = siteSchema.parse(
      parseYaml(siteYaml({ ...answers, repository: 'ubnd-hoa-khanh/cong', responsibleName: 'Lê Thị Hoa', responsibleTitle: 'Phó Chủ tịch UBND phường' })),
    );
    expect(withAll).toMatchObject({ repository: 'ubnd-hoa-khanh/cong', responsible: { name: 'Lê Thị Hoa', title: 'Phó Chủ tịch UBND phường' } });
  });

  it('standard pages the page schema accepts, with the unit’s contacts and no placeholder', () => {
    const pages = standardPages(answers);
    expect(Object.keys(pages).sort()).toEqual(['chinh-sach-rieng-tu.md', 'en.md', 'gioi-thieu.md', 'lien-he.md', 'tro-nang-tiep-can.md']);
    for (const [file, text] of Object.entries(pages)) {
      expect(() => pageSchema.parse(front(text)), file).not.toThrow();
      expect(text, file).not.toMatch(PLACEHOLDER);
    }
    expect(pages['lien-he.md']).toContain('[0236 3842 111](tel:+842363842111)');
    expect(pages['gioi-thieu.md']).toContain('title: "Giới thiệu phường Hòa Khánh"');
    expect(front(pages['en.md']!)).toMatchObject({ lang: 'en', title: "People's Committee of Hoa Khanh Ward, Da Nang City — in English" });
    expect(standardPages({ ...answers, fullName: 'Văn phòng HĐND và UBND' })).not.toHaveProperty(['en.md']);
  });

  it('an emblem titled with the unit’s name, and no markup from it', () => {
    expect(standInEmblem('UBND <xã> "A"')).toContain('<title id="t">Biểu trưng UBND xã A</title>');
  });
});
