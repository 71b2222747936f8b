/**
 * How each host must be given what a spec holds, said once for every renderer: user text that
 * stays text, the formula a cell carries (native or calling the KPI functions, in the host's
 * spelling), and the units of widths and heights.
 */
import { fileFormula } from './formulas';
import type { Cell } from './spec';

/** The renderers: core/xlsx (ExcelJS), the Google Sheets add-on and the Excel add-in. */
export type Host = 'xlsx' | 'sheets' | 'excel';

/**
 * Strings Google Sheets and Excel would not store as the same text when written as a value:
 * - a leading = (a formula), + - @ (read as formulas by both hosts), an apostrophe (it would be
 *   taken as the text marker and dropped), whitespace or a control character (tab, CR…);
 * - what may be read as a number, date, time, currency amount, error or boolean: a leading
 *   digit, decimal separator, parenthesis, currency symbol or #, TRUE/FALSE, and a month or
 *   weekday name followed by a number ("Jan 5", "March 2027").
 */
const READ_AS_SOMETHING_ELSE = new RegExp(
  [
    String.raw`^[=+\-@'\s\u0000-\u001f\u007f]`,
    String.raw`^[\d.,(#\p{Sc}]`,
    String.raw`^(true|false)$`,
    String.raw`^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[\s,/-]*\d`,
  ].join('|'),
  'iu',
);

/**
 * User text as a host must be given it to store exactly that text (DESIGN.md: user text is
 * text). Sheets and Excel take a leading apostrophe as "this is text" and keep the rest; an
 * .xlsx cell holds a string as a string, but Excel and ExcelJS read _xHHHH_ inside one as the
 * character U+HHHH, so a literal one has its underscore escaped (_x005F_).
 */
export function hostText(text: string, host: Host): string {
  if (host === 'xlsx') return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
  return READ_AS_SOMETHING_ELSE.test(text) ? `'${text}` : text;
}

/**
 * The formula a host writes for a cell, without the leading "=": the add-in formula when the
 * workbook asks for add-in formulas and the host runs the add-in (never core/xlsx, whose
 * workbooks must work without it), else the native one. The spec spells the KPI functions as
 * Excel does (KPI.STATUS); Sheets names them KPI_STATUS. The add-ins' APIs take every function
 * by its name; the .xlsx file spells each as Excel reads it from a file (fileFormula).
 */
export function hostFormula(
  cell: Cell,
  formulaStyle: 'native' | 'addin',
  host: Host,
): string | undefined {
  if (cell.formula === undefined) return undefined;
  if (host === 'xlsx') return fileFormula(cell.formula);
  if (formulaStyle !== 'addin' || cell.addinFormula === undefined) {
    return cell.formula;
  }
  return host === 'sheets'
    ? cell.addinFormula.replace(/\bKPI\.([A-Z_]+)\(/g, 'KPI_$1(')
    : cell.addinFormula;
}

/**
 * A day's date in the Solar Hijri calendar as Excel formats one (locale fa-IR, calendar 0x16:
 * Persian); the cell keeps its serial. Google Sheets and LibreOffice have no such format (the
 * latter shows the bare serial for it), so they, and the .xlsx that any of them may open, keep
 * the ISO date. Months stay Gregorian everywhere: a month row of the Data sheet is a Gregorian
 * month, which a Persian month name would misstate.
 */
const PERSIAN_DAY_FORMATS: Readonly<Record<string, string>> = {
  'yyyy-mm-dd': '[$-fa-IR,16]yyyy/mm/dd;@',
  'dd mmm': '[$-fa-IR,16]dd mmmm;@',
};

/** The number format a host is given for a style's format, dates shown as the workbook asks. */
export function hostNumberFormat(
  format: string | undefined,
  host: Host,
  dateDisplay: 'solar-hijri' | undefined,
): string | null {
  if (format === undefined) return null;
  if (dateDisplay === 'solar-hijri' && host === 'excel')
    return PERSIAN_DAY_FORMATS[format] ?? format;
  return format;
}

/**
 * A column width in pixels, for hosts that take pixels (Sheets): spec widths are in characters
 * of the default font, as Excel and .xlsx count them (a character is 7 px, plus 5 px padding).
 */
export function widthInPixels(characters: number): number {
  return Math.round(characters * 7 + 5);
}

/** A row height in pixels, for hosts that take pixels (Sheets): spec heights are in points. */
export function heightInPixels(points: number): number {
  return Math.round((points * 4) / 3);
}
