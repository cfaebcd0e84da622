import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text inside the report's documents, read back with real readers: PDF.js for the PDF
 * (what a reader's search or copy would give), an unzip and the `document.xml` of a Word file.
 */

/** Every page's text, a line per text run, and the page count. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const lines: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    let line = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      }
    }
    if (line) lines.push(line);
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text: lines.join('\n') };
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
}

export interface DocxParagraph {
  readonly style: string | null;
  readonly text: string;
  readonly rightToLeft: boolean;
}

/** The paragraphs of a .docx's main document, with their style (Heading1, Title…). */
export function docxParagraphs(bytes: Uint8Array): DocxParagraph[] {
  const files = unzipSync(new Uint8Array(bytes));
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml in the file');
  const text = strFromU8(xml);
  if (!text.startsWith('<?xml') || !text.includes('<w:document')) throw new Error('document.xml is not a Word document');
  const paragraphs: DocxParagraph[] = [];
  for (const match of text.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const p = match[0];
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null;
    const runs = [...p.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? ''));
    paragraphs.push({ style, text: runs.join(''), rightToLeft: /<w:bidi\/>|<w:bidi w:val="(?:true|1)"\/>/.test(p) });
  }
  return paragraphs;
}

/** The files of a zip as text. */
export function zipTexts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(new Uint8Array(bytes))).map(([name, data]) => [name, strFromU8(data)]));
}

/** A CSV (RFC 4180) as rows of cells; throws on a malformed quote. */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      if (cell !== '') throw new Error(`a quote inside an unquoted cell at ${i}`);
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (quoted) throw new Error('an unclosed quote');
  if (cell !== '' || row.length > 0) throw new Error('the last row does not end with CRLF');
  return rows;
}
