import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfConversionArguments } from '../../electron/export/convert-to-pdf';

export const canRender =
  spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;

export interface PdfLine {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  text: string;
}

/** Renders a DOCX through LibreOffice and reads every text line of the PDF with its position (pt). */
export function renderDocx(docx: Buffer): { pages: number; lines: PdfLine[] } {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-render-'));
  writeFileSync(join(dir, 'report.docx'), docx);
  execFileSync('soffice', pdfConversionArguments(dir, 'report.docx'), { stdio: 'pipe', timeout: 120_000 });
  execFileSync('pdftotext', ['-bbox-layout', join(dir, 'report.pdf'), join(dir, 'report.html')]);
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  const lines: PdfLine[] = [];
  html
    .split('<page ')
    .slice(1)
    .forEach((page, index) => {
      for (const match of page.matchAll(
        /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)<\/line>/gs,
      )) {
        const text = [...match[4]!.matchAll(/>([^<]*)<\/word>/g)].map((word) => word[1]).join('');
        lines.push({ page: index + 1, x0: Number(match[1]), y0: Number(match[2]), x1: Number(match[3]), text });
      }
    });
  return { pages: html.split('<page ').length - 1, lines };
}
