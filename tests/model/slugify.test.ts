import { describe, expect, it } from 'vitest';
import { removeDiacritics, slugify } from '../../src/model/slugify.ts';

describe('slugify', () => {
  it.each([
    ['Đẩy mạnh cải cách', 'day-manh-cai-cach'],
    ['Đẩy mạnh cải cách hành chính', 'day-manh-cai-cach-hanh-chinh'],
    ['ĐOÀN THANH NIÊN xã An Bình', 'doan-thanh-nien-xa-an-binh'],
    ['Đà Nẵng', 'da-nang'],
    ['Chỉ số PAR Index năm 2023: tăng 5 bậc!', 'chi-so-par-index-nam-2023-tang-5-bac'],
    ['  Hội nghị — tổng kết   năm 2024  ', 'hoi-nghi-tong-ket-nam-2024'],
    ['Thông báo số 06/KH-UBND', 'thong-bao-so-06-kh-ubnd'],
    ['MTTQ & Đoàn thể', 'mttq-doan-the'],
    ['Nguyễn Thị Ngọc Ánh, ấp Phước Hưng', 'nguyen-thi-ngoc-anh-ap-phuoc-hung'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('handles text already decomposed (NFD) the same as composed text', () => {
    expect(slugify('Cải cách'.normalize('NFD'))).toBe('cai-cach');
  });

  it('returns an empty slug for text without letters or digits', () => {
    expect(slugify(' — ! ')).toBe('');
  });
});

describe('removeDiacritics', () => {
  it('keeps case and spacing but drops tone marks and maps đ/Đ', () => {
    expect(removeDiacritics('Đường Đồng Khởi, đường làng')).toBe('Duong Dong Khoi, duong lang');
  });
});
