import { renderAsync } from '@resvg/resvg-js';
import { findReportFonts, FONT_SCRIPTS } from '../report/reportFonts.ts';

/**
 * A poll chart's PNG (POLL-51): the export's own SVG rendered on the server by resvg, so the
 * picture is the one the SVG download, the projector and the phones show, with no browser
 * involved. Fonts are the Noto files the PDF report uses (Latin, Cyrillic, Arabic, Chinese),
 * named explicitly rather than scanning every system font: a render loads four files, not hundreds.
 */

/** Pixels per SVG unit: a chart 800 units wide becomes a 1600-pixel picture, sharp on a slide. */
export const PNG_SCALE = 2;

let fontFiles: string[] | null = null;

/** The font files to render with, found once; `ReportFontsMissing` names the packages when some are not installed. */
function chartFontFiles(): string[] {
  if (fontFiles) return fontFiles;
  const fonts = findReportFonts();
  const paths = FONT_SCRIPTS.flatMap((script) => [fonts.regular[script].path, fonts.bold[script].path]);
  fontFiles = [...new Set(paths)];
  return fontFiles;
}

/** Renders an SVG document to PNG bytes, on a white background (a transparent chart is unreadable on a dark slide). */
export async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
  });
  return image.asPng();
}
