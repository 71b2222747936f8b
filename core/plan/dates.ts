/**
 * Calendar helpers on serial day numbers (the 1900 date system Excel and Sheets share:
 * 1 = 1900-01-01, 46023 = 2026-01-01). No time zones: a date is a whole day.
 */

const MS_PER_DAY = 86400000;
/** The serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/** Parses "YYYY-MM-DD" into a serial, or returns null when it is not a real calendar date. */
export function parseIsoDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as written.
  const back = new Date(Date.UTC(2000, mo - 1, d));
  back.setUTCFullYear(y, mo - 1, d);
  const ms = back.getTime();
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function toUtc(serial: number): Date {
  return new Date((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
}

/** A serial as "YYYY-MM-DD". */
export function isoDate(serial: number): string {
  return toUtc(serial).toISOString().slice(0, 10);
}

/** A serial from a year, month (1–12) and day. */
export function serialOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(serial: number): number {
  return toUtc(serial).getUTCDay();
}

export function isWorkingDay(serial: number): boolean {
  const d = dayOfWeek(serial);
  return d !== 0 && d !== 6;
}

/** WORKDAY(start, n): the n-th working day after start (before it when n < 0). */
export function workday(start: number, n: number): number {
  let day = start;
  let left = Math.abs(n);
  const step = n < 0 ? -1 : 1;
  while (left > 0) {
    day += step;
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/** The first working day on or after the date. */
export function nextWorkingDay(serial: number): number {
  let day = serial;
  while (!isWorkingDay(day)) day++;
  return day;
}

/** The first day of the serial's month. */
export function monthStart(serial: number): number {
  const d = toUtc(serial);
  return serialOf(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** The first day of the month after the serial's month. */
export function nextMonthStart(serial: number): number {
  const d = toUtc(serial);
  return serialOf(d.getUTCFullYear(), d.getUTCMonth() + 2, 1);
}

/** "YYYY-MM" of a serial (the key of a month in the plan's actuals). */
export function monthKey(serial: number): string {
  return isoDate(serial).slice(0, 7);
}

/** The first day of every calendar month that the period [start, end] touches. */
export function monthsBetween(start: number, end: number): number[] {
  const months: number[] = [];
  for (let m = monthStart(start); m <= end; m = nextMonthStart(m)) months.push(m);
  return months;
}

/** Today's serial from a clock reading in the runner's local calendar. */
export function serialOfDate(date: Date): number {
  return serialOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
