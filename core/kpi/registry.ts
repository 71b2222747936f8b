/**
 * The eight KPI functions as one table: each function's contract id (the Excel name in the KPI
 * namespace; Sheets prefixes KPI_), its parameters, the pure implementation and its native
 * formula. Wrappers, the Control sheet's add-in formulas, tests and the benchmark read this.
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
  | 'REQUIRED_RATE';

export interface KpiFunction {
  id: KpiFunctionId;
  /** Parameter names; those after `required` are optional. */
  params: string[];
  required: number;
  run: (...args: unknown[]) => kpi.KpiResult;
  native: (...args: string[]) => string;
}

export const KPI_FUNCTIONS: readonly KpiFunction[] = [
  {
    id: 'VARIANCE',
    params: ['actual', 'target'],
    required: 2,
    run: kpi.variance,
    native: native.varianceFormula,
  },
  {
    id: 'VARIANCE_PCT',
    params: ['actual', 'target'],
    required: 2,
    run: kpi.variancePct,
    native: native.variancePctFormula,
  },
  {
    id: 'ATTAINMENT',
    params: ['actual', 'target', 'direction'],
    required: 2,
    run: kpi.attainment,
    native: native.attainmentFormula,
  },
  {
    id: 'STATUS',
    params: ['actual', 'target', 'direction', 'tolerance'],
    required: 2,
    run: kpi.status,
    native: native.statusFormula,
  },
  {
    id: 'TARGET_TO_DATE',
    params: ['target', 'start', 'end', 'as_of'],
    required: 3,
    run: kpi.targetToDate,
    native: native.targetToDateFormula,
  },
  {
    id: 'PACE',
    params: ['actual', 'target', 'start', 'end', 'as_of'],
    required: 4,
    run: kpi.pace,
    native: native.paceFormula,
  },
  {
    id: 'FORECAST',
    params: ['actual', 'start', 'end', 'as_of'],
    required: 3,
    run: kpi.forecast,
    native: native.forecastFormula,
  },
  {
    id: 'REQUIRED_RATE',
    params: ['actual', 'target', 'end', 'as_of'],
    required: 3,
    run: kpi.requiredRate,
    native: native.requiredRateFormula,
  },
];

export function kpiFunction(id: KpiFunctionId): KpiFunction {
  return KPI_FUNCTIONS.find((f) => f.id === id) as KpiFunction;
}
