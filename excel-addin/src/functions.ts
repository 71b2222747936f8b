/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]`
   as "a range of any values", and it rejects type aliases. */
/**
 * The KPI.* custom functions of Excel. Thin: Excel values in, core/kpi computes, results out,
 * with errors as CustomFunctions.Error (a message for #VALUE! and #N/A, which are the codes
 * Excel lets carry one). The JSDoc is the metadata custom-functions-metadata turns into
 * functions.json.
 *
 * Every parameter takes a range, as the KPI contract allows: the metadata says so (`any[][]`),
 * so Excel passes each argument as a matrix — a single cell or value as one of 1×1, blank cells
 * as null, an omitted argument as null — and takes a matrix back, which spills when it is
 * larger than one cell. A 1×1 argument is read as a single value, so that it applies to every
 * element of the others. The functions that measure at a day (as_of) are volatile: a cell that
 * leaves as_of out moves to the new day when Excel recalculates.
 */
import { callKpi, mapErrors } from '../../core/kpi/host';
import type { KpiFunctionId } from '../../core/kpi/registry';
import type { KpiError } from '../../core/kpi/values';

function toExcelError(error: KpiError): CustomFunctions.Error {
  const E = CustomFunctions.ErrorCode;
  switch (error.code) {
    case '#DIV/0!':
      return new CustomFunctions.Error(E.divisionByZero);
    case '#NUM!':
      return new CustomFunctions.Error(E.invalidNumber);
    case '#N/A':
      return new CustomFunctions.Error(E.notAvailable, error.message);
    default:
      return new CustomFunctions.Error(E.invalidValue, error.message);
  }
}

/** A single cell or value (a 1×1 matrix) as that value; a larger range as it is. */
function single(arg: unknown): unknown {
  return Array.isArray(arg) && arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1
    ? arg[0][0]
    : arg;
}

function run(id: KpiFunctionId, args: unknown[]): any[][] {
  const result = mapErrors(
    callKpi(id, args.map(single), (v) => v),
    toExcelError,
  );
  if (Array.isArray(result)) return result as any[][];
  // One value: an error is thrown (the cell shows it), anything else is a 1×1 matrix.
  if (result instanceof CustomFunctions.Error) throw result;
  return [[result]];
}

/**
 * Variance: how far the actual is from the target (actual − target).
 * @customfunction VARIANCE
 * @param actual The actual value, a number or a range (same unit as the target).
 * @param target The target value, a number or a range.
 * @returns The variance; blank when actual or target is blank.
 */
export function variance(actual: any[][], target: any[][]): any[][] {
  return run('VARIANCE', [actual, target]);
}

/**
 * Variance as a share of the target: (actual − target) / |target|. -0.2 means 20% below target.
 * @customfunction VARIANCE_PCT
 * @param actual The actual value, a number or a range.
 * @param target The target value, a number or a range; not 0.
 * @returns The variance as a fraction of the target (format the cell as a percentage).
 */
export function variancePct(actual: any[][], target: any[][]): any[][] {
  return run('VARIANCE_PCT', [actual, target]);
}

/**
 * Attainment: 1 means exactly on target, above 1 better than target, whichever way is better.
 * @customfunction ATTAINMENT
 * @param actual The actual value, a number or a range.
 * @param target The target value, a number or a range; not 0.
 * @param [direction] "higher" (default) if more is better, "lower" if less is better (CPA, bounce rate), "near" if closest to the target is best (a budget).
 * @returns The attainment as a fraction (format as a percentage): higher is A/T, lower is 2 − A/T, near is 1 − |A − T|/|T|.
 */
export function attainment(actual: any[][], target: any[][], direction?: any[][]): any[][] {
  return run('ATTAINMENT', [actual, target, direction]);
}

/**
 * Status of a KPI against its target: GREEN on target ("near": within half the tolerance either side), AMBER within the tolerance, RED beyond it.
 * @customfunction STATUS
 * @param actual The actual value, a number or a range.
 * @param target The target value, a number or a range.
 * @param [direction] "higher" (default) if more is better, "lower" if less is better, "near" if closest to the target is best (spend against a budget: over and under both count).
 * @param [tolerance] How far from target still counts as AMBER ("near": GREEN within half of it), as a fraction from 0 up to (not including) 1; default 0.1.
 * @returns "GREEN", "AMBER" or "RED"; blank when actual or target is blank.
 */
export function status(
  actual: any[][],
  target: any[][],
  direction?: any[][],
  tolerance?: any[][],
): any[][] {
  return run('STATUS', [actual, target, direction, tolerance]);
}

/**
 * Target to date: the share of a period's target due by a day, spreading it evenly over the days.
 * @customfunction TARGET_TO_DATE
 * @volatile
 * @param target The target for the whole period.
 * @param start The first day of the period (a date).
 * @param end The last day of the period (a date, not before start).
 * @param [as_of] The day to measure at (a date); today in the spreadsheet's time zone when left out. Point it at a cell, such as the Settings sheet's report date: Google Sheets does not recompute a custom function as days pass.
 * @returns The target due by as_of, between 0 and the target.
 */
export function targetToDate(
  target: any[][],
  start: any[][],
  end: any[][],
  as_of?: any[][],
): any[][] {
  return run('TARGET_TO_DATE', [target, start, end, as_of]);
}

/**
 * Pace: the actual against the target due so far. 1 means on pace, 1.2 means 20% ahead.
 * @customfunction PACE
 * @volatile
 * @param actual The actual to date.
 * @param target The target for the whole period; not 0.
 * @param start The first day of the period (a date).
 * @param end The last day of the period (a date, not before start).
 * @param [as_of] The day to measure at (a date, not before start); today in the spreadsheet's time zone when left out. Point it at a cell, such as the Settings sheet's report date: Google Sheets does not recompute a custom function as days pass.
 * @returns The pace as a ratio.
 */
export function pace(
  actual: any[][],
  target: any[][],
  start: any[][],
  end: any[][],
  as_of?: any[][],
): any[][] {
  return run('PACE', [actual, target, start, end, as_of]);
}

/**
 * Forecast: the actual to date extrapolated to the end of the period at the same daily rate.
 * @customfunction FORECAST
 * @volatile
 * @param actual The actual to date.
 * @param start The first day of the period (a date).
 * @param end The last day of the period (a date, not before start).
 * @param [as_of] The day the actual was measured (a date, not before start); today in the spreadsheet's time zone when left out. Point it at a cell, such as the Settings sheet's report date: Google Sheets does not recompute a custom function as days pass.
 * @returns The forecast for the whole period, in the actual's unit.
 */
export function forecast(actual: any[][], start: any[][], end: any[][], as_of?: any[][]): any[][] {
  return run('FORECAST', [actual, start, end, as_of]);
}

/**
 * Required rate: what is still needed per day, from as_of to the end, to reach the target.
 * @customfunction REQUIRED_RATE
 * @volatile
 * @param actual The actual to date.
 * @param target The target for the whole period.
 * @param end The last day of the period (a date after as_of).
 * @param [as_of] The day to measure at (a date); today in the spreadsheet's time zone when left out. Point it at a cell, such as the Settings sheet's report date: Google Sheets does not recompute a custom function as days pass.
 * @returns The amount needed per day; 0 when the target is already reached.
 */
export function requiredRate(
  actual: any[][],
  target: any[][],
  end: any[][],
  as_of?: any[][],
): any[][] {
  return run('REQUIRED_RATE', [actual, target, end, as_of]);
}

/**
 * Target path: where a rate should stand on a day, on the straight path from its baseline at the start to its target at the end.
 * @customfunction TARGET_PATH
 * @volatile
 * @param baseline The value at the start (a number); blank means no path: the target applies from the start.
 * @param target The target at the end (a number).
 * @param start The first day of the period (a date).
 * @param end The last day of the period (a date, not before start).
 * @param [as_of] The day to measure at (a date); today in the spreadsheet's time zone when left out. Point it at a cell, such as the Settings sheet's report date: Google Sheets does not recompute a custom function as days pass.
 * @returns The value on the path at as_of, between the baseline and the target.
 */
export function targetPath(
  baseline: any[][],
  target: any[][],
  start: any[][],
  end: any[][],
  as_of?: any[][],
): any[][] {
  return run('TARGET_PATH', [baseline, target, start, end, as_of]);
}
