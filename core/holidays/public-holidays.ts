/**
 * A country's public holidays from date-holidays (a maintained library), as whole days off:
 * a holiday that lasts several days is each of its days, names are normalised to ordinary
 * letters (the library's Iranian names use Arabic presentation forms), and the closures
 * business keeps around the new year are added: Nowruz to Sizdah Bedar (1–13 Farvardin) in
 * Iran, the Spring Festival week from New Year's Eve in China.
 */
import Holidays from 'date-holidays';
import { isoDate, parseIsoDate } from '../dates/serial';
import { COUNTRIES } from '../plan/countries';
import { MAX_WEEKS } from '../plan/limits';
import type { PlanInput } from '../plan/types';
import { holidayYears } from '../plan/work-week';
import type { HolidaySource } from '../plan/calendar';

const DAY_MS = 86_400_000;

/** NFKC turns presentation forms into letters; the library's "ﷲ" after an alef doubles it. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/االله/g, 'الله').replace(/\s+/g, ' ').trim();
}

/**
 * Closures around a holiday the library lists as fewer days than business keeps, found by the
 * library's rule for the day (names depend on the language): Nowruz to Sizdah Bedar, and the
 * Spring Festival from New Year's Eve for eight days (as the State Council has set it since 2025).
 */
const CLOSURES: Record<string, { rule: string; from: number; days: number }> = {
  IR: { rule: '1 Farvardin', from: 0, days: 13 },
  CN: { rule: 'chinese 01-0-01', from: -1, days: 8 },
};

/** Days the library lists as public that only some people have off (women, youth, children). */
const PARTIAL: Record<string, RegExp> = { CN: /妇女节|青年节|儿童节|建军节/ };

export const publicHolidays: HolidaySource = (country, years, language) => {
  const hd = new Holidays(country);
  const lang = hd.getLanguages().includes(language) ? language : undefined;
  const days = new Map<number, string>();
  for (const year of years) {
    const partial = PARTIAL[country];
    const list = hd
      .getHolidays(year, lang)
      .filter((h) => h.type === 'public' && !partial?.test(h.name));
    const closure = CLOSURES[country];
    let closed = false;
    for (const h of list) {
      const first = parseIsoDate(h.date.slice(0, 10)) as number;
      const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
      const name = normaliseName(h.name);
      for (let d = 0; d < length; d++) if (!days.has(first + d)) days.set(first + d, name);
      if (closure && !closed && h.rule === closure.rule) {
        closed = true;
        for (let d = 0; d < closure.days; d++) {
          const day = first + closure.from + d;
          if (!days.has(day)) days.set(day, name);
        }
      }
    }
  }
  return [...days].sort((a, b) => a[0] - b[0]).map(([date, name]) => ({ date, name }));
};

/**
 * The plan input with its country's public holidays written out as `holidays`, for a host
 * whose server has no holiday library (the Sheets add-on). Unchanged when the input names no
 * country planbook knows or lists its own holidays.
 */
export function withPublicHolidays(input: unknown, today: number): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const plan = input as PlanInput;
  const country = plan.business?.country?.toUpperCase();
  if (!country || !COUNTRIES.includes(country) || plan.holidays !== undefined) return input;
  const start =
    (typeof plan.period?.start === 'string' && parseIsoDate(plan.period.start)) || today;
  // Unchecked yet: a length past the limit (validation will say so) asks for no more years.
  const given = plan.period?.weeks;
  const asked = typeof given === 'number' && Number.isFinite(given) ? given : MAX_WEEKS;
  const weeks = Math.min(Math.max(asked, 1), MAX_WEEKS);
  const years = holidayYears(start, start + weeks * 7 - 1);
  const days = publicHolidays(
    country,
    years,
    typeof plan.language === 'string' ? plan.language : 'en',
  );
  return { ...plan, holidays: days.map((h) => ({ date: isoDate(h.date), name: h.name })) };
}
