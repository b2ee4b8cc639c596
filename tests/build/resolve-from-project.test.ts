import { describe, expect, it } from 'vitest';
import { outDirMistakenForInside } from '../../src/build/resolve-from-project.ts';

describe('outDirMistakenForInside', () => {
  it("is true only for a folder beside the project whose path starts with the project's", () => {
    expect(outDirMistakenForInside('/work/main', '/work/main-out')).toBe(true);
    expect(outDirMistakenForInside('/work/main', '/work/main2/dist')).toBe(true);
    expect(outDirMistakenForInside('/work/main', '/work/main/dist')).toBe(false);
    expect(outDirMistakenForInside('/work/main', '/work/main/main-out')).toBe(false);
    expect(outDirMistakenForInside('/work/main', '/tmp/portal-out')).toBe(false);
    expect(outDirMistakenForInside('/work/main', '/work/other')).toBe(false);
  });
});
