/**
 * Native-formula builders: for each KPI function of KPI_FUNCTIONS.md, the invariant formula
 * (no leading "=") that gives the same result for single cells, element rules included: blank
 * actual or target gives "", a value that is not a number gives #VALUE!, dates are floored to
 * whole days. Arguments are cell references, names or other expressions. Only functions every
 * host computes are used, and ε is written as 0.000000001 (HyperFormula cannot parse 1E-9).
 */

const EPSILON = '0.000000001';
const DEFAULT_TOLERANCE = '0.1';
/** Coercing text to a number yields #VALUE! on every host. */
const VALUE_ERROR = '(0+"#VALUE!")';
/** The square root of −1 yields #NUM! on every host (EOMONTH(-1,0) does not in LibreOffice). */
const NUM_ERROR = '(-1)^0.5';

/**
 * Rule 1 (any of `blanks` blank → "") and rule 2 (any of `numbers` not a number → #VALUE!)
 * around the function's own rule.
 */
function guarded(blanks: string[], numbers: string[], body: string): string {
  const test =
    blanks.length === 1 ? `${blanks[0]}=""` : `OR(${blanks.map((a) => `${a}=""`).join(',')})`;
  const numeric = `AND(${numbers.map((n) => `ISNUMBER(${n})`).join(',')})`;
  return `IF(${test},"",IF(${numeric},${body},${VALUE_ERROR}))`;
}

/** A date floored to its day: ROUND(x − 0.5) is FLOOR for every serial (all are ≥ 1). */
function day(date: string): string {
  return `ROUND(${date}-0.5,0)`;
}

/** s = +1 for "higher" or blank, −1 for "lower", 0 for "near" (case-insensitive), else #VALUE!. */
export function directionSign(direction?: string): string {
  if (direction === undefined) return '1';
  const d = direction;
  return `IF(OR(${d}="",${d}="higher"),1,IF(${d}="lower",-1,IF(${d}="near",0,${VALUE_ERROR})))`;
}

/** The tolerance cell, 0.1 when blank. */
function toleranceExpr(tolerance?: string): string {
  return tolerance === undefined
    ? DEFAULT_TOLERANCE
    : `IF(${tolerance}="",${DEFAULT_TOLERANCE},${tolerance})`;
}

/** VARIANCE = A − T. */
export function varianceFormula(actual: string, target: string): string {
  return guarded([actual, target], [actual, target], `${actual}-${target}`);
}

/** VARIANCE_PCT = (A − T) / |T|; T = 0 → #DIV/0!. */
export function variancePctFormula(actual: string, target: string): string {
  return guarded([actual, target], [actual, target], `(${actual}-${target})/ABS(${target})`);
}

/**
 * 1 + s·(A − T) / |T|, and for near (s = 0) 1 − |A − T| / |T|: the second term counts only
 * when s is 0, so that the direction is read in one place per use.
 */
function attainmentExpr(actual: string, target: string, direction?: string): string {
  const s = directionSign(direction);
  const gap = `(${actual}-${target})/ABS(${target})`;
  if (direction === undefined) return `(1+${gap})`;
  return `(1+${s}*${gap}-(${s}=0)*ABS(${gap}))`;
}

/** ATTAINMENT = 1 + s·(A − T) / |T| (near: 1 − |A − T| / |T|); T = 0 → #DIV/0!. */
export function attainmentFormula(actual: string, target: string, direction?: string): string {
  return guarded([actual, target], [actual, target], attainmentExpr(actual, target, direction));
}

/** STATUS: GREEN / AMBER / RED against the target with a tolerance (default 0.1). */
export function statusFormula(
  actual: string,
  target: string,
  direction?: string,
  tolerance?: string,
): string {
  const s = directionSign(direction);
  const att = attainmentExpr(actual, target, direction);
  const tol = toleranceExpr(tolerance);
  const onZero =
    direction === undefined ? `${actual}>=0` : `IF(${s}=0,${actual}=0,${s}*${actual}>=0)`;
  const zeroTarget = `IF(${onZero},"GREEN","RED")`;
  // near (s = 0) is GREEN within half the tolerance: both sides of the target count.
  const band = direction === undefined ? '' : `-IF(${s}=0,${tol}/2,0)`;
  const graded = `IF(${att}>=1${band}-${EPSILON},"GREEN",IF(${att}>=1-${tol}-${EPSILON},"AMBER","RED"))`;
  const rated = `IF(${target}=0,${zeroTarget},${graded})`;
  // The tolerance is checked first, as the contract's element rules do.
  const checked =
    tolerance === undefined ? rated : `IF(OR(${tol}<0,${tol}>=1),${VALUE_ERROR},${rated})`;
  return guarded([actual, target], [actual, target], checked);
}

/** The share of the period [start, end] elapsed by as_of, between 0 and 1 (whole days). */
function elapsedShare(start: string, end: string, asOf: string): string {
  return `MAX(0,MIN(1,(${day(asOf)}-${day(start)}+1)/(${day(end)}-${day(start)}+1)))`;
}

/** TARGET_TO_DATE = T · clamp((as_of − start + 1) / (end − start + 1), 0, 1). */
export function targetToDateFormula(
  target: string,
  start: string,
  end: string,
  asOf: string,
): string {
  const body = `IF(${day(end)}<${day(start)},${NUM_ERROR},${target}*${elapsedShare(start, end, asOf)})`;
  return guarded([target], [target, start, end, asOf], body);
}

/** PACE = A / TARGET_TO_DATE (1 means on pace). */
export function paceFormula(
  actual: string,
  target: string,
  start: string,
  end: string,
  asOf: string,
): string {
  const pace = `${actual}/(${target}*${elapsedShare(start, end, asOf)})`;
  const body = `IF(${day(end)}<${day(start)},${NUM_ERROR},IF(${day(asOf)}<${day(start)},NA(),${pace}))`;
  return guarded([actual, target], [actual, target, start, end, asOf], body);
}

/** FORECAST = A · total / elapsed: the actual extrapolated to the end of the period. */
export function forecastFormula(actual: string, start: string, end: string, asOf: string): string {
  const total = `(${day(end)}-${day(start)}+1)`;
  const elapsed = `MIN(${day(asOf)}-${day(start)}+1,${total})`;
  const body =
    `IF(${day(end)}<${day(start)},${NUM_ERROR},` +
    `IF(${day(asOf)}<${day(start)},NA(),${actual}*${total}/${elapsed}))`;
  return guarded([actual], [actual, start, end, asOf], body);
}

/** REQUIRED_RATE = max(0, T − A) / (end − as_of) per day. */
export function requiredRateFormula(
  actual: string,
  target: string,
  end: string,
  asOf: string,
): string {
  const left = `(${day(end)}-${day(asOf)})`;
  const body = `IF(${left}<=0,NA(),MAX(0,${target}-${actual})/${left})`;
  return guarded([actual, target], [actual, target, end, asOf], body);
}

/** TARGET_PATH = B + (T − B) · clamp(share elapsed); blank B gives T; blank T gives "". */
export function targetPathFormula(
  baseline: string,
  target: string,
  start: string,
  end: string,
  asOf: string,
): string {
  // B·(1 − f) + T·f is B + (T − B)·f, exact at both ends of the path.
  const f = elapsedShare(start, end, asOf);
  const path = `IF(${baseline}="",${target},${baseline}*(1-${f})+${target}*${f})`;
  const body = `IF(${day(end)}<${day(start)},${NUM_ERROR},${path})`;
  const numeric = [target, start, end, asOf].map((n) => `ISNUMBER(${n})`).join(',');
  return (
    `IF(${target}="","",IF(AND(${numeric},OR(${baseline}="",ISNUMBER(${baseline}))),` +
    `${body},${VALUE_ERROR}))`
  );
}
