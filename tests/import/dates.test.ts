import { describe, expect, it } from 'vitest';
import { dateFromStamp, dateInAddress, dateInText, formatFound, labelledDate } from '../../src/import/dates.ts';

const shown = (found: ReturnType<typeof dateInText>) => (found ? formatFound(found) : undefined);

describe('dates as legacy portals write them', () => {
  it.each([
    ['Ngày đăng: 25/09/2023', '2023-09-25'],
    ['Thứ Hai, 10/04/2023 15:20', '2023-04-10 15:20'],
    ['15:20 10/04/2023', '2023-04-10 15:20'],
    ['Cập nhật lúc 08h30, 17/03/2023', '2023-03-17 08:30'],
    ['17/03/2023', '2023-03-17'],
  ])('reads «%s» as %s', (text, expected) => {
    expect(shown(labelledDate(text) ?? dateInText(text))).toBe(expected);
  });

  it('takes the article’s own date line, not the header’s «today» without a label', () => {
    expect(shown(labelledDate('Cổng thông tin điện tử\nNgày đăng: 25/09/2023\nLượt xem: 506'))).toBe('2023-09-25');
  });

  it('reads dates in addresses: /2023-01-04/, /2023/05/12/, 20230104', () => {
    expect(shown(dateInAddress('http://x.gov.vn/portal/Pages/2023-01-04/hop.aspx'))).toBe('2023-01-04');
    expect(shown(dateInAddress('http://x.gov.vn/2023/05/12/ngay-hoi/'))).toBe('2023-05-12');
    expect(shown(dateInAddress('http://x.gov.vn/tin/20230104-hop.html'))).toBe('2023-01-04');
    expect(dateInAddress('http://x.gov.vn/tin-tuc/hop-125.html')).toBeUndefined();
  });

  it('reads «ngày 17 tháng 3» in the text with a year given, and only then', () => {
    expect(shown(dateInText('Sáng ngày 17 tháng 3, UBND xã tổ chức', 2023))).toBe('2023-03-17');
    expect(dateInText('Sáng ngày 17 tháng 3, UBND xã tổ chức')).toBeUndefined();
    expect(shown(dateInText('ngày 17 tháng 3 năm 2022'))).toBe('2022-03-17');
  });

  it('refuses dates that do not exist or lie outside a portal’s years', () => {
    expect(dateInText('31/04/2023')).toBeUndefined();
    expect(dateInText('12/05/1890')).toBeUndefined();
  });

  it('turns machine dates into Vietnam time', () => {
    expect(shown(dateFromStamp('2023-05-12T01:15:00Z'))).toBe('2023-05-12 08:15');
    expect(shown(dateFromStamp('Fri, 02 Jun 2023 00:30:00 +0000'))).toBe('2023-06-02 07:30');
    expect(shown(dateFromStamp('2023-05-12'))).toBe('2023-05-12');
  });
});
