/**
 * Holidays: the plan's working week (a 1 under each day worked) and its days off, one per row
 * with spare rows to add more. Every WORKDAY.INTL and NETWORKDAYS.INTL of the workbook reads
 * them through two names: Weekend (WORKDAY.INTL's seven-character weekend string, built from
 * the week's cells) and Holidays (the date column), so editing either moves the schedule.
 */
import { WEEKDAYS } from '../plan/calendar';
import { countryName } from '../plan/countries';
import { cellRef, rangeRef } from '../workbook/a1';
import { SheetBuilder } from '../workbook/builder';
import {
  calc,
  defineName,
  header,
  input,
  label,
  type SheetContext,
  type SheetEntry,
} from './context';

/** Empty rows under the listed days off, for the marketer's own. */
export const SPARE_HOLIDAY_ROWS = 30;

export const CALENDAR_LAYOUT = {
  weekHeaderRow: 5,
  weekRow: 6,
  weekendRow: 7,
  holidayHeaderRow: 9,
  firstHolidayRow: 10,
} as const;

export function calendarSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t, plan } = ctx;
  const L = CALENDAR_LAYOUT;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  sheet.cell(1, 1, label(t('sheet.calendar'), 'title'));
  const country = plan.business.country;
  const source = country
    ? t('calendar.fromCountry', { country: countryName(country, plan.language) })
    : t('calendar.noCountry');
  sheet.cell(2, 1, label(`${t('calendar.intro')} ${source}`, 'guidance'));
  sheet.merge(rangeRef(2, 1, 2, 8));
  sheet.height(2, 64);
  sheet.cell(L.weekHeaderRow - 1, 1, label(t('calendar.week'), 'section'));
  sheet.row(
    L.weekHeaderRow,
    1,
    WEEKDAYS.map((d) => header(t(`weekday.${d}`))),
  );
  sheet.row(
    L.weekRow,
    1,
    WEEKDAYS.map((_, i) => input(plan.weekend[i] === '0' ? 1 : 0, 'integer')),
  );
  const weekCells = WEEKDAYS.map((_, i) => cellRef(L.weekRow, i + 1));
  sheet.validate({
    kind: 'number',
    range: rangeRef(L.weekRow, 1, L.weekRow, 7),
    min: 0,
    max: 1,
    integer: true,
  });
  sheet.row(L.weekendRow, 1, [
    label(t('calendar.weekendCode'), 'label'),
    calc(weekCells.map((c) => `IF(${c}=1,"0","1")`).join('&'), 'code'),
    label(t('calendar.weekNote'), 'note'),
  ]);
  defineName(ctx, 'Weekend', entry.id, [L.weekendRow, 2]);
  sheet.cell(L.holidayHeaderRow - 1, 1, label(t('calendar.daysOff'), 'section'));
  sheet.row(L.holidayHeaderRow, 1, [header(t('calendar.date')), header(t('calendar.name'))]);
  const rows = plan.holidays.length + SPARE_HOLIDAY_ROWS;
  const last = L.firstHolidayRow + rows - 1;
  sheet.block(
    L.firstHolidayRow,
    1,
    Array.from({ length: rows }, (_, i) => {
      const day = plan.holidays[i];
      return [input(day?.date ?? null, 'date'), input(day?.name || null)];
    }),
  );
  sheet.validate({ kind: 'date', range: rangeRef(L.firstHolidayRow, 1, last, 1) });
  defineName(ctx, 'Holidays', entry.id, [L.firstHolidayRow, 1, last, 1]);
  sheet.widths(1, [12, 40, 9, 9, 9, 9, 9]);
  return sheet;
}
