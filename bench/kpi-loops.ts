/**
 * The KPI functions written as plain loops, the floor core/kpi is measured against: the same
 * element rules (blank → "", not a number → #VALUE!, each function's own rule) and the same
 * 2-D result, without broadcasting or per-element guards. The bench checks that each gives
 * core/kpi's results before it times them.
 */
type Range = unknown[][];
type Out = unknown[][];
type Args = Record<string, unknown>;

const EPS = 0.000000001;
const VALUE = { code: '#VALUE!' };
const DIV0 = { code: '#DIV/0!' };
const NA = { code: '#N/A' };

const blank = (v: unknown) => v === undefined || v === null || v === '';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const at = (v: unknown, r: number): unknown => (Array.isArray(v) ? (v as Range)[r][0] : v);
/** +1 higher, −1 lower, 0 near (the bench's directions are all valid). */
const sign = (v: unknown) => {
  const d = typeof v === 'string' ? v.toLowerCase() : 'higher';
  return d === 'lower' ? -1 : d === 'near' ? 0 : 1;
};
const attain = (a: number, t: number, s: number) =>
  s === 0 ? 1 - Math.abs(a - t) / Math.abs(t) : 1 + (s * (a - t)) / Math.abs(t);
const share = (s: number, e: number, d: number) =>
  Math.max(0, Math.min(1, (d - s + 1) / (e - s + 1)));

/** Rules 1 and 2 for an actual and a target: "" or #VALUE!, or null when both are numbers. */
function early(a: unknown, t: unknown): unknown {
  if (blank(a) || blank(t)) return '';
  return isNum(a) && isNum(t) ? null : VALUE;
}

function variance(x: Args, n: number): Out {
  const out: Out = new Array(n);
  for (let r = 0; r < n; r++) {
    const a = at(x.actual, r);
    const t = at(x.target, r);
    out[r] = [early(a, t) ?? (a as number) - (t as number)];
  }
  return out;
}

function variancePct(x: Args, n: number): Out {
  const out: Out = new Array(n);
  for (let r = 0; r < n; r++) {
    const a = at(x.actual, r) as number;
    const t = at(x.target, r) as number;
    out[r] = [early(a, t) ?? (t === 0 ? DIV0 : (a - t) / Math.abs(t))];
  }
  return out;
}

function attainment(x: Args, n: number): Out {
  const out: Out = new Array(n);
  for (let r = 0; r < n; r++) {
    const a = at(x.actual, r) as number;
    const t = at(x.target, r) as number;
    const s = sign(at(x.direction, r));
    out[r] = [early(a, t) ?? (t === 0 ? DIV0 : attain(a, t, s))];
  }
  return out;
}

function status(x: Args, n: number): Out {
  const out: Out = new Array(n);
  for (let r = 0; r < n; r++) {
    const a = at(x.actual, r) as number;
    const t = at(x.target, r) as number;
    const stop = early(a, t);
    if (stop !== null) {
      out[r] = [stop];
      continue;
    }
    const s = sign(at(x.direction, r));
    const k = at(x.tolerance, r) as number;
    const att = attain(a, t, s);
    const result =
      t === 0
        ? (s === 0 ? a === 0 : s * a >= 0)
          ? 'GREEN'
          : 'RED'
        : att >= 1 - (s === 0 ? k / 2 : 0) - EPS
          ? 'GREEN'
          : att >= 1 - k - EPS
            ? 'AMBER'
            : 'RED';
    out[r] = [result];
  }
  return out;
}

function targetToDate(x: Args, n: number): Out {
  const out: Out = new Array(n);
  for (let r = 0; r < n; r++) {
    const t = at(x.target, r);
    const s = Math.floor(at(x.start, r) as number);
    const e = Math.floor(at(x.end, r) as number);
    const d = Math.floor(at(x.as_of, r) as number);
    out[r] = [blank(t) ? '' : isNum(t) ? t * share(s, e, d) : VALUE];
  }
  return out;
}

function pace(x: Args, n: number): Out {
  const out: Out = new Array(n);
  for (let r = 0; r < n; r++) {
    const a = at(x.actual, r) as number;
    const t = at(x.target, r) as number;
    const s = Math.floor(at(x.start, r) as number);
    const e = Math.floor(at(x.end, r) as number);
    const d = Math.floor(at(x.as_of, r) as number);
    out[r] = [early(a, t) ?? (d < s ? NA : t === 0 ? DIV0 : a / (t * share(s, e, d)))];
  }
  return out;
}

function forecast(x: Args, n: number): Out {
  const out: Out = new Array(n);
  for (let r = 0; r < n; r++) {
    const a = at(x.actual, r);
    const s = Math.floor(at(x.start, r) as number);
    const e = Math.floor(at(x.end, r) as number);
    const d = Math.floor(at(x.as_of, r) as number);
    const total = e - s + 1;
    out[r] = [
      blank(a) ? '' : !isNum(a) ? VALUE : d < s ? NA : (a * total) / Math.min(d - s + 1, total),
    ];
  }
  return out;
}

function requiredRate(x: Args, n: number): Out {
  const out: Out = new Array(n);
  for (let r = 0; r < n; r++) {
    const a = at(x.actual, r) as number;
    const t = at(x.target, r) as number;
    const e = Math.floor(at(x.end, r) as number);
    const d = Math.floor(at(x.as_of, r) as number);
    out[r] = [early(a, t) ?? (e - d <= 0 ? NA : Math.max(0, t - a) / (e - d))];
  }
  return out;
}

function targetPath(x: Args, n: number): Out {
  const out: Out = new Array(n);
  for (let r = 0; r < n; r++) {
    const b = at(x.baseline, r);
    const t = at(x.target, r);
    const s = Math.floor(at(x.start, r) as number);
    const e = Math.floor(at(x.end, r) as number);
    const d = Math.floor(at(x.as_of, r) as number);
    const f = share(s, e, d);
    out[r] = [
      blank(t)
        ? ''
        : !isNum(t) || !(blank(b) || isNum(b))
          ? VALUE
          : blank(b)
            ? t
            : (b as number) * (1 - f) + t * f,
    ];
  }
  return out;
}

export const HAND_LOOPS: Record<string, (args: Args, n: number) => Out> = {
  VARIANCE: variance,
  VARIANCE_PCT: variancePct,
  ATTAINMENT: attainment,
  STATUS: status,
  TARGET_TO_DATE: targetToDate,
  PACE: pace,
  FORECAST: forecast,
  REQUIRED_RATE: requiredRate,
  TARGET_PATH: targetPath,
};
