/**
 * A working calendar: which weekdays are worked and which dates are holidays, computing as the
 * sheets' WORKDAY.INTL and NETWORKDAYS.INTL do with the workbook's Weekend and Holidays names.
 */
import { dayOfWeek } from '../dates/months';

/** Weekday keys in WORKDAY.INTL's order: its weekend string starts on Monday. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Holiday {
  date: number;
  name: string;
}

/**
 * Where a country's public holidays come from (core/holidays reads date-holidays): the days off
 * of the given years, named in the language where the source can.
 */
export type HolidaySource = (
  country: string,
  years: readonly number[],
  language: string,
) => Holiday[];

export class WorkCalendar {
  /** WORKDAY.INTL's weekend string: seven 0/1 from Monday, 1 for a day off. */
  readonly weekend: string;
  private readonly off: boolean[];
  private readonly holidays: Set<number>;

  constructor(weekend = '0000011', holidays: readonly number[] = []) {
    if (!/^[01]{7}$/.test(weekend) || weekend === '1111111') {
      throw new Error(`not a working week: ${weekend}`);
    }
    this.weekend = weekend;
    // Indexed by dayOfWeek (0 = Sunday): the string's Sunday is its last character.
    this.off = [6, 0, 1, 2, 3, 4, 5].map((i) => weekend[i] === '1');
    this.holidays = new Set(holidays);
  }

  /** Monday to Friday, no holidays: what WORKDAY and NETWORKDAYS assume. */
  static readonly STANDARD = new WorkCalendar();

  /** A plan's calendar: its week and its days off. */
  static of(plan: { weekend: string; holidays: readonly Holiday[] }): WorkCalendar {
    return new WorkCalendar(
      plan.weekend,
      plan.holidays.map((h) => h.date),
    );
  }

  isWorkingDay(serial: number): boolean {
    return !this.off[dayOfWeek(serial)] && !this.holidays.has(serial);
  }

  /** WORKDAY.INTL(start, n): the n-th working day after start (before it when n < 0). */
  workday(start: number, n: number): number {
    let day = start;
    let left = Math.abs(n);
    const step = n < 0 ? -1 : 1;
    while (left > 0) {
      day += step;
      if (this.isWorkingDay(day)) left--;
    }
    return day;
  }

  /** The first working day on or after the date (WORKDAY.INTL(date − 1, 1)). */
  nextWorkingDay(serial: number): number {
    return this.workday(serial - 1, 1);
  }

  /** The last working day on or before the date (WORKDAY.INTL(date + 1, −1)). */
  previousWorkingDay(serial: number): number {
    return this.workday(serial + 1, -1);
  }

  /** NETWORKDAYS.INTL(from, to): working days in [from, to], negative when to < from. */
  networkdays(from: number, to: number): number {
    if (to < from) return -this.networkdays(to, from);
    let count = 0;
    for (let d = from; d <= to; d++) if (this.isWorkingDay(d)) count++;
    return count;
  }
}

/** The weekend string of a list of worked weekdays ("mon" … "sun"). */
export function weekendOf(worked: readonly Weekday[]): string {
  return WEEKDAYS.map((d) => (worked.includes(d) ? '0' : '1')).join('');
}

/** The worked weekdays of a weekend string. */
export function workedDays(weekend: string): Weekday[] {
  return WEEKDAYS.filter((_, i) => weekend[i] === '0');
}
