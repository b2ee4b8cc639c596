/**
 * The reader's display settings (text size A-/A/A+ and high contrast),
 * remembered in localStorage and applied as attributes on <html>, which the
 * stylesheet reads (src/styles/sections.css). Pure: the script in
 * src/components/ReaderTools.astro does the storing and the clicking.
 */

/** Text size steps as a percentage of the browser's own size; level 0 is 100 %. */
export const TEXT_SIZES: Readonly<Record<number, number>> = { [-1]: 87.5, 0: 100, 1: 112.5, 2: 125, 3: 137.5, 4: 150 };
export const MIN_LEVEL = -1;
export const MAX_LEVEL = 4;

export const STORAGE_KEYS = { textSize: 'cong-thong-tin:co-chu', contrast: 'cong-thong-tin:tuong-phan' } as const;

export type TextSizeAction = 'smaller' | 'reset' | 'larger';

export interface ReaderSettings {
  /** -1 … 4 */
  textSize: number;
  highContrast: boolean;
}

export const DEFAULT_SETTINGS: ReaderSettings = { textSize: 0, highContrast: false };

/** The level after pressing A-, A or A+, kept within the steps. */
export function nextTextSize(level: number, action: TextSizeAction): number {
  if (action === 'reset') return 0;
  return Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, level + (action === 'larger' ? 1 : -1)));
}

/** A stored level, or 0 for anything missing, damaged or out of range. */
export function readTextSize(stored: string | null | undefined): number {
  if (stored == null || !/^-?\d$/.test(stored)) return 0;
  const level = Number(stored);
  return level >= MIN_LEVEL && level <= MAX_LEVEL ? level : 0;
}

export function readContrast(stored: string | null | undefined): boolean {
  return stored === 'cao';
}

/** What to store for the settings (null: remove the key, the default). */
export function storedValues(settings: ReaderSettings): Record<keyof typeof STORAGE_KEYS, string | null> {
  return { textSize: settings.textSize === 0 ? null : String(settings.textSize), contrast: settings.highContrast ? 'cao' : null };
}

/** The attributes on <html> for the settings: `data-text-size="2"`, `data-contrast="high"`; undefined removes one. */
export function rootAttributes(settings: ReaderSettings): { 'data-text-size'?: string; 'data-contrast'?: string } {
  return {
    'data-text-size': settings.textSize === 0 ? undefined : String(settings.textSize),
    'data-contrast': settings.highContrast ? 'high' : undefined,
  };
}

/** `125 %` as Vietnamese readers write it: `112,5 %`. */
export function formatPercent(level: number): string {
  return `${String(TEXT_SIZES[level] ?? 100).replace('.', ',')} %`;
}
