/**
 * Reading results and economics: `actuals` (monthly values that belong to no channel, the
 * original form), `channelResults` (rows of month, channel and metric values) and
 * `economics`. Each problem is reported with its field path; results are merged into one list
 * with at most one entry per month and channel.
 */
import { ECONOMICS, RAW_METRICS, type Economic, type RawMetric } from '../kpi/catalogue';
import { parseIsoDate } from '../dates/serial';
import { monthKey } from '../dates/months';
import type { FieldReader, Raw } from './fields';
import { MAX_RESULT_ROWS } from './limits';
import type { MonthResult } from './types';

/** The plan's months, for checking that a result lies inside it. */
export interface PlanMonths {
  start: number;
  end: number;
}

/** "YYYY-MM" inside the plan, or an error at `path`. */
function readMonth(r: FieldReader, path: string, month: unknown, plan: PlanMonths): string | null {
  const text = typeof month === 'string' ? month : '';
  const first = /^\d{4}-\d{2}$/.test(text) ? parseIsoDate(`${text}-01`) : null;
  if (first === null) {
    r.error(path, r.t('error.notMonth', { value: JSON.stringify(month) }));
    return null;
  }
  if (first > plan.end || text < monthKey(plan.start)) {
    r.error(path, r.t('error.outsidePlan', { from: monthKey(plan.start), to: monthKey(plan.end) }));
    return null;
  }
  return text;
}

/**
 * Plans written before cost came in two parts gave one `cost`: it was divided into clicks and
 * conversions alike, so it is read as media spend, and the marketer is told.
 */
const LEGACY_COST = 'cost';

function metricOf(r: FieldReader, path: string, name: string): RawMetric | null {
  if (RAW_METRICS.includes(name as RawMetric)) return name as RawMetric;
  if (name === LEGACY_COST) {
    r.warn(path, r.t('warning.legacyCost'));
    return 'media_spend';
  }
  r.error(path, r.t('error.unknownMetric', { metrics: RAW_METRICS.join(', ') }));
  return null;
}

/** `actuals`: { metric: { "YYYY-MM": value } }, results that belong to no channel. */
export function readActuals(r: FieldReader, value: unknown, plan: PlanMonths): MonthResult[] {
  const raw = r.object('actuals', value);
  if (!raw) return [];
  const byMonth = new Map<string, MonthResult>();
  for (const [name, months] of Object.entries(raw)) {
    const path = `actuals.${name}`;
    const metric = metricOf(r, path, name);
    const values = r.object(path, months) ?? {};
    if (metric === null) continue;
    for (const [month, amount] of Object.entries(values)) {
      const where = `${path}.${month}`;
      const key = readMonth(r, where, month, plan);
      const n = r.amount(where, amount, { what: 'what.actual' });
      if (key === null || n === undefined) continue;
      const result = byMonth.get(key) ?? { month: key, channel: '', values: {} };
      byMonth.set(key, result);
      if (result.values[metric] !== undefined) {
        r.error(where, r.t('error.costTwice', { metric, month: key }));
      }
      result.values[metric] = n;
    }
  }
  return [...byMonth.values()];
}

/** `channelResults`: rows of month, channel (a listed channel, or none) and metric values. */
export function readChannelResults(
  r: FieldReader,
  value: unknown,
  plan: PlanMonths,
): MonthResult[] {
  const list = r.array('channelResults', value, MAX_RESULT_ROWS, 'what.results');
  if (!list) return [];
  return list.flatMap((item, i) => {
    const path = `channelResults[${i}]`;
    const row = r.item(path, item);
    if (!row) return [];
    if (row.month === undefined) r.error(`${path}.month`, r.t('error.requiredMonth'));
    const month = row.month === undefined ? null : readMonth(r, `${path}.month`, row.month, plan);
    const channel = r.channelName(`${path}.channel`, row.channel, false) ?? '';
    const values = readValues(r, path, row);
    return month === null ? [] : [{ month, channel, values }];
  });
}

function readValues(r: FieldReader, path: string, row: Raw): MonthResult['values'] {
  const values: MonthResult['values'] = {};
  for (const [name, amount] of Object.entries(row)) {
    if (name === 'month' || name === 'channel') continue;
    const metric = metricOf(r, `${path}.${name}`, name);
    const n = r.amount(`${path}.${name}`, amount, { what: 'what.actual' });
    if (metric === null || n === undefined) continue;
    if (values[metric] !== undefined)
      r.error(`${path}.${name}`, r.t('error.metricTwice', { metric }));
    values[metric] = n;
  }
  return values;
}

/**
 * Every result in one list: a channel each result names must be one of the plan's (matched
 * case-insensitively, written as the plan lists it), and a month and channel may be given
 * once (a metric of `actuals` and a row without a channel may not both give the same month).
 */
export function mergeResults(
  r: FieldReader,
  fromActuals: MonthResult[],
  fromRows: MonthResult[],
  channels: readonly string[],
): MonthResult[] {
  const canonical = new Map(channels.map((c) => [c.toLowerCase(), c]));
  const merged = new Map<string, MonthResult>();
  const add = (result: MonthResult, path: string, channel: string) => {
    const key = `${result.month}|${channel.toLowerCase()}`;
    const seen = merged.get(key);
    if (!seen) merged.set(key, { ...result, channel, values: { ...result.values } });
    else {
      for (const [metric, n] of Object.entries(result.values)) {
        if (metric in seen.values) {
          const params = { metric, month: result.month, channel };
          r.error(path, r.t(channel ? 'error.valueTwiceOnChannel' : 'error.valueTwice', params));
        } else seen.values[metric as RawMetric] = n;
      }
    }
  };
  for (const result of fromActuals) add(result, 'actuals', '');
  fromRows.forEach((result, i) => {
    const path = `channelResults[${i}]`;
    const channel = result.channel === '' ? '' : canonical.get(result.channel.toLowerCase());
    if (channel === undefined) {
      const listed = channels.join(', ') || r.t('error.none');
      const params = { channel: result.channel, channels: listed };
      r.error(`${path}.channel`, r.t('error.unknownChannel', params));
    } else add(result, path, channel);
  });
  return [...merged.values()];
}

/** `economics`: gross margin (0 to 1), purchases per customer a year, years a customer stays. */
export function readEconomics(r: FieldReader, value: unknown): Partial<Record<Economic, number>> {
  const raw = r.object('economics', value);
  if (!raw) return {};
  r.knownKeys('economics', raw, ECONOMICS);
  const out: Partial<Record<Economic, number>> = {};
  const margin = r.number('economics.grossMargin', raw.grossMargin, {
    min: 0,
    max: 1,
    what: 'what.grossMargin',
  });
  const perYear = r.number('economics.purchasesPerYear', raw.purchasesPerYear, {
    min: 0,
    max: 10000,
    what: 'what.purchasesPerYear',
  });
  const years = r.number('economics.lifespanYears', raw.lifespanYears, {
    min: 0,
    max: 100,
    what: 'what.lifespanYears',
  });
  if (margin !== undefined) out.grossMargin = margin;
  if (perYear !== undefined) out.purchasesPerYear = perYear;
  if (years !== undefined) out.lifespanYears = years;
  return out;
}
