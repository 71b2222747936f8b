/**
 * What both custom-function wrappers share: mapping host values into core/kpi and results back
 * out, element by element. Hosts pass their own conversions; nothing here knows a host.
 */
import type { KpiResult } from './broadcast';
import { kpiFunction, type KpiFunctionId } from './registry';
import { isKpiError, type KpiError } from './values';

/** Converts each element of a single value or a 2-D range. */
export function mapArgument(value: unknown, convert: (element: unknown) => unknown): unknown {
  if (Array.isArray(value))
    return value.map((row) => (Array.isArray(row) ? row.map(convert) : convert(row)));
  return convert(value);
}

/** Calls a KPI function with host-converted arguments. */
export function callKpi(
  id: KpiFunctionId,
  args: unknown[],
  convert: (element: unknown) => unknown,
): KpiResult {
  return kpiFunction(id).run(...args.map((a) => mapArgument(a, convert)));
}

/** Maps the errors of a result (single or 2-D) through the host's representation. */
export function mapErrors<T>(result: KpiResult, onError: (error: KpiError) => T): unknown {
  if (Array.isArray(result))
    return result.map((row) => row.map((v) => (isKpiError(v) ? onError(v) : v)));
  return isKpiError(result) ? onError(result) : result;
}
