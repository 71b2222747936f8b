/**
 * Prints an .xlsx to PDF with LibreOffice (recalculated on load) and reads each page's text
 * back with pdftotext: which sheet each page belongs to (the page header the workbook sets is
 * the sheet's title) and what it shows.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { recalculatingProfile } from './libreoffice';

export interface PrintedPage {
  /** The page header's text: the sheet's title. */
  sheet: string;
  text: string;
}

/** The pages LibreOffice prints for the workbook, in order. */
export function printPages(xlsx: Uint8Array, name = 'plan'): PrintedPage[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'planbook-print-'));
  try {
    const file = path.join(dir, `${name}.xlsx`);
    writeFileSync(file, xlsx);
    const profile = recalculatingProfile(dir);
    const args = [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf'];
    execFileSync('soffice', [...args, '--outdir', dir, file], { stdio: 'pipe', timeout: 180000 });
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, `${name}.pdf`), '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    // pdftotext ends every page with a form feed.
    return text
      .split('\f')
      .slice(0, -1)
      .map((page) => {
        const first = page.split('\n').find((line) => line.trim() !== '') ?? '';
        // pdftotext wraps right-to-left runs in embedding marks.
        return { sheet: first.replace(/[\u202a-\u202e]/g, '').trim(), text: page };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A title as pdftotext's text and the workbook's compare: the same letters in any order (it
 * writes Persian's lam-alef ligature as alef-lam).
 */
export const titleKey = (title: string) =>
  [...title.replace(/[\s\u200c\u202a-\u202e]/g, '')].sort().join('');

/** Pages per sheet title, in the order the sheets first print. */
export function pagesPerSheet(pages: PrintedPage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const page of pages) counts.set(page.sheet, (counts.get(page.sheet) ?? 0) + 1);
  return counts;
}
