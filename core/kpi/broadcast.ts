/**
 * Broadcasting: any argument may be a single value or a 2-D range; ranges in one call must have
 * the same size and single values apply to every element. Nothing here throws: a malformed
 * argument becomes a #VALUE! result.
 */
import { isKpiError, kpiError, unreadable, type KpiError, type KpiValue } from './values';

/** A single result, or a 2-D array of results with the ranges' size. */
export type KpiResult = KpiValue | KpiValue[][];

type Shape = { rows: number; cols: number };

function shapeOf(arg: unknown[]): Shape | KpiError {
  try {
    return readShape(arg);
  } catch (error) {
    // A host object whose getters throw (a proxy, a revoked range) is bad input, not a crash.
    return unreadable(error);
  }
}

function readShape(arg: unknown[]): Shape | KpiError {
  // Index by index: a sparse array's holes would slip past every() and some().
  const rows: unknown[][] = [];
  for (let r = 0; r < arg.length; r++) {
    const row = arg[r];
    if (!Array.isArray(row))
      return kpiError('#VALUE!', 'a range must be a non-empty 2-D array of rows');
    rows.push(row);
  }
  const cols = rows[0]?.length ?? 0;
  if (cols === 0 || rows.some((row) => row.length !== cols)) {
    return kpiError('#VALUE!', 'a range must be rectangular and non-empty');
  }
  return { rows: rows.length, cols };
}

/** A result that hosts can show: non-finite numbers become #NUM!. */
function finite(value: KpiValue): KpiValue {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return kpiError('#NUM!', 'the result is too large to show');
  }
  return value;
}

function safely(element: (values: unknown[]) => KpiValue, values: unknown[]): KpiValue {
  try {
    return finite(element(values));
  } catch (error) {
    return unreadable(error);
  }
}

/** Applies `element` to each position of the arguments. */
export function broadcast(args: unknown[], element: (values: unknown[]) => KpiValue): KpiResult {
  let shape: Shape | undefined;
  for (const arg of args) {
    if (!Array.isArray(arg)) continue;
    const s = shapeOf(arg);
    if (isKpiError(s)) return s;
    if (shape && (shape.rows !== s.rows || shape.cols !== s.cols)) {
      return kpiError('#VALUE!', 'ranges must be the same size');
    }
    shape = s;
  }
  if (!shape) return safely(element, args);
  // One values array, refilled per element: the element functions only read it.
  const ranges = args.map((a) => (Array.isArray(a) ? (a as unknown[][]) : undefined));
  const values = args.slice();
  const out: KpiValue[][] = [];
  for (let r = 0; r < shape.rows; r++) {
    const row: KpiValue[] = [];
    for (let c = 0; c < shape.cols; c++) {
      let result: KpiValue;
      try {
        // Reading an element is inside the guard too: a range's getter may throw.
        for (let i = 0; i < ranges.length; i++) {
          const range = ranges[i];
          if (range) values[i] = range[r][c];
        }
        result = finite(element(values));
      } catch (error) {
        result = unreadable(error);
      }
      row.push(result);
    }
    out.push(row);
  }
  return out;
}
