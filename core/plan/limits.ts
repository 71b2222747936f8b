import { translator, type Translate } from '../i18n';
import { FIRST_DATE, LAST_DATE, isoDate } from '../dates/serial';

/**
 * The limits of a plan, in one place: validation enforces them, and `planbook --help` and the
 * README state them (a test keeps both in step with this table).
 */
export const MAX_WEEKS = 156;
export const MAX_TASKS = 2000;
export const MAX_CHANNELS = 50;
export const MAX_OBJECTIVES = 100;
/** Rows of channel results: a month for each channel and one for results of no channel. */
export const MAX_RESULT_ROWS = 2000;

/**
 * Money, baselines, targets and actuals lie within ±AMOUNT_MAX and are 0 or at least
 * AMOUNT_MIN in size. With these bounds no formula of the workbook comes near overflow (about
 * 1.8e308, where a spreadsheet shows #NUM! or, read back, 0): sums over every month and task
 * stay below 1e19, a forecast multiplies one by at most 1,092 days, and a ratio's parts are
 * never so small that dividing by one explodes (1e15 / 0.000001 × 1000 = 1e24). Every value is
 * also written in plain decimals (JavaScript switches to 1e-7 notation below 0.000001).
 */
export const AMOUNT_MAX = 1_000_000_000_000_000;
export const AMOUNT_MIN = 0.000001;

/**
 * Years after the plan's end by which every task, with its buffer, must end. The Holidays
 * sheet's working-day index holds every date the schedule reaches, one a row, so this bounds
 * it (and a mistyped chain cannot fill a workbook with centuries of dates).
 */
export const MAX_YEARS_AFTER_PLAN = 3;

/** Working days of one task, and the lag and buffer around it. */
export const MAX_TASK_DAYS = 1000;
export const MAX_LAG_DAYS = 260;
/**
 * Links per task: the Schedule sheet gives each task this many predecessor slots (an id, a link
 * type and a lag the marketer types), each a term of its start and of its predecessor's late
 * finish.
 */
export const MAX_LINKS = 4;
/** Days off a plan may list (the Holidays sheet's rows). */
export const MAX_HOLIDAYS = 400;
/** Typed cells a plan carries (`cells`): every input cell of the largest workbook and more. */
export const MAX_TYPED_CELLS = 200000;
/** A cell's text: what Excel and Sheets hold in one cell (UTF-16 units). */
export const MAX_CELL_TEXT = 32767;
export const MAX_BUFFER_DAYS = 260;
/** Working days an internal deadline comes before a task's end, unless the task says. */
export const DEFAULT_INTERNAL_LEAD = 2;

/** The longest text of each kind, in characters. */
export const TEXT_MAX = {
  business: 120,
  channel: 60,
  owner: 60,
  taskId: 20,
  taskName: 200,
  kpiId: 40,
} as const;

/** The limits as the CLI's help states them, in the language of `t`. */
export function limitsText(t: Translate): string {
  return t('cli.limits', {
    weeks: MAX_WEEKS,
    tasks: MAX_TASKS.toLocaleString('en'),
    channels: MAX_CHANNELS,
    objectives: MAX_OBJECTIVES,
    results: MAX_RESULT_ROWS.toLocaleString('en'),
    firstDate: isoDate(FIRST_DATE),
    lastDate: isoDate(LAST_DATE),
    yearsAfter: MAX_YEARS_AFTER_PLAN,
    amountMax: AMOUNT_MAX.toLocaleString('en'),
    amountMin: AMOUNT_MIN.toFixed(6),
    taskDays: MAX_TASK_DAYS,
    lagDays: MAX_LAG_DAYS,
    links: MAX_LINKS,
    holidays: MAX_HOLIDAYS,
  });
}

/** The limits in English, as the README states them (a test holds the two together). */
export const LIMITS_TEXT = limitsText(translator('en'));
