/**
 * Working days in formulas every spreadsheet computes alike. WORKDAY.INTL and NETWORKDAYS.INTL
 * came with Excel 2010: Excel reads them from a file only under the `_xlfn.` prefix, which
 * LibreOffice 7.4 cannot read (DESIGN.md). So the Holidays sheet keeps a working-day index —
 * every date the schedule may touch, 1 when it is worked, and the working days counted from the
 * index's first date through it — and "n working days after x" and "working days from a to b"
 * are INDEX and MATCH over it. The index's dates follow PlanStart, one a row, so a date's row
 * is its distance from the first.
 */

/** The workbook names of the index, and of the week it reads. */
export const WORKING_DAY_NAMES = {
  /** The index's first date (a single cell). */
  start: 'WorkDays_Start',
  /** 1 when the date is worked, else 0. */
  open: 'WorkDays_Open',
  /** The working days from the index's first date through this one. */
  count: 'WorkDays_Count',
  /** The Holidays sheet's week: a 1 under each weekday worked, Monday first. */
  week: 'WorkWeek',
} as const;

const N = WORKING_DAY_NAMES;

/** The index's row for a date, as an INDEX position. */
const position = (date: string) => `${date}-${N.start}+1`;

/** The working days from the index's first date through `date`. */
export const countThrough = (date: string) => `INDEX(${N.count},${position(date)})`;

/** 1 when `date` is worked, else 0. */
export const isWorked = (date: string) => `INDEX(${N.open},${position(date)})`;

/** The date of the index's working day number `k` (the first date whose count reaches k). */
const workingDayNumber = (k: string) => `${N.start}-1+MATCH(${k},${N.count},0)`;

/** `+n`, `-n` or `+(expression)`: a working-day offset as a term to append. */
function offset(n: string): string {
  if (/^-?\d+$/.test(n)) return Number(n) < 0 ? n : `+${n}`;
  return `+(${n})`;
}

/**
 * WORKDAY.INTL(from, n) for a `from` that is itself a working day (every date the schedule
 * steps from is one: a start, an end, a late finish): n working days after it, before it when
 * n < 0, itself when n = 0. Counting from a worked day, the n-th working day after it is the
 * one numbered count(from) + n, whatever n's sign.
 */
export function workdayFrom(from: string, n: string): string {
  if (n === '0') return from;
  return workingDayNumber(`${countThrough(from)}${offset(n)}`);
}

/**
 * The first working day on or after any date (WORKDAY.INTL(date − 1, 1)): the one numbered
 * one more than the working days before it.
 */
export function firstWorkingDayFrom(date: string): string {
  return workingDayNumber(`${countThrough(date)}-${isWorked(date)}+1`);
}

/** NETWORKDAYS.INTL(from, to) for from ≤ to: the working days in [from, to]. */
export function workingDaysBetween(from: string, to: string): string {
  return `${countThrough(to)}-${countThrough(from)}+${isWorked(from)}`;
}

/**
 * Working days from a to b, negative when b is earlier: NETWORKDAYS.INTL(a, b) − 1 when
 * b ≥ a, else 1 − NETWORKDAYS.INTL(b, a), as the slack and the slip count them (0 for the same
 * day; from a Friday to the next Monday, 1).
 */
export function workingGap(a: string, b: string): string {
  const between = `${countThrough(b)}-${countThrough(a)}`;
  return `IF(${b}>=${a},${between}-1+${isWorked(a)},${between}+1-${isWorked(b)})`;
}

/** The days of the week worked (NETWORKDAYS.INTL over a whole week, without holidays). */
export const daysWorkedAWeek = `COUNTIFS(${N.week},1)`;
