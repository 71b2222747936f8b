/**
 * What every sheet prints with, on every host that has page setup: A4 paper (LibreOffice and
 * Excel fall back to Letter when a workbook names none), margins in inches, the sheet's title
 * in the page header and "page / pages" in the footer, in the codes Excel and the .xlsx file
 * share (&A the sheet's name, &P the page, &N the pages).
 */
import { columnLetter } from './a1';

export const PAPER = 'A4';
/** ECMA-376's paper size code for A4. */
export const PAPER_CODE = 9;
export const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
export const PAGE_HEADER = '&A';
export const PAGE_FOOTER = '&P / &N';

/** Rows or columns as the .xlsx file and Excel's print titles spell them ("1:6", "A:B"). */
export function titleSpan(span: { from: number; to: number }, columns: boolean): string {
  const name = (n: number) => (columns ? columnLetter(n) : String(n));
  return `$${name(span.from)}:$${name(span.to)}`;
}
