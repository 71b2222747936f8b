/**
 * Holidays: the plan's working week (a 1 under each day worked, named WorkWeek) and its days
 * off (Holidays), one per row with spare rows to add more, and beside them the working-day
 * index every date of the schedule is counted on (./working-days): each date from a year
 * before the plan to two years after its last task, whether it is worked, and the working days
 * so far. Editing the week or the days off moves the schedule. Weekend, the week as
 * WORKDAY.INTL's seven-character code, is there for the marketer's own formulas.
 */
import { WEEKDAYS, WorkCalendar } from '../../plan/calendar';
import { LAST_DATE } from '../../dates/serial';
import { monthStart, nextMonthStart } from '../../dates/months';
import { datesReached } from '../../plan/schedule';
import type { Plan } from '../../plan/types';
import { countryName } from '../../plan/countries';
import { cellRef, rangeRef } from '../../workbook/a1';
import { SheetBuilder } from '../../workbook/builder';
import {
  calc,
  defineName,
  header,
  input,
  label,
  type SheetContext,
  type SheetEntry,
} from '../context';
import { WORKING_DAY_NAMES } from '../formulas/working-days';

/** Empty rows under the listed days off, for the marketer's own. */
export const SPARE_HOLIDAY_ROWS = 30;

export const HOLIDAYS_LAYOUT = {
  weekHeaderRow: 5,
  weekRow: 6,
  weekendRow: 7,
  holidayHeaderRow: 9,
  firstHolidayRow: 10,
  /** The working-day index: date, worked, working days so far. */
  indexCol: 10,
} as const;

/** Days the working-day index reaches before and after the plan, for a marketer's edits. */
export const INDEX_DAYS_BEFORE = 366;
export const INDEX_DAYS_AFTER = 731;

/**
 * The dates the working-day index covers: every date the schedule's formulas step to (the
 * timeline's months, each task's dates and the terms of its start and late finish), with a
 * year more before and two after for the marketer's edits (an earlier "not before" date, tasks
 * that grow, a longer plan), within the dates spreadsheets hold.
 */
export function workingDayIndexSpan(plan: Plan): { first: number; last: number } {
  const reached = datesReached(plan.tasks, WorkCalendar.of(plan));
  const first = Math.min(monthStart(plan.start), reached.earliest) - INDEX_DAYS_BEFORE;
  const last = Math.max(nextMonthStart(plan.end) - 1, reached.latest) + INDEX_DAYS_AFTER;
  // Serials below FIRST_DATE name different days in Excel and LibreOffice, but both count
  // weekdays from serial 1 alike (a Sunday), which is all the index needs of them.
  return { first: Math.max(first, 1), last: Math.min(last, LAST_DATE) };
}

export function holidaysSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t, plan } = ctx;
  const L = HOLIDAYS_LAYOUT;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  sheet.cell(1, 1, label(t('sheet.holidays'), 'title'));
  const country = plan.business.country;
  const source = country
    ? t('holidays.fromCountry', { country: countryName(country, plan.language) })
    : t('holidays.noCountry');
  sheet.cell(2, 1, label(`${t('holidays.intro')} ${source}`, 'guidance'));
  sheet.merge(rangeRef(2, 1, 2, 8));
  sheet.height(2, 64);
  sheet.cell(L.weekHeaderRow - 1, 1, label(t('holidays.week'), 'section'));
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
    label(t('holidays.weekendCode'), 'label'),
    calc(weekCells.map((c) => `IF(${c}=1,"0","1")`).join('&'), 'code'),
    label(t('holidays.weekNote'), 'note'),
  ]);
  defineName(ctx, 'Weekend', entry.id, [L.weekendRow, 2]);
  defineName(ctx, WORKING_DAY_NAMES.week, entry.id, [L.weekRow, 1, L.weekRow, 7]);
  sheet.cell(L.holidayHeaderRow - 1, 1, label(t('holidays.daysOff'), 'section'));
  sheet.row(L.holidayHeaderRow, 1, [header(t('holidays.date')), header(t('holidays.name'))]);
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
  writeWorkingDayIndex(ctx, sheet);
  sheet.widths(1, [12, 40, 9, 9, 9, 9, 9, 3, 3, 12, 9, 12]);
  // What prints is the week and the days off; the index beside them is the formulas' own.
  sheet.print({
    landscape: false,
    pagesTall: 0,
    titleRows: { from: L.holidayHeaderRow, to: L.holidayHeaderRow },
    area: rangeRef(1, 1, last, L.indexCol - 2),
  });
  return sheet;
}

/** The index: one row a date, each date the one above plus a day, from PlanStart's offset. */
function writeWorkingDayIndex(ctx: SheetContext, sheet: SheetBuilder): void {
  const { t, plan } = ctx;
  const L = HOLIDAYS_LAYOUT;
  const col = L.indexCol;
  const { first, last } = workingDayIndexSpan(plan);
  const days = last - first + 1;
  const row1 = L.firstHolidayRow;
  sheet.cell(L.holidayHeaderRow - 2, col, label(t('holidays.indexNote'), 'note'));
  sheet.cell(L.holidayHeaderRow - 1, col, label(t('holidays.index'), 'section'));
  sheet.row(L.holidayHeaderRow, col, [
    header(t('holidays.date')),
    header(t('holidays.worked')),
    header(t('holidays.count')),
  ]);
  const lead = plan.start - first;
  sheet.block(
    row1,
    col,
    Array.from({ length: days }, (_, i) => {
      const row = row1 + i;
      const date = cellRef(row, col);
      const worked = cellRef(row, col + 1);
      const week = `INDEX(${WORKING_DAY_NAMES.week},1,WEEKDAY(${date},2))`;
      return [
        calc(
          i > 0 ? `${cellRef(row - 1, col)}+1` : lead > 0 ? `PlanStart-${lead}` : 'PlanStart',
          'date',
        ),
        calc(`IF(COUNTIFS(Holidays,${date})>0,0,IF(${week}=1,1,0))`, 'integer'),
        calc(i > 0 ? `${cellRef(row - 1, col + 2)}+${worked}` : worked, 'integer'),
      ];
    }),
  );
  const lastRow = row1 + days - 1;
  defineName(ctx, WORKING_DAY_NAMES.start, sheet.id, [row1, col]);
  defineName(ctx, WORKING_DAY_NAMES.open, sheet.id, [row1, col + 1, lastRow, col + 1]);
  defineName(ctx, WORKING_DAY_NAMES.count, sheet.id, [row1, col + 2, lastRow, col + 2]);
}
