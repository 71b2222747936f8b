/**
 * The KPI functions of KPI_FUNCTIONS.md, pure and vectorised: each takes the contract's
 * arguments as single values or 2-D ranges and returns a single result or a 2-D array of
 * results (a number, "" / GREEN / AMBER / RED, or a KpiError). The host wrappers only convert.
 */
import { broadcast, type KpiResult } from './broadcast';
import { todaySerial } from './clock';
import * as rules from './values';
import type { KpiValue, Sign } from './values';

// The element rules, bound once: they run for every element of a 100,000-row range, and a
// bundler's module getters (esbuild's, webpack's without scope hoisting) would run with them.
const { EPSILON, isBlank, kpiError, readDate, readDirection, readNumber } = rules;
const { readTolerance } = rules;

export type { KpiResult } from './broadcast';
export { setToday } from './clock';
export { isKpiError, type KpiError, type KpiErrorCode, type KpiValue } from './values';

/**
 * Rules 1 and 2 for actual and target: blank → "", not a number → #VALUE!; otherwise null, with
 * the numbers left in `pair`. (One scratch pair keeps the per-element path free of allocations:
 * a 100,000-row range is computed element by element.)
 */
const pair = { a: 0, t: 0 };
function readPair(actual: unknown, target: unknown): KpiValue | null {
  if (isBlank(actual) || isBlank(target)) return '';
  const a = readNumber(actual, 'actual');
  if (typeof a !== 'number') return a;
  const t = readNumber(target, 'target');
  if (typeof t !== 'number') return t;
  pair.a = a;
  pair.t = t;
  return null;
}

/**
 * The period's dates, start ≤ end, and as_of (today when omitted), left in `dates`; or the
 * error. (A scratch object again: no allocation per element.)
 */
const dates = { s: 0, e: 0, d: 0 };
function period(start: unknown, end: unknown, asOf: unknown): KpiValue | null {
  const s = readDate(start, 'start');
  if (typeof s !== 'number') return s;
  const e = readDate(end, 'end');
  if (typeof e !== 'number') return e;
  const d = isBlank(asOf) ? todaySerial() : readDate(asOf, 'as_of');
  if (typeof d !== 'number') return d;
  if (e < s) return kpiError('#NUM!', 'end is before start');
  dates.s = s;
  dates.e = e;
  dates.d = d;
  return null;
}

const share = (s: number, e: number, d: number) =>
  Math.max(0, Math.min(1, (d - s + 1) / (e - s + 1)));

/** VARIANCE = actual − target. */
export function variance(actual: unknown, target: unknown): KpiResult {
  return broadcast([actual, target], (a, t) => {
    const bad = readPair(a, t);
    return bad !== null ? bad : pair.a - pair.t;
  });
}

/** VARIANCE_PCT = (actual − target) / |target|. */
export function variancePct(actual: unknown, target: unknown): KpiResult {
  return broadcast([actual, target], (a, t) => {
    const bad = readPair(a, t);
    if (bad !== null) return bad;
    const p = pair;
    return p.t === 0 ? kpiError('#DIV/0!', 'target is 0') : (p.a - p.t) / Math.abs(p.t);
  });
}

/** 1 + s·(A − T) / |T|; near (s = 0): 1 − |A − T| / |T|, never above 1. */
function attainmentOf(p: typeof pair, s: Sign): number {
  if (s === 0) return 1 - Math.abs(p.a - p.t) / Math.abs(p.t);
  return 1 + (s * (p.a - p.t)) / Math.abs(p.t);
}

/**
 * ATTAINMENT = 1 + s·(actual − target) / |target|; 1 is on target, above 1 better; near:
 * 1 − |actual − target| / |target|.
 */
export function attainment(actual: unknown, target: unknown, direction?: unknown): KpiResult {
  return broadcast([actual, target, direction], (a, t, d) => {
    const bad = readPair(a, t);
    if (bad !== null) return bad;
    const p = pair;
    const s = readDirection(d);
    if (typeof s !== 'number') return s;
    return p.t === 0 ? kpiError('#DIV/0!', 'target is 0') : attainmentOf(p, s);
  });
}

/**
 * STATUS: GREEN on target (near: within half the tolerance), AMBER within the tolerance, RED
 * beyond it.
 */
export function status(
  actual: unknown,
  target: unknown,
  direction?: unknown,
  tolerance?: unknown,
): KpiResult {
  return broadcast([actual, target, direction, tolerance], (a, t, d, tol) => {
    const bad = readPair(a, t);
    if (bad !== null) return bad;
    const p = pair;
    const s = readDirection(d);
    if (typeof s !== 'number') return s;
    const k = readTolerance(tol);
    if (typeof k !== 'number') return k;
    if (p.t === 0) return (s === 0 ? p.a === 0 : s * p.a >= 0) ? 'GREEN' : 'RED';
    const att = attainmentOf(p, s);
    // near: both sides count, so on target is a band, half the tolerance wide each way.
    if (att >= 1 - (s === 0 ? k / 2 : 0) - EPSILON) return 'GREEN';
    return att >= 1 - k - EPSILON ? 'AMBER' : 'RED';
  });
}

/** TARGET_TO_DATE = target · the share of the period elapsed by as_of (0 to 1). */
export function targetToDate(
  target: unknown,
  start: unknown,
  end: unknown,
  asOf?: unknown,
): KpiResult {
  return broadcast([target, start, end, asOf], (t, s, e, d) => {
    if (isBlank(t)) return '';
    const tv = readNumber(t, 'target');
    if (typeof tv !== 'number') return tv;
    const bad = period(s, e, d);
    return bad !== null ? bad : tv * share(dates.s, dates.e, dates.d);
  });
}

/** PACE = actual / target to date; 1 is on pace. */
export function pace(
  actual: unknown,
  target: unknown,
  start: unknown,
  end: unknown,
  asOf?: unknown,
): KpiResult {
  return broadcast([actual, target, start, end, asOf], (a, t, s, e, d) => {
    const bad = readPair(a, t);
    if (bad !== null) return bad;
    const p = pair;
    const late = period(s, e, d);
    if (late !== null) return late;
    const pd = dates;
    if (pd.d < pd.s) return kpiError('#N/A', 'as_of is before the period starts');
    if (p.t === 0) return kpiError('#DIV/0!', 'target is 0');
    return p.a / (p.t * share(pd.s, pd.e, pd.d));
  });
}

/** FORECAST = actual · total days / elapsed days: the actual extrapolated to the period's end. */
export function forecast(actual: unknown, start: unknown, end: unknown, asOf?: unknown): KpiResult {
  return broadcast([actual, start, end, asOf], (a, s, e, d) => {
    if (isBlank(a)) return '';
    const av = readNumber(a, 'actual');
    if (typeof av !== 'number') return av;
    const bad = period(s, e, d);
    if (bad !== null) return bad;
    const pd = dates;
    if (pd.d < pd.s) return kpiError('#N/A', 'as_of is before the period starts');
    const total = pd.e - pd.s + 1;
    return (av * total) / Math.min(pd.d - pd.s + 1, total);
  });
}

/** REQUIRED_RATE = max(0, target − actual) / (end − as_of): what is needed per day from now. */
export function requiredRate(
  actual: unknown,
  target: unknown,
  end: unknown,
  asOf?: unknown,
): KpiResult {
  return broadcast([actual, target, end, asOf], (a, t, e, d) => {
    const bad = readPair(a, t);
    if (bad !== null) return bad;
    const p = pair;
    const ev = readDate(e, 'end');
    if (typeof ev !== 'number') return ev;
    const dv = isBlank(d) ? todaySerial() : readDate(d, 'as_of');
    if (typeof dv !== 'number') return dv;
    if (ev - dv <= 0) return kpiError('#N/A', 'the period has ended (end is not after as_of)');
    return Math.max(0, p.t - p.a) / (ev - dv);
  });
}

/**
 * TARGET_PATH = baseline + (target − baseline) · the share of the period elapsed by as_of: where
 * a rate should stand on the straight path from its baseline (at start) to its target (at
 * end). A blank baseline gives the target; a blank target gives "".
 */
export function targetPath(
  baseline: unknown,
  target: unknown,
  start: unknown,
  end: unknown,
  asOf?: unknown,
): KpiResult {
  return broadcast([baseline, target, start, end, asOf], (b, t, s, e, d) => {
    if (isBlank(t)) return '';
    const tv = readNumber(t, 'target');
    if (typeof tv !== 'number') return tv;
    const bv = isBlank(b) ? null : readNumber(b, 'baseline');
    if (bv !== null && typeof bv !== 'number') return bv;
    const bad = period(s, e, d);
    if (bad !== null) return bad;
    if (bv === null) return tv;
    // B·(1 − f) + T·f is B + (T − B)·f, exact at both ends of the path.
    const f = share(dates.s, dates.e, dates.d);
    return bv * (1 - f) + tv * f;
  });
}
