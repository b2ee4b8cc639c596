/**
 * Near-duplicate articles: the same news published by two merged units'
 * portals, or twice by one, with small changes. Each body gets a 64-bit
 * SimHash of its words and pairs of words; two bodies whose hashes differ in at
 * most 3 bits are near-duplicates. Hashes are filed under each of their four
 * 16-bit bands, so a new body is compared only with those sharing a band.
 */

/** 32-bit FNV-1a of a string, with a seed for a second, independent half. */
function fnv(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The SimHash of `text` as two 32-bit halves. */
export function simhash(text: string): [number, number] {
  const words =
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Int32Array(64);
  // Words and pairs of words: three-word shingles flip too many bits for an article's few hundred words.
  const features = [...words, ...words.slice(1).map((word, i) => `${words[i]} ${word}`)];
  for (const shingle of features) {
    const [high, low] = [fnv(shingle, 0), fnv(shingle, 0x9e3779b9)];
    for (let bit = 0; bit < 32; bit++) {
      counts[bit]! += (high >>> bit) & 1 ? 1 : -1;
      counts[32 + bit]! += (low >>> bit) & 1 ? 1 : -1;
    }
  }
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (counts[bit]! > 0) high |= 1 << bit;
    if (counts[32 + bit]! > 0) low |= 1 << bit;
  }
  return [high >>> 0, low >>> 0];
}

const popcount = (n: number) => {
  let x = n - ((n >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

export const distance = (a: [number, number], b: [number, number]) => popcount((a[0] ^ b[0]) >>> 0) + popcount((a[1] ^ b[1]) >>> 0);

export class NearDuplicates<T> {
  private readonly bands = new Map<string, { hash: [number, number]; item: T }[]>();
  private readonly maxDistance: number;
  constructor(maxDistance = 3) {
    this.maxDistance = maxDistance;
  }

  private keys([high, low]: [number, number]): string[] {
    return [`0:${high >>> 16}`, `1:${high & 0xffff}`, `2:${low >>> 16}`, `3:${low & 0xffff}`];
  }

  /** The items already added whose text is near `hash`. */
  near(hash: [number, number]): T[] {
    const found = new Set<T>();
    for (const key of this.keys(hash)) for (const entry of this.bands.get(key) ?? []) if (distance(entry.hash, hash) <= this.maxDistance) found.add(entry.item);
    return [...found];
  }

  add(hash: [number, number], item: T) {
    for (const key of this.keys(hash)) (this.bands.get(key) ?? this.bands.set(key, []).get(key)!).push({ hash, item });
  }
}
