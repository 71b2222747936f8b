/**
 * Native-formula builders: for each KPI function of KPI_FUNCTIONS.md, the invariant formula
 * (no leading "=") that gives the same result for single cells. Arguments are cell references,
 * names or other expressions. Only functions every host computes are used, and ε is written as
 * 0.000000001 (HyperFormula cannot parse 1E-9).
 */

const EPSILON = '0.000000001';
const DEFAULT_TOLERANCE = '0.1';
/** Coercing text to a number yields #VALUE! on every host. */
const VALUE_ERROR = '(0+"#VALUE!")';
/** The square root of −1 yields #NUM! on every host (EOMONTH(-1,0) does not in LibreOffice). */
const NUM_ERROR = '(-1)^0.5';

function blankIfAny(args: string[], then: string): string {
  const test = args.length === 1 ? `${args[0]}=""` : `OR(${args.map((a) => `${a}=""`).join(',')})`;
  return `IF(${test},"",${then})`;
}

/** s = +1 for "higher" or blank, −1 for "lower" (case-insensitive), else #VALUE!. */
export function directionSign(direction?: string): string {
  if (direction === undefined) return '1';
  return `IF(OR(${direction}="",${direction}="higher"),1,IF(${direction}="lower",-1,${VALUE_ERROR}))`;
}

/** The tolerance cell, 0.1 when blank. */
function toleranceExpr(tolerance?: string): string {
  return tolerance === undefined
    ? DEFAULT_TOLERANCE
    : `IF(${tolerance}="",${DEFAULT_TOLERANCE},${tolerance})`;
}

/** VARIANCE = A − T. */
export function varianceFormula(actual: string, target: string): string {
  return blankIfAny([actual, target], `${actual}-${target}`);
}

/** VARIANCE_PCT = (A − T) / |T|; T = 0 → #DIV/0!. */
export function variancePctFormula(actual: string, target: string): string {
  return blankIfAny([actual, target], `(${actual}-${target})/ABS(${target})`);
}

function attainmentExpr(actual: string, target: string, direction?: string): string {
  return `(1+${directionSign(direction)}*(${actual}-${target})/ABS(${target}))`;
}

/** ATTAINMENT = 1 + s·(A − T) / |T|; T = 0 → #DIV/0!. */
export function attainmentFormula(actual: string, target: string, direction?: string): string {
  return blankIfAny([actual, target], attainmentExpr(actual, target, direction));
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
  const zeroTarget = `IF(${s}*${actual}>=0,"GREEN","RED")`;
  const graded = `IF(${att}>=1-${EPSILON},"GREEN",IF(${att}>=1-${tol}-${EPSILON},"AMBER","RED"))`;
  const rated = `IF(${target}=0,${zeroTarget},${graded})`;
  // The tolerance is checked first, as the contract's element rules do.
  const checked =
    tolerance === undefined ? rated : `IF(OR(${tol}<0,${tol}>=1),${VALUE_ERROR},${rated})`;
  return blankIfAny([actual, target], checked);
}

function elapsedShare(start: string, end: string, asOf: string): string {
  return `MAX(0,MIN(1,(${asOf}-${start}+1)/(${end}-${start}+1)))`;
}

/** TARGET_TO_DATE = T · clamp((as_of − start + 1) / (end − start + 1), 0, 1). */
export function targetToDateFormula(
  target: string,
  start: string,
  end: string,
  asOf: string,
): string {
  return blankIfAny(
    [target],
    `IF(${end}<${start},${NUM_ERROR},${target}*${elapsedShare(start, end, asOf)})`,
  );
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
  return blankIfAny(
    [actual, target],
    `IF(${end}<${start},${NUM_ERROR},IF(${asOf}<${start},NA(),${pace}))`,
  );
}

/** FORECAST = A · total / elapsed: the actual extrapolated to the end of the period. */
export function forecastFormula(actual: string, start: string, end: string, asOf: string): string {
  const total = `(${end}-${start}+1)`;
  const elapsed = `MIN(${asOf}-${start}+1,${total})`;
  return blankIfAny(
    [actual],
    `IF(${end}<${start},${NUM_ERROR},IF(${asOf}<${start},NA(),${actual}*${total}/${elapsed}))`,
  );
}

/** REQUIRED_RATE = max(0, T − A) / (end − as_of) per day. */
export function requiredRateFormula(
  actual: string,
  target: string,
  end: string,
  asOf: string,
): string {
  return blankIfAny(
    [actual, target],
    `IF(${end}-${asOf}<=0,NA(),MAX(0,${target}-${actual})/(${end}-${asOf}))`,
  );
}
