/** Weekdays and months on serial day numbers (./serial). */
import { dateOfSerial, isoDate, serialOf } from './serial';

/** 0 = Sunday … 6 = Saturday (counted from 1970-01-01, a Thursday: no Date per call). */
export function dayOfWeek(serial: number): number {
  return (((serial - EPOCH_THURSDAY + 4) % 7) + 7) % 7;
}

/** The serial of 1970-01-01. */
const EPOCH_THURSDAY = 25569;

/** The first day of the serial's month. */
export function monthStart(serial: number): number {
  const d = dateOfSerial(serial);
  return serialOf(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** The first day of the month after the serial's month. */
export function nextMonthStart(serial: number): number {
  const d = dateOfSerial(serial);
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
