/**
 * The working-day index's formulas (core/sheets/working-days) against the calendar they
 * replace: on an Iranian plan (Saturday to Thursday, public holidays and the Nowruz closure),
 * HyperFormula evaluates each formula over the generated Holidays sheet's index for every date
 * and offset of a window, and each equals what WORKDAY.INTL and NETWORKDAYS.INTL give
 * (WorkCalendar computes as they do).
 */
import { WorkCalendar } from '../../core/plan/calendar';
import {
  firstWorkingDayFrom,
  workdayFrom,
  workingDaysBetween,
  workingGap,
} from '../../core/sheets/formulas/working-days';
import { generateWorkbook } from '../../core/generate';
import { planOf, serial } from '../helpers';
import { evaluateSpec } from './hyperformula';
import { IRAN_PLAN } from './gantt-fixtures';

const plan = planOf({ ...IRAN_PLAN, period: { start: '2027-03-06', weeks: 6 } });
const cal = WorkCalendar.of(plan);
const evaluated = evaluateSpec(generateWorkbook(plan));
const { hf } = evaluated;

/** Each formula's value, evaluated on a scratch sheet beside the workbook. */
function evaluate(formulas: string[]): unknown[] {
  const name = `Probe${hf.countSheets()}`;
  hf.addSheet(name);
  const sheet = hf.getSheetId(name)!;
  hf.setSheetContent(
    sheet,
    formulas.map((f) => [`=${f}`]),
  );
  return formulas.map((_, i) => hf.getCellValue({ sheet, row: i, col: 0 }));
}

// A window across Nowruz (closed from 21 March to 2 April), Fridays off.
const from = serial('2027-03-06');
const days = Array.from({ length: 50 }, (_, i) => from + i);
const workingDays = days.filter((d) => cal.isWorkingDay(d));

describe('the working-day index in HyperFormula, against WORKDAY.INTL and NETWORKDAYS.INTL', () => {
  it('covers the Nowruz closure and Fridays in its window', () => {
    expect(cal.isWorkingDay(serial('2027-03-26'))).toBe(false);
    expect(cal.isWorkingDay(serial('2027-03-12'))).toBe(false);
    expect(workingDays.length).toBeGreaterThan(20);
    expect(evaluated.errors()).toEqual([]);
  });

  it('steps n working days from a working day, either way', () => {
    const cases = workingDays.flatMap((d) =>
      Array.from({ length: 31 }, (_, i) => ({ d, n: i - 15 })),
    );
    const got = evaluate(cases.map(({ d, n }) => workdayFrom(String(d), String(n))));
    expect(got).toEqual(cases.map(({ d, n }) => cal.workday(d, n)));
    // An offset given as an expression computes alike.
    const exprs = evaluate(cases.map(({ d, n }) => workdayFrom(String(d), `MAX(${n},-99)`)));
    expect(exprs).toEqual(got);
  });

  it('finds the first working day on or after any date', () => {
    expect(evaluate(days.map((d) => firstWorkingDayFrom(String(d))))).toEqual(
      days.map((d) => cal.nextWorkingDay(d)),
    );
  });

  it('counts the working days between two dates, and the gap from one to the other', () => {
    const pairs = days.flatMap((a) => days.filter((_, i) => i % 3 === 0).map((b) => ({ a, b })));
    const ordered = pairs.filter(({ a, b }) => a <= b);
    expect(evaluate(ordered.map(({ a, b }) => workingDaysBetween(String(a), String(b))))).toEqual(
      ordered.map(({ a, b }) => cal.networkdays(a, b)),
    );
    const gap = (a: number, b: number) =>
      b >= a ? cal.networkdays(a, b) - 1 : 1 - cal.networkdays(b, a);
    expect(evaluate(pairs.map(({ a, b }) => workingGap(String(a), String(b))))).toEqual(
      pairs.map(({ a, b }) => gap(a, b)),
    );
  });
});
