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
  // Index by index, without copying: a sparse array's holes would slip past every() and some().
  const rows = arg.length;
  const first = arg[0];
  const cols = Array.isArray(first) ? first.length : 0;
  if (rows === 0 || cols === 0)
    return kpiError('#VALUE!', 'a range must be rectangular and non-empty');
  for (let r = 0; r < rows; r++) {
    const row = arg[r];
    if (!Array.isArray(row)) {
      return kpiError('#VALUE!', 'a range must be a non-empty 2-D array of rows');
    }
    if (row.length !== cols) {
      return kpiError('#VALUE!', 'a range must be rectangular and non-empty');
    }
  }
  return { rows, cols };
}

/** A result that hosts can show: non-finite numbers become #NUM!. */
function finite(value: KpiValue): KpiValue {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return kpiError('#NUM!', 'the result is too large to show');
  }
  return value;
}

/** A placeholder every row slot holds until its result is written. */
const NONE: KpiValue = '';

/** One element's computation, from the arguments at its position (up to five). */
export type Element = (a: unknown, b: unknown, c: unknown, d: unknown, e: unknown) => KpiValue;

/**
 * Applies `element` to each position of the arguments. The per-element path allocates nothing
 * but the result: arguments are passed by position, not in an array.
 */
export function broadcast(args: unknown[], element: Element): KpiResult {
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
  const [a, b, c, d, e] = args;
  if (!shape) {
    try {
      return finite(element(a, b, c, d, e));
    } catch (error) {
      return unreadable(error);
    }
  }
  const range = (arg: unknown) => (Array.isArray(arg) ? (arg as unknown[][]) : undefined);
  const [ra, rb, rc, rd, re] = [range(a), range(b), range(c), range(d), range(e)];
  const { rows, cols } = shape;
  const out = new Array<KpiValue[]>(rows);
  for (let r = 0; r < rows; r++) {
    // A one-column row is an array literal: holey arrays (new Array(n)) are far slower here.
    const row: KpiValue[] = cols === 1 ? [NONE] : new Array<KpiValue>(cols);
    for (let col = 0; col < cols; col++) {
      try {
        // Reading an element is inside the guard too: a range's getter may throw.
        row[col] = finite(
          element(
            ra ? ra[r][col] : a,
            rb ? rb[r][col] : b,
            rc ? rc[r][col] : c,
            rd ? rd[r][col] : d,
            re ? re[r][col] : e,
          ),
        );
      } catch (error) {
        row[col] = unreadable(error);
      }
    }
    out[r] = row;
  }
  return out;
}
