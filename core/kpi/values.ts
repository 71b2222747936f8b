/**
 * The element rules of KPI_FUNCTIONS.md: what counts as blank, reading numbers, directions,
 * tolerances and dates, and the KpiError every rule reports.
 */

export type KpiErrorCode = '#VALUE!' | '#DIV/0!' | '#N/A' | '#NUM!';

export interface KpiError {
  code: KpiErrorCode;
  message: string;
}

/** A result element: a number, "" / GREEN / AMBER / RED, or an error. */
export type KpiValue = number | string | KpiError;

export const EPSILON = 0.000000001;
export const DEFAULT_TOLERANCE = 0.1;

export function kpiError(code: KpiErrorCode, message: string): KpiError {
  return { code, message };
}

/** #VALUE! for anything thrown while reading host values (a throwing getter, a proxy). */
export function unreadable(error: unknown): KpiError {
  let why: string;
  try {
    why = String((error as Error)?.message ?? error);
  } catch {
    why = 'an unreadable value';
  }
  return kpiError('#VALUE!', `cannot compute: ${why}`);
}

export function isKpiError(value: unknown): value is KpiError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/** Rule 1: an empty cell, null or "" is blank. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** Rule 2: a value that is not a finite number is #VALUE!, naming the argument. */
export function readNumber(value: unknown, name: string): number | KpiError {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  // An element the host could not read (see host.ts) keeps its own error.
  if (isKpiError(value)) return value;
  const what = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  return kpiError('#VALUE!', `${name} is not a number: ${what}`);
}

/**
 * The direction as its sign: +1 for "higher" (default, also blank), −1 for "lower", 0 for
 * "near" (closest to the target is best), case-insensitive.
 */
export type Sign = 1 | -1 | 0;

export function readDirection(value: unknown): Sign | KpiError {
  if (value === 'higher' || isBlank(value)) return 1;
  if (value === 'lower') return -1;
  if (value === 'near') return 0;
  if (typeof value === 'string') {
    // Case-insensitive as the contract says, and no more lenient than the native formula.
    const d = value.toLowerCase();
    if (d === 'higher') return 1;
    if (d === 'lower') return -1;
    if (d === 'near') return 0;
  }
  return kpiError(
    '#VALUE!',
    `direction must be "higher", "lower" or "near", got ${JSON.stringify(value)}`,
  );
}

/** 0 ≤ tolerance < 1; default 0.1. */
export function readTolerance(value: unknown): number | KpiError {
  if (typeof value === 'number' && value >= 0 && value < 1) return value;
  if (isBlank(value)) return DEFAULT_TOLERANCE;
  const n = readNumber(value, 'tolerance');
  if (isKpiError(n)) return n;
  if (n < 0 || n >= 1)
    return kpiError('#VALUE!', `tolerance must be at least 0 and below 1, got ${n}`);
  return n;
}

/** A date as a serial day number, fractions floored. */
export function readDate(value: unknown, name: string): number | KpiError {
  if (isBlank(value)) return kpiError('#VALUE!', `${name} is blank (expected a date)`);
  const n = readNumber(value, name);
  return isKpiError(n) ? n : Math.floor(n);
}
