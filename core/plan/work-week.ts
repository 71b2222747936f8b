/**
 * The plan's working calendar: business.country, the worked weekdays and the holidays. A
 * country brings its working week and (when the caller has a holiday source) its public
 * holidays for the plan's years; what the input states wins.
 */
import type { HolidaySource } from './calendar';
import { dateOfSerial } from '../dates/serial';
import { WEEKDAYS, WorkCalendar, weekendOf, type Holiday, type Weekday } from './calendar';
import { COUNTRIES, countryWeekend } from './countries';
import type { FieldReader } from './fields';
import { MAX_HOLIDAYS, TEXT_MAX } from './limits';

export interface PlanCalendar {
  country: string;
  weekend: string;
  holidays: Holiday[];
  cal: WorkCalendar;
}

export function readCountry(r: FieldReader, value: unknown): string {
  const code = r.text('business.country', value, { max: 2 });
  if (code === undefined) return '';
  const upper = code.toUpperCase();
  if (!COUNTRIES.includes(upper)) {
    r.error('business.country', r.t('error.country', { code }));
    return '';
  }
  return upper;
}

export function readWorkingDays(r: FieldReader, value: unknown): string | undefined {
  const list = r.array('workingDays', value, 7, 'what.workingDays');
  if (!list) return undefined;
  const days: Weekday[] = [];
  list.forEach((item, i) => {
    const day = r.oneOf(
      `workingDays[${i}]`,
      typeof item === 'string' ? item.toLowerCase() : item,
      WEEKDAYS,
    );
    if (day && days.includes(day))
      r.error(`workingDays[${i}]`, r.t('error.listedTwice', { name: day }));
    else if (day) days.push(day);
  });
  if (list.length === 0) r.error('workingDays', r.t('error.noWorkingDay'));
  return days.length > 0 ? weekendOf(days) : undefined;
}

export function readHolidays(r: FieldReader, value: unknown): Holiday[] | undefined {
  const list = r.array('holidays', value, MAX_HOLIDAYS, 'what.holidays');
  if (!list) return undefined;
  const seen = new Set<number>();
  return list.flatMap((item, i) => {
    const path = `holidays[${i}]`;
    let date: number | undefined;
    let name = '';
    if (typeof item === 'string') date = r.date(path, item);
    else {
      const raw = r.item(path, item);
      if (!raw) return [];
      r.knownKeys(path, raw, ['date', 'name']);
      if (raw.date === undefined) r.error(`${path}.date`, r.t('error.required'));
      date = r.date(`${path}.date`, raw.date);
      name = r.text(`${path}.name`, raw.name, { max: TEXT_MAX.taskName }) ?? '';
    }
    if (date === undefined || seen.has(date)) return [];
    seen.add(date);
    return [{ date, name }];
  });
}

/** The years whose holidays a plan needs: its own, and one past (tasks may run beyond it). */
export function holidayYears(start: number, end: number): number[] {
  const [first, last] = [start, end].map((s) => dateOfSerial(s).getUTCFullYear());
  return Array.from({ length: last - first + 2 }, (_, i) => first + i);
}

/** The calendar the plan schedules on, from what was read and the country's defaults. */
export function planCalendar(
  country: string,
  weekend: string | undefined,
  holidays: Holiday[] | undefined,
  span: { start: number; end: number; language: string; source?: HolidaySource },
): PlanCalendar {
  const week = weekend ?? (country ? countryWeekend(country) : '0000011');
  let days = holidays;
  if (!days) {
    const years = holidayYears(span.start, span.end);
    days = country && span.source ? span.source(country, years, span.language) : [];
  }
  const holidaysByDate = [...days].sort((a, b) => a.date - b.date);
  const calendar = { country, weekend: week, holidays: holidaysByDate };
  return { ...calendar, cal: WorkCalendar.of(calendar) };
}
