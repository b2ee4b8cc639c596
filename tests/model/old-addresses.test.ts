import { describe, expect, it } from 'vitest';
import { oldAddressKey, parseOldAddress } from '../../src/model/old-addresses.ts';

const SITE = 'https://xa-moi.example.gov.vn';

describe('parseOldAddress', () => {
  it('reads a path of this site’s own domain, with its query', () => {
    expect(parseOldAddress('/tin-tuc.aspx?id=15&muc=2', SITE)).toEqual({
      host: undefined,
      path: '/tin-tuc.aspx',
      query: [
        ['id', '15'],
        ['muc', '2'],
      ],
    });
    expect(parseOldAddress('https://XA-MOI.example.gov.vn/portal/Pages/2023-01-04/hop.aspx', SITE)).toEqual({
      host: undefined,
      path: '/portal/Pages/2023-01-04/hop.aspx',
      query: [],
    });
  });
  it('keeps a former domain, in lower case, and percent-encodes the path as a server receives it', () => {
    expect(parseOldAddress('http://Ben-Soi.example.gov.vn/tin-tức/họp.html', SITE)).toEqual({
      host: 'ben-soi.example.gov.vn',
      path: '/tin-t%E1%BB%A9c/h%E1%BB%8Dp.html',
      query: [],
    });
  });
});

describe('oldAddressKey', () => {
  it('is one key for one address however it is spelt', () => {
    expect(oldAddressKey('/a.aspx?b=2&a=1', SITE)).toBe(oldAddressKey(`${SITE}/a.aspx?a=1&b=2`, SITE));
    expect(oldAddressKey('http://CU.example.gov.vn/x', SITE)).toBe(oldAddressKey('https://cu.example.gov.vn/x', SITE));
  });
  it('tells apart two domains, two paths and two parameter values', () => {
    const keys = ['/x', 'https://cu.example.gov.vn/x', 'https://khac.example.gov.vn/x', '/y', '/x?id=1', '/x?id=2'].map((a) => oldAddressKey(a, SITE));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
