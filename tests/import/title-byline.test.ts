import { describe, expect, it } from 'vitest';
import { cleanTitle, isAllCaps, sentenceCase } from '../../src/import/title.ts';
import { readByline } from '../../src/import/byline.ts';

describe('titles', () => {
  it('puts ALL-CAPS titles into sentence case, keeping acronyms, numbers and the names the text capitalises', () => {
    const title = 'HỘI NGHỊ TỔNG KẾT CÔNG TÁC CCHC VÀ CHỈ SỐ PAR INDEX NĂM 2022 CỦA UBND XÃ BẾN SỎI';
    expect(isAllCaps(title)).toBe(true);
    expect(sentenceCase(title, 'Sáng nay, UBND xã Bến Sỏi họp. Xã Bến Sỏi có 7 thôn.')).toBe('Hội nghị tổng kết công tác CCHC và chỉ số PAR INDEX năm 2022 của UBND xã Bến Sỏi');
    expect(isAllCaps('Hội nghị tổng kết năm 2022')).toBe(false);
  });
  it('drops the portal’s name after a separator', () => {
    expect(cleanTitle('Hội nghị tổng kết năm 2022 - Cổng thông tin điện tử xã Bến Sỏi')).toBe('Hội nghị tổng kết năm 2022');
    expect(cleanTitle('Cổng  thông tin', 'Tiêm chủng mở rộng đợt 2')).toBe('Tiêm chủng mở rộng đợt 2');
  });
});

describe('bylines', () => {
  it.each([
    ['Thu Hương, Duy Tuấn', { author: 'Thu Hương, Duy Tuấn' }],
    ['P. Lạc Đạo', { source: 'P. Lạc Đạo' }],
    ['Trần Thị Lệ Hằng - Phòng Nội vụ thị xã', { author: 'Trần Thị Lệ Hằng', source: 'Phòng Nội vụ thị xã' }],
    ['Trung tâm Văn hóa - Truyền thông', { source: 'Trung tâm Văn hóa - Truyền thông' }],
    ['Tin, ảnh: Minh Khoa', { author: 'Minh Khoa' }],
    ['Nguồn: Báo Đồng Nguyên', { source: 'Báo Đồng Nguyên' }],
  ])('reads «%s»', (text, expected) => {
    expect(readByline(text)).toEqual(expected);
  });
  it('leaves ordinary sentences alone', () => {
    expect(readByline('Hội nghị kết thúc vào lúc 11 giờ cùng ngày.')).toBeUndefined();
    expect(readByline('Các đại biểu thống nhất thông qua nghị quyết của hội nghị với tỷ lệ tuyệt đối')).toBeUndefined();
  });
});
