/** The calendar on serial day numbers (core/kpi/serial): weekdays and months. */
import { dateOfSerial, isoDate, serialOf } from '../kpi/serial';

/** 0 = Sunday … 6 = Saturday (counted from 1970-01-01, a Thursday: no Date per call). */
export function dayOfWeek(serial: number): number {
  return (((serial - EPOCH_THURSDAY + 4) % 7) + 7) % 7;
}

/** The serial of 1970-01-01. */
const EPOCH_THURSDAY = 25569;

/**
 * The first Monday-to-Friday day on or after the date: the default start of a plan, before
 * its calendar is known (core/plan/calendar.ts computes with the plan's own week).
 */
export function nextWorkingDay(serial: number): number {
  let day = serial;
  while (dayOfWeek(day) === 0 || dayOfWeek(day) === 6) day++;
  return day;
}

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
