import { describe, expect, it } from 'vitest';
import { bannerInBuild, bannerState } from '../../src/model/banner.ts';
import { parseVietnamDate } from '../../src/model/dates.ts';
import { bannerSchema } from '../../src/model/schemas/index.ts';

const d = (text: string) => parseVietnamDate(text)!;
const banner = { from: d('2026-11-28 22:00'), until: d('2026-11-29 02:00') };

describe('site banner', () => {
  it('is before, active (from included, until excluded), then over — in Vietnam time', () => {
    expect(bannerState(banner, d('2026-11-28 21:59'))).toBe('before');
    expect(bannerState(banner, d('2026-11-28 22:00'))).toBe('active');
    expect(bannerState(banner, new Date('2026-11-28T18:59:00Z'))).toBe('active');
    expect(bannerState(banner, d('2026-11-29 02:00'))).toBe('after');
  });

  it('is written into builds made before it ends (hidden until it starts), not after', () => {
    expect(bannerInBuild(banner, d('2026-11-20'))).toBe(true);
    expect(bannerInBuild(banner, d('2026-11-29 01:00'))).toBe(true);
    expect(bannerInBuild(banner, d('2026-11-29 02:00'))).toBe(false);
    expect(bannerInBuild(undefined, d('2026-11-20'))).toBe(false);
  });

  it('needs an end after its start, and a known kind', () => {
    const ok = bannerSchema.safeParse({ message: 'Bảo trì hệ thống', from: '2026-11-28 22:00', until: '2026-11-29 02:00' });
    expect(ok.success && ok.data.kind).toBe('bao-tri');
    const backwards = bannerSchema.safeParse({ message: 'Bảo trì', from: '2026-11-29 02:00', until: '2026-11-28 22:00' });
    expect(backwards.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'until: thời điểm thôi hiện (until) phải sau thời điểm bắt đầu (from); hãy sửa lại một trong hai',
    ]);
    expect(bannerSchema.safeParse({ message: 'x', from: '2026-11-28', until: '2026-11-29', kind: 'gấp' }).error?.issues[0]?.message).toMatch(/bao-tri .* hoặc khan/);
  });
});
