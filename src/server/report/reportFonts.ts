import { existsSync } from 'node:fs';

/**
 * The fonts of the PDF report (REPORT-2), found at run time among Debian's font packages:
 * Latin, Cyrillic and Greek from Noto Sans (fonts-noto-core), Arabic from Noto Naskh Arabic
 * (fonts-noto-core), Chinese from Noto Sans CJK (fonts-noto-cjk). DejaVu (fonts-dejavu-core)
 * and Droid Sans Fallback (fonts-droid-fallback) stand in where Noto is not installed. With
 * no font for a script the PDF is refused with the packages to install, never drawn as boxes.
 */

export const FONT_SCRIPTS = ['latin', 'arabic', 'cjk'] as const;
export type FontScript = (typeof FONT_SCRIPTS)[number];

export interface FontFile {
  readonly path: string;
  /** The font's PostScript name inside a collection (.ttc). */
  readonly family?: string;
}

export interface ReportFonts {
  readonly regular: Readonly<Record<FontScript, FontFile>>;
  readonly bold: Readonly<Record<FontScript, FontFile>>;
}

/** Where Debian puts each font; the first one found wins. */
const CANDIDATES: Readonly<Record<FontScript, { regular: readonly FontFile[]; bold: readonly FontFile[] }>> = {
  latin: {
    regular: [{ path: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf' }, { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' }],
    bold: [{ path: '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf' }, { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' }],
  },
  arabic: {
    regular: [{ path: '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf' }, { path: '/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf' }, { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' }],
    bold: [{ path: '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf' }, { path: '/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf' }, { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' }],
  },
  cjk: {
    regular: [{ path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' }, { path: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf' }],
    bold: [{ path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', family: 'NotoSansCJKsc-Bold' }, { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' }, { path: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf' }],
  },
};

/** The Debian packages that bring the fonts, for the error and the README. */
export const FONT_PACKAGES = 'fonts-noto-core fonts-noto-cjk';

export class ReportFontsMissing extends Error {
  constructor(readonly scripts: readonly FontScript[]) {
    super(`no font for ${scripts.join(', ')} text: install ${FONT_PACKAGES} (apt-get install ${FONT_PACKAGES})`);
    this.name = 'ReportFontsMissing';
  }
}

/** The fonts found, or `ReportFontsMissing` naming the scripts without one. `exists` is for tests. */
export function findReportFonts(exists: (path: string) => boolean = existsSync): ReportFonts {
  const missing: FontScript[] = [];
  const pick = (files: readonly FontFile[], script: FontScript): FontFile => {
    const found = files.find((f) => exists(f.path));
    if (!found) {
      if (!missing.includes(script)) missing.push(script);
      return { path: '' };
    }
    return found;
  };
  const regular = Object.fromEntries(FONT_SCRIPTS.map((s) => [s, pick(CANDIDATES[s].regular, s)])) as Record<FontScript, FontFile>;
  const bold = Object.fromEntries(FONT_SCRIPTS.map((s) => [s, pick(CANDIDATES[s].bold, s)])) as Record<FontScript, FontFile>;
  if (missing.length > 0) throw new ReportFontsMissing(missing);
  return { regular, bold };
}
