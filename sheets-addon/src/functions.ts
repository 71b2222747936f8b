/**
 * The KPI_* custom functions of Google Sheets. Thin: Apps Script values in (Date objects become
 * serial days in the spreadsheet's time zone), core/kpi computes, results out. A single-value
 * call that fails throws (the cell shows #ERROR! with the message); a range call puts the error
 * code as text in that element and computes the rest. The JSDoc on each global assignment is the
 * help Sheets shows (gas-webpack-plugin copies it onto the top-level stub).
 */
import { callKpi, mapErrors } from '../../core/kpi/host';
import type { KpiFunctionId } from '../../core/kpi/registry';
import { serialOf } from '../../core/dates/serial';
import { isKpiError } from '../../core/kpi/values';
import { setToday } from '../../core/kpi/clock';

type Cell = number | string | boolean | Date | null;
type Arg = Cell | Cell[][];
type SheetsResult = number | string | (number | string)[][];

declare global {
  var KPI_VARIANCE: (actual: Arg, target: Arg) => SheetsResult;
  var KPI_VARIANCE_PCT: (actual: Arg, target: Arg) => SheetsResult;
  var KPI_ATTAINMENT: (actual: Arg, target: Arg, direction?: Arg) => SheetsResult;
  var KPI_STATUS: (actual: Arg, target: Arg, direction?: Arg, tolerance?: Arg) => SheetsResult;
  var KPI_TARGET_TO_DATE: (target: Arg, start: Arg, end: Arg, asOf?: Arg) => SheetsResult;
  var KPI_PACE: (actual: Arg, target: Arg, start: Arg, end: Arg, asOf?: Arg) => SheetsResult;
  var KPI_FORECAST: (actual: Arg, start: Arg, end: Arg, asOf?: Arg) => SheetsResult;
  var KPI_REQUIRED_RATE: (actual: Arg, target: Arg, end: Arg, asOf?: Arg) => SheetsResult;
  var KPI_TARGET_PATH: (
    baseline: Arg,
    target: Arg,
    start: Arg,
    end: Arg,
    asOf?: Arg,
  ) => SheetsResult;
}

/** A Date as the serial day it falls on in the spreadsheet's time zone. */
function serialInZone(date: Date, timeZone: string): number {
  const [y, m, d] = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd').split('-').map(Number);
  return serialOf(y, m, d);
}

/**
 * Runs a function in the spreadsheet's time zone: its date arguments, and today when as_of is
 * left out (Apps Script's own clock runs on UTC: between midnight in Hanoi and midnight in
 * London, its day is yesterday). The zone is read once a call, only when a date needs it.
 */
function run(name: string, id: KpiFunctionId, args: unknown[]): SheetsResult {
  let timeZone: string | undefined;
  const zone = () => (timeZone ??= SpreadsheetApp.getActive().getSpreadsheetTimeZone());
  const convert = (v: unknown) => (v instanceof Date ? serialInZone(v, zone()) : v);
  setToday(() => serialInZone(new Date(), zone()));
  let result: ReturnType<typeof callKpi>;
  try {
    result = callKpi(id, args, convert);
  } finally {
    setToday();
  }
  if (!Array.isArray(result) && isKpiError(result)) throw new Error(`${name}: ${result.message}`);
  return mapErrors(result, (e) => e.code) as SheetsResult;
}

/**
 * Variance: how far the actual is from the target (actual − target).
 *
 * @param {number|Array<Array<number>>} actual The actual value, a number or a range (same unit as the target).
 * @param {number|Array<Array<number>>} target The target value, a number or a range.
 * @return The variance; blank when actual or target is blank.
 * @customfunction
 */
global.KPI_VARIANCE = (actual, target) => run('KPI_VARIANCE', 'VARIANCE', [actual, target]);

/**
 * Variance as a share of the target: (actual − target) / |target|. -0.2 means 20% below target.
 *
 * @param {number|Array<Array<number>>} actual The actual value, a number or a range.
 * @param {number|Array<Array<number>>} target The target value, a number or a range; not 0.
 * @return The variance as a fraction of the target (format the cell as a percentage).
 * @customfunction
 */
global.KPI_VARIANCE_PCT = (actual, target) =>
  run('KPI_VARIANCE_PCT', 'VARIANCE_PCT', [actual, target]);

/**
 * Attainment: 1 means exactly on target, above 1 better than target, whichever way is better.
 *
 * @param {number|Array<Array<number>>} actual The actual value, a number or a range.
 * @param {number|Array<Array<number>>} target The target value, a number or a range; not 0.
 * @param {string|Array<Array<string>>} direction Optional: "higher" (default) if more is better, "lower" if less is better (CPA, bounce rate), "near" if closest to the target is best (a budget).
 * @return The attainment as a fraction (format as a percentage): higher is A/T, lower is 2 − A/T, near is 1 − |A − T|/|T|.
 * @customfunction
 */
global.KPI_ATTAINMENT = (actual, target, direction) =>
  run('KPI_ATTAINMENT', 'ATTAINMENT', [actual, target, direction]);

/**
 * Status of a KPI against its target: GREEN on target ("near": within half the tolerance either side), AMBER within the tolerance, RED beyond it.
 *
 * @param {number|Array<Array<number>>} actual The actual value, a number or a range.
 * @param {number|Array<Array<number>>} target The target value, a number or a range.
 * @param {string|Array<Array<string>>} direction Optional: "higher" (default) if more is better, "lower" if less is better, "near" if closest to the target is best (spend against a budget: over and under both count).
 * @param {number|Array<Array<number>>} tolerance Optional: How far from target still counts as AMBER ("near": GREEN within half of it), as a fraction from 0 up to (not including) 1; default 0.1.
 * @return "GREEN", "AMBER" or "RED"; blank when actual or target is blank.
 * @customfunction
 */
global.KPI_STATUS = (actual, target, direction, tolerance) =>
  run('KPI_STATUS', 'STATUS', [actual, target, direction, tolerance]);

/**
 * Target to date: the share of a period's target due by a day, spreading it evenly over the days.
 *
 * @param {number|Array<Array<number>>} target The target for the whole period.
 * @param {Date|Array<Array<Date>>} start The first day of the period (a date).
 * @param {Date|Array<Array<Date>>} end The last day of the period (a date, not before start).
 * @param {Date|Array<Array<Date>>} as_of Optional: The day to measure at (a date); today in the spreadsheet's time zone when left out. Point it at a cell, such as the Settings sheet's report date: Google Sheets does not recompute a custom function as days pass.
 * @return The target due by as_of, between 0 and the target.
 * @customfunction
 */
global.KPI_TARGET_TO_DATE = (target, start, end, asOf) =>
  run('KPI_TARGET_TO_DATE', 'TARGET_TO_DATE', [target, start, end, asOf]);

/**
 * Pace: the actual against the target due so far. 1 means on pace, 1.2 means 20% ahead.
 *
 * @param {number|Array<Array<number>>} actual The actual to date.
 * @param {number|Array<Array<number>>} target The target for the whole period; not 0.
 * @param {Date|Array<Array<Date>>} start The first day of the period (a date).
 * @param {Date|Array<Array<Date>>} end The last day of the period (a date, not before start).
 * @param {Date|Array<Array<Date>>} as_of Optional: The day to measure at (a date, not before start); today in the spreadsheet's time zone when left out. Point it at a cell, such as the Settings sheet's report date: Google Sheets does not recompute a custom function as days pass.
 * @return The pace as a ratio.
 * @customfunction
 */
global.KPI_PACE = (actual, target, start, end, asOf) =>
  run('KPI_PACE', 'PACE', [actual, target, start, end, asOf]);

/**
 * Forecast: the actual to date extrapolated to the end of the period at the same daily rate.
 *
 * @param {number|Array<Array<number>>} actual The actual to date.
 * @param {Date|Array<Array<Date>>} start The first day of the period (a date).
 * @param {Date|Array<Array<Date>>} end The last day of the period (a date, not before start).
 * @param {Date|Array<Array<Date>>} as_of Optional: The day the actual was measured (a date, not before start); today in the spreadsheet's time zone when left out. Point it at a cell, such as the Settings sheet's report date: Google Sheets does not recompute a custom function as days pass.
 * @return The forecast for the whole period, in the actual's unit.
 * @customfunction
 */
global.KPI_FORECAST = (actual, start, end, asOf) =>
  run('KPI_FORECAST', 'FORECAST', [actual, start, end, asOf]);

/**
 * Required rate: what is still needed per day, from as_of to the end, to reach the target.
 *
 * @param {number|Array<Array<number>>} actual The actual to date.
 * @param {number|Array<Array<number>>} target The target for the whole period.
 * @param {Date|Array<Array<Date>>} end The last day of the period (a date after as_of).
 * @param {Date|Array<Array<Date>>} as_of Optional: The day to measure at (a date); today in the spreadsheet's time zone when left out. Point it at a cell, such as the Settings sheet's report date: Google Sheets does not recompute a custom function as days pass.
 * @return The amount needed per day; 0 when the target is already reached.
 * @customfunction
 */
global.KPI_REQUIRED_RATE = (actual, target, end, asOf) =>
  run('KPI_REQUIRED_RATE', 'REQUIRED_RATE', [actual, target, end, asOf]);

/**
 * Target path: where a rate should stand on a day, on the straight path from its baseline at the start to its target at the end.
 *
 * @param {number|Array<Array<number>>} baseline The value at the start (a number); blank means no path: the target applies from the start.
 * @param {number|Array<Array<number>>} target The target at the end (a number).
 * @param {Date|Array<Array<Date>>} start The first day of the period (a date).
 * @param {Date|Array<Array<Date>>} end The last day of the period (a date, not before start).
 * @param {Date|Array<Array<Date>>} as_of Optional: The day to measure at (a date); today in the spreadsheet's time zone when left out. Point it at a cell, such as the Settings sheet's report date: Google Sheets does not recompute a custom function as days pass.
 * @return The value on the path at as_of, between the baseline and the target.
 * @customfunction
 */
global.KPI_TARGET_PATH = (baseline, target, start, end, asOf) =>
  run('KPI_TARGET_PATH', 'TARGET_PATH', [baseline, target, start, end, asOf]);
