/**
 * The share image (Open Graph, 1200×630) of an article without a cover: a
 * card with the unit's emblem, its names and the title of the article's
 * category (one card per category, src/pages/og/[category].png.ts).
 *
 * Text is laid out by satori with Be Vietnam Pro from @fontsource (the
 * site's own font, WOFF files from npm: nothing is downloaded) and turned
 * into outlines, so sharp renders the PNG without any system font. Each
 * subset is its own family in a fallback list, so every Vietnamese letter
 * (ệ, ẫ, ở, Đ…) comes from a font that has it. Cards are kept in the cache
 * directory by a hash of everything drawn on them.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { portalCacheDir } from '../config/cache-dir.ts';
import { SHARE_IMAGE } from '../model/photos.ts';
import { t } from '../i18n/ui.ts';

/** Bump when the card's design changes, so cached cards are drawn again. */
const CARD_VERSION = 1;

export interface CardText {
  /** The big line: the category's name. */
  title: string;
  /** The unit's full name, e.g. «Ủy ban nhân dân xã Tân Lập». */
  unit: string;
  /** The level above, e.g. «Tỉnh Đắk Lắk». */
  parent: string;
  /** A short line at the bottom, e.g. the site's host name. */
  footer: string;
}

// Resolved from the project (builds run there), not from this module, which Vite moves into the build's chunks.
const require = createRequire(path.join(process.cwd(), 'package.json'));
const FONT_DIR = path.join(path.dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')), 'files');
const FONT_VERSION = (JSON.parse(fs.readFileSync(path.join(FONT_DIR, '../package.json'), 'utf8')) as { version: string }).version;
/** Vietnamese letters first, then the rest of Latin. */
const SUBSETS = ['vietnamese', 'latin', 'latin-ext'] as const;
const FAMILY = SUBSETS.map((subset) => `Be Vietnam Pro ${subset}`).join(', ');

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
function loadFonts() {
  fonts ??= SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `Be Vietnam Pro ${subset}`,
      data: fs.readFileSync(path.join(FONT_DIR, `be-vietnam-pro-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

interface Node {
  type: string;
  props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown };
}
const box = (style: Record<string, unknown>, ...children: unknown[]): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/** Title size by length, so that long titles still fit in four lines. */
export function titleSize(title: string): number {
  const length = [...title].length;
  return length <= 60 ? 64 : length <= 100 ? 54 : length <= 140 ? 46 : 40;
}

export interface RenderOptions {
  /** Called with any text no font could draw (the card is still made, with blanks there). */
  onMissingGlyphs?: (text: string) => void;
}

/** The card as SVG outlines (for tests) — see `shareCardPng`. */
export async function shareCardSvg(text: CardText, emblemPng: Buffer, options: RenderOptions = {}): Promise<string> {
  const nfc = (value: string) => value.normalize('NFC');
  const title = nfc(text.title);
  const tree = box(
    { width: '100%', height: '100%', flexDirection: 'column', background: '#ffffff', fontFamily: FAMILY, color: '#1d1d1f' },
    box(
      { background: '#a3161a', color: '#ffffff', padding: '36px 56px', alignItems: 'center', gap: 28 },
      { type: 'img', props: { src: `data:image/png;base64,${emblemPng.toString('base64')}`, width: 112, height: 112 } },
      box(
        { flexDirection: 'column', flex: 1 },
        box({ fontSize: 26, textTransform: 'uppercase', letterSpacing: 1 }, nfc(text.parent)),
        box({ fontSize: 38, fontWeight: 700, textTransform: 'uppercase', lineHeight: 1.2 }, nfc(text.unit)),
      ),
    ),
    box(
      { flex: 1, padding: '40px 56px 24px', alignItems: 'center' },
      {
        type: 'div',
        props: { style: { fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.22, lineClamp: 4, display: 'block', wordBreak: 'break-word' }, children: title },
      },
    ),
    box(
      { borderTop: '8px solid #f5c542', padding: '18px 56px', fontSize: 24, color: '#51535a', justifyContent: 'space-between' },
      box({}, t.portalKind),
      box({}, nfc(text.footer)),
    ),
  );
  return satori(tree as never, {
    ...SHARE_IMAGE,
    fonts: loadFonts(),
    loadAdditionalAsset: async (_language, segment) => {
      options.onMissingGlyphs?.(segment);
      return [];
    },
  });
}

/** The emblem (SVG, PNG, JPEG or WebP) as a PNG the card can embed. */
export async function emblemAsPng(file: string): Promise<Buffer> {
  return sharp(fs.readFileSync(file), { density: 300 })
    .resize(224, 224, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
}

/** The card as a PNG, from the cache when the same card was drawn before. */
export async function shareCardPng(text: CardText, emblemFile: string, cacheFolder: string | false = portalCacheDir('share-cards')): Promise<Buffer> {
  const emblem = fs.readFileSync(emblemFile);
  const key = crypto.createHash('sha256').update(JSON.stringify({ CARD_VERSION, FONT_VERSION, text })).update(emblem).digest('hex').slice(0, 32);
  const cached = cacheFolder ? path.join(cacheFolder, `${key}.png`) : undefined;
  if (cached && fs.existsSync(cached)) return fs.readFileSync(cached);
  const svg = await shareCardSvg(text, await emblemAsPng(emblemFile), {
    onMissingGlyphs: (segment) => console.warn(`share card: no font draws «${segment}» in «${text.title}»`),
  });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: false }).toBuffer();
  if (cached) {
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    fs.writeFileSync(`${cached}.${process.pid}.tmp`, png);
    fs.renameSync(`${cached}.${process.pid}.tmp`, cached);
  }
  return png;
}
