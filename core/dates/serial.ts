/**
 * Serial day numbers, the one date module of planbook: the 1900 date system Excel and Google
 * Sheets share (1 = 1900-01-01, 61 = 1900-03-01, 46023 = 2026-01-01). The plan, the sheets, the
 * KPI functions (KPI_FUNCTIONS.md's dates) and both custom-function wrappers count days with it.
 * No time zones: a date is a whole day; a host turns its own date values into serials with
 * serialOf (the Sheets wrapper does, in the spreadsheet's time zone).
 */

/**
 * The dates spreadsheets hold alike: Excel's 1900 system counts a 29 February 1900 that never
 * was, so serials before 1900-03-01 differ by a day between Excel and LibreOffice (which gives
 * Err:502 for some); Excel's last date is 9999-12-31.
 */
export const FIRST_DATE = 61; // 1900-03-01
export const LAST_DATE = 2958465; // 9999-12-31

const MS_PER_DAY = 86400000;
/** The serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/** A serial from a year, month (1–12) and day; years below 100 are taken as written. */
export function serialOf(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, 0, 1));
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as written.
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** The UTC midnight of a serial day. */
export function dateOfSerial(serial: number): Date {
  return new Date((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
}

/** The serial of a UTC midnight (dateOfSerial's inverse: how ExcelJS gives a date cell). */
export function serialOfUtc(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** Parses "YYYY-MM-DD" into a serial, or returns null when it is not a real calendar date. */
export function parseIsoDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const serial = serialOf(y, mo, d);
  const back = dateOfSerial(serial);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return serial;
}

/** A serial as "YYYY-MM-DD". */
export function isoDate(serial: number): string {
  return dateOfSerial(serial).toISOString().slice(0, 10);
}

/** The serial of a clock reading's day in the runner's local calendar. */
export function serialOfDate(date: Date): number {
  return serialOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
