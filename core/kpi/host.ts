/**
 * What both custom-function wrappers share: mapping host values into core/kpi and results back
 * out, element by element. Hosts pass their own conversions; nothing here knows a host.
 */
import type { KpiResult } from './broadcast';
import { kpiFunction, type KpiFunctionId } from './registry';
import { isKpiError, unreadable, type KpiError } from './values';

/** Converts each element of a single value or a 2-D range. */
export function mapArgument(value: unknown, convert: (element: unknown) => unknown): unknown {
  if (!Array.isArray(value)) return convertOne(value, convert);
  return value.map((row: unknown) =>
    Array.isArray(row) ? convertRow(row, convert) : convertOne(row, convert),
  );
}

/**
 * An element that cannot be read or converted (a throwing getter, a date the host cannot
 * format) becomes #VALUE! in its place; the other elements are still computed.
 */
function convertRow(row: unknown[], convert: (element: unknown) => unknown): unknown[] {
  const out = new Array<unknown>(row.length);
  for (let c = 0; c < out.length; c++) {
    try {
      out[c] = convert(row[c]);
    } catch (error) {
      out[c] = unreadable(error);
    }
  }
  return out;
}

function convertOne(value: unknown, convert: (element: unknown) => unknown): unknown {
  try {
    return convert(value);
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * Calls a KPI function with host-converted arguments. Never throws: a range that cannot even be
 * walked is #VALUE! for the whole call.
 */
export function callKpi(
  id: KpiFunctionId,
  args: unknown[],
  convert: (element: unknown) => unknown,
): KpiResult {
  let converted: unknown[];
  try {
    converted = args.map((a) => mapArgument(a, convert));
  } catch (error) {
    return unreadable(error);
  }
  return kpiFunction(id).run(...converted);
}

/** Maps the errors of a result (single or 2-D) through the host's representation. */
export function mapErrors<T>(result: KpiResult, onError: (error: KpiError) => T): unknown {
  if (Array.isArray(result))
    return result.map((row) => row.map((v) => (isKpiError(v) ? onError(v) : v)));
  return isKpiError(result) ? onError(result) : result;
}
