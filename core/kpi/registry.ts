/**
 * The nine KPI functions as one table: each function's contract id (the Excel name in the KPI
 * namespace; Sheets prefixes KPI_), its parameters, the help marketers read, the pure
 * implementation and its native formula. Wrappers, the Control sheet's add-in formulas, tests
 * and the benchmark read this. The wrappers' JSDoc repeats the help word for word (the metadata
 * tools read it from the source); a test holds the two together.
 */
import * as kpi from './index';
import * as native from './native';

export type KpiFunctionId =
  | 'VARIANCE'
  | 'VARIANCE_PCT'
  | 'ATTAINMENT'
  | 'STATUS'
  | 'TARGET_TO_DATE'
  | 'PACE'
  | 'FORECAST'
  | 'REQUIRED_RATE'
  | 'TARGET_PATH';

/** What a function's help says: its description, each parameter (in order) and its result. */
export interface KpiHelp {
  description: string;
  params: string[];
  returns: string;
}

export interface KpiFunction {
  id: KpiFunctionId;
  /** Parameter names; those after `required` are optional. */
  params: string[];
  required: number;
  help: KpiHelp;
  run: (...args: unknown[]) => kpi.KpiResult;
  native: (...args: string[]) => string;
}

/**
 * The as_of parameter, as every date function explains it. Google Sheets refuses TODAY() as a
 * custom function's argument and never recomputes one as days pass (no custom function may be
 * volatile there), hence the advice to point it at a cell.
 */
const asOf = (day: string) =>
  `${day}; today in the spreadsheet's time zone when left out. Point it at a cell, such as ` +
  "the Settings sheet's report date: Google Sheets does not recompute a custom function as days pass.";
const AS_OF = asOf('The day to measure at (a date)');
const AS_OF_NOT_BEFORE_START = asOf('The day to measure at (a date, not before start)');
const AS_OF_MEASURED = asOf('The day the actual was measured (a date, not before start)');

export const KPI_FUNCTIONS: readonly KpiFunction[] = [
  {
    id: 'VARIANCE',
    params: ['actual', 'target'],
    required: 2,
    help: {
      description: 'Variance: how far the actual is from the target (actual − target).',
      params: [
        'The actual value, a number or a range (same unit as the target).',
        'The target value, a number or a range.',
      ],
      returns: 'The variance; blank when actual or target is blank.',
    },
    run: kpi.variance,
    native: native.varianceFormula,
  },
  {
    id: 'VARIANCE_PCT',
    params: ['actual', 'target'],
    required: 2,
    help: {
      description:
        'Variance as a share of the target: (actual − target) / |target|. -0.2 means 20% below target.',
      params: [
        'The actual value, a number or a range.',
        'The target value, a number or a range; not 0.',
      ],
      returns: 'The variance as a fraction of the target (format the cell as a percentage).',
    },
    run: kpi.variancePct,
    native: native.variancePctFormula,
  },
  {
    id: 'ATTAINMENT',
    params: ['actual', 'target', 'direction'],
    required: 2,
    help: {
      description:
        'Attainment: 1 means exactly on target, above 1 better than target, whichever way is better.',
      params: [
        'The actual value, a number or a range.',
        'The target value, a number or a range; not 0.',
        '"higher" (default) if more is better, "lower" if less is better (CPA, bounce rate), "near" if closest to the target is best (a budget).',
      ],
      returns:
        'The attainment as a fraction (format as a percentage): higher is A/T, lower is 2 − A/T, near is 1 − |A − T|/|T|.',
    },
    run: kpi.attainment,
    native: native.attainmentFormula,
  },
  {
    id: 'STATUS',
    params: ['actual', 'target', 'direction', 'tolerance'],
    required: 2,
    help: {
      description:
        'Status of a KPI against its target: GREEN on target ("near": within half the tolerance either side), AMBER within the tolerance, RED beyond it.',
      params: [
        'The actual value, a number or a range.',
        'The target value, a number or a range.',
        '"higher" (default) if more is better, "lower" if less is better, "near" if closest to the target is best (spend against a budget: over and under both count).',
        'How far from target still counts as AMBER ("near": GREEN within half of it), as a fraction from 0 up to (not including) 1; default 0.1.',
      ],
      returns: '"GREEN", "AMBER" or "RED"; blank when actual or target is blank.',
    },
    run: kpi.status,
    native: native.statusFormula,
  },
  {
    id: 'TARGET_TO_DATE',
    params: ['target', 'start', 'end', 'as_of'],
    required: 3,
    help: {
      description:
        "Target to date: the share of a period's target due by a day, spreading it evenly over the days.",
      params: [
        'The target for the whole period.',
        'The first day of the period (a date).',
        'The last day of the period (a date, not before start).',
        AS_OF,
      ],
      returns: 'The target due by as_of, between 0 and the target.',
    },
    run: kpi.targetToDate,
    native: native.targetToDateFormula,
  },
  {
    id: 'PACE',
    params: ['actual', 'target', 'start', 'end', 'as_of'],
    required: 4,
    help: {
      description:
        'Pace: the actual against the target due so far. 1 means on pace, 1.2 means 20% ahead.',
      params: [
        'The actual to date.',
        'The target for the whole period; not 0.',
        'The first day of the period (a date).',
        'The last day of the period (a date, not before start).',
        AS_OF_NOT_BEFORE_START,
      ],
      returns: 'The pace as a ratio.',
    },
    run: kpi.pace,
    native: native.paceFormula,
  },
  {
    id: 'FORECAST',
    params: ['actual', 'start', 'end', 'as_of'],
    required: 3,
    help: {
      description:
        'Forecast: the actual to date extrapolated to the end of the period at the same daily rate.',
      params: [
        'The actual to date.',
        'The first day of the period (a date).',
        'The last day of the period (a date, not before start).',
        AS_OF_MEASURED,
      ],
      returns: "The forecast for the whole period, in the actual's unit.",
    },
    run: kpi.forecast,
    native: native.forecastFormula,
  },
  {
    id: 'REQUIRED_RATE',
    params: ['actual', 'target', 'end', 'as_of'],
    required: 3,
    help: {
      description:
        'Required rate: what is still needed per day, from as_of to the end, to reach the target.',
      params: [
        'The actual to date.',
        'The target for the whole period.',
        'The last day of the period (a date after as_of).',
        AS_OF,
      ],
      returns: 'The amount needed per day; 0 when the target is already reached.',
    },
    run: kpi.requiredRate,
    native: native.requiredRateFormula,
  },
  {
    id: 'TARGET_PATH',
    params: ['baseline', 'target', 'start', 'end', 'as_of'],
    required: 4,
    help: {
      description:
        'Target path: where a rate should stand on a day, on the straight path from its baseline at the start to its target at the end.',
      params: [
        'The value at the start (a number); blank means no path: the target applies from the start.',
        'The target at the end (a number).',
        'The first day of the period (a date).',
        'The last day of the period (a date, not before start).',
        AS_OF,
      ],
      returns: 'The value on the path at as_of, between the baseline and the target.',
    },
    run: kpi.targetPath,
    native: native.targetPathFormula,
  },
];

export function kpiFunction(id: KpiFunctionId): KpiFunction {
  return KPI_FUNCTIONS.find((f) => f.id === id) as KpiFunction;
}
