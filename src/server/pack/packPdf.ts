import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { MdBlock, MdInline } from '../../core/markdown/markdownTree.ts';
import { parseMarkdown } from '../../core/markdown/parseMarkdown.ts';
import { registerScriptFonts, scriptTextHeight, writeScriptText, type ScriptTextOptions } from '../report/pdfScriptText.ts';
import { findReportFonts, type ReportFonts } from '../report/reportFonts.ts';

/**
 * The host's printable pack for the room (REPORT-14): a poster with the QR code and the join
 * code, and the guidelines and code of conduct on one page. A4, drawn with pdfkit; the QR code
 * is vector squares, sharp at any size. The report's fonts and script runs (`pdfScriptText.ts`):
 * a title or guidelines in Arabic are shaped right to left, Chinese drawn with Noto Sans CJK.
 */

type Doc = InstanceType<typeof PDFDocument>;

function documentOf(title: string, subject: string, fonts: ReportFonts): { doc: Doc; done: Promise<Buffer> } {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 56, right: 56 }, info: { Title: title, Subject: subject, Creator: 'OpenFloor', Producer: 'OpenFloor (pdfkit)' }, lang: 'en', displayTitle: true });
  registerScriptFonts(doc, fonts);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** "123 456 789": the join code in groups of three, as the projector shows it. */
export function spacedCode(code: string): string {
  return code.replace(/(\d{3})(?=\d)/g, '$1 ');
}

export interface PosterInput {
  readonly title: string;
  readonly subtitle: string | null;
  readonly joinCode: string;
  /** The join link the QR code holds: `/j/JOIN_CODE`. */
  readonly joinUrl: string;
  /** Where to type the code: the server's address. */
  readonly site: string;
}

/** The poster: title, QR code, join code, where to type it. */
export function renderPoster(input: PosterInput, fonts: ReportFonts = findReportFonts()): Promise<Buffer> {
  const { doc, done } = documentOf(input.title, 'Join poster', fonts);
  const width = doc.page.width - 112;
  const line = (text: string, options: Omit<ScriptTextOptions, 'width' | 'align'>) => writeScriptText(doc, text, 56, undefined, { ...options, width, align: 'center' });
  line(input.title, { bold: true, size: 30, colour: '#16123a' });
  if (input.subtitle) line(input.subtitle, { size: 16, colour: '#4b4770' });
  doc.moveDown(0.8);
  line('Scan to join, or go to', { size: 18, colour: '#16123a' });
  line(input.site, { bold: true, size: 18, colour: '#16123a' });
  line('and type the code', { size: 18, colour: '#16123a' });
  doc.moveDown(0.3);
  line(spacedCode(input.joinCode), { bold: true, size: 54, colour: '#4330c4' });

  const qr = QRCode.create(input.joinUrl, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const side = Math.min(300, doc.page.height - doc.y - 120);
  const cell = side / (size + 2);
  const left = (doc.page.width - cell * (size + 2)) / 2;
  const top = doc.y + 16;
  doc.rect(left, top, cell * (size + 2), cell * (size + 2)).fill('#ffffff');
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (qr.modules.get(row, col)) doc.rect(left + (col + 1) * cell, top + (row + 1) * cell, cell, cell);
  }
  doc.fill('#16123a');
  doc.y = top + cell * (size + 2) + 24;
  writeScriptText(doc, 'Anonymous by default: OpenFloor never asks for your name.', 56, doc.y, { size: 12, colour: '#4b4770', width, align: 'center' });
  doc.end();
  return done;
}

function inlineText(inlines: readonly MdInline[]): string {
  return inlines.map((i) => (i.t === 'text' || i.t === 'code' ? i.v : i.t === 'br' ? '\n' : inlineText(i.c))).join('');
}

/** A Markdown document as paragraphs of plain text, list items with their bullet or number. */
export function markdownLines(source: string): { readonly text: string; readonly heading: boolean }[] {
  const lines: { text: string; heading: boolean }[] = [];
  const walk = (blocks: readonly MdBlock[], prefix: string) => {
    for (const block of blocks) {
      if (block.t === 'p') lines.push({ text: prefix + inlineText(block.c), heading: false });
      else if (block.t === 'h') lines.push({ text: inlineText(block.c), heading: true });
      else if (block.t === 'pre') lines.push({ text: block.v, heading: false });
      else block.items.forEach((item, i) => walk(item, block.t === 'ul' ? '• ' : `${String((block.t === 'ol' ? block.start : 1) + i)}. `));
    }
  };
  walk(parseMarkdown(source), '');
  return lines;
}

export interface GuidelinesInput {
  readonly title: string;
  readonly joinCode: string;
  readonly onsite: string;
  readonly online: string;
  readonly codeOfConduct: string;
}

/** The guidelines per room and the code of conduct on one page: the type shrinks until it fits. */
export function renderGuidelines(input: GuidelinesInput, fonts: ReportFonts = findReportFonts()): Promise<Buffer> {
  const { doc, done } = documentOf(input.title, 'Guidelines and code of conduct', fonts);
  const width = doc.page.width - 112;
  const sections = [
    { heading: 'In the room', lines: markdownLines(input.onsite) },
    { heading: 'Online', lines: markdownLines(input.online) },
    { heading: 'Code of conduct', lines: markdownLines(input.codeOfConduct) },
  ].filter((s) => s.lines.length > 0);
  const heightAt = (size: number) => {
    let h = scriptTextHeight(doc, input.title, { width, size }) * 1.6 + size * 3;
    for (const s of sections) {
      h += scriptTextHeight(doc, s.heading, { width, size: size * 1.3, bold: true }) + size;
      for (const line of s.lines) h += scriptTextHeight(doc, line.text, { width, size, bold: line.heading }) + size * 0.4;
    }
    return h;
  };
  const available = doc.page.height - 112;
  let size = 12;
  while (size > 6 && heightAt(size) > available) size -= 0.5;
  writeScriptText(doc, input.title, 56, undefined, { bold: true, size: size * 1.6, colour: '#16123a', width });
  writeScriptText(doc, `Join code ${spacedCode(input.joinCode)}`, 56, undefined, { size, colour: '#4b4770', width });
  for (const s of sections) {
    doc.moveDown(0.8);
    writeScriptText(doc, s.heading, 56, undefined, { bold: true, size: size * 1.3, colour: '#16123a', width });
    for (const line of s.lines) {
      doc.moveDown(0.2);
      writeScriptText(doc, line.text, 56, undefined, { bold: line.heading, size, colour: '#16123a', width });
    }
  }
  doc.end();
  return done;
}
