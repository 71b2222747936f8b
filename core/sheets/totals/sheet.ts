/**
 * Totals: what the Control sheet's KPI rows read, whatever KPI a row holds. For each month of
 * the plan (rows) and each metric (columns, raw then derived): the running total from the
 * plan's first month, and the latest month (its number in the list) with any result entered
 * for the metric; and per channel the latest month with any of its results. A KPI's sum over
 * its months is the difference of two running totals, looked up with INDEX and MATCH by the
 * metric's id: no formula needs to know at generation which KPI it will compute.
 */
import {
  DERIVED_METRICS,
  METRICS,
  isDerived,
  rawPartsOf,
  type DerivedMetricRule,
  type Metric,
} from '../../kpi/catalogue';
import { monthsBetween } from '../../dates/months';
import { cellRef } from '../../workbook/a1';
import { SheetBuilder } from '../../workbook/builder';
import type { Cell } from '../../workbook/spec';
import {
  calc,
  defineName,
  header,
  label,
  titleOfFirst,
  type SheetContext,
  type SheetEntry,
} from '../context';
import { DATA_CHANNEL, DATA_ENTERED, DATA_MONTH, ECONOMICS_NAMES, TOTALS } from '../names';
import { metricKind } from '../styles';
import { figureWidths } from '../layouts/widths';
import { numberIn } from '../../workbook/formulas';
import { metricEntries, metricSum } from '../formulas/metric-sums';

const FIRST_COL = 2;
const col = (metric: Metric) => FIRST_COL + METRICS.indexOf(metric);

export function totalsSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t, plan } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  const months = monthsBetween(plan.start, plan.end);
  const paid = t('channelKind.paid');
  sheet.cell(1, 1, label(t('sheet.totals'), 'title'));
  sheet.cell(
    2,
    1,
    label(t('totals.intro', { sheet: titleOfFirst(ctx, ['objectives', 'plan']) }), 'subtitle'),
  );
  const metricNames = METRICS.map((m) => header(t(`metric.${m}`)));
  // Running totals: names, then ids (what lookups match), then a row per month.
  sheet.cell(4, 1, label(t('totals.running'), 'section'));
  sheet.row(5, 1, [header(t('data.month')), ...metricNames]);
  sheet.row(6, 1, [label(t('totals.id'), 'note'), ...METRICS.map((m) => label(m, 'calc.code'))]);
  const running = 7;
  const last = running + months.length - 1;
  sheet.block(
    running,
    1,
    months.map((month, k) => [
      label(month, 'calc.month'),
      ...METRICS.map((m) => runningCell(m, running + k, k, paid)),
    ]),
  );
  defineName(ctx, TOTALS.month, sheet.id, [running, 1, last, 1]);
  defineName(ctx, TOTALS.metrics, sheet.id, [6, FIRST_COL, 6, col(METRICS[METRICS.length - 1])]);
  defineName(ctx, TOTALS.running, sheet.id, [
    running,
    FIRST_COL,
    last,
    FIRST_COL + METRICS.length - 1,
  ]);

  const latestHeader = last + 3;
  sheet.cell(latestHeader - 1, 1, label(t('totals.latest'), 'section'));
  sheet.row(latestHeader, 1, [header(t('data.month')), ...metricNames]);
  const latest = latestHeader + 1;
  sheet.block(
    latest,
    1,
    months.map((month, k) => [
      label(month, 'calc.month'),
      ...METRICS.map((m) => latestCell(m, latest + k, k, paid)),
    ]),
  );
  const latestLast = latest + months.length - 1;
  defineName(ctx, TOTALS.latest, sheet.id, [
    latest,
    FIRST_COL,
    latestLast,
    FIRST_COL + METRICS.length - 1,
  ]);

  const channels = plan.channels.map((c) => c.name);
  if (channels.length > 0) {
    const byChannel = latestLast + 3;
    sheet.cell(byChannel - 1, 1, label(t('totals.byChannel'), 'section'));
    sheet.row(byChannel, 1, [header(t('data.month')), ...channels.map((c) => label(c, 'header'))]);
    const first = byChannel + 1;
    sheet.block(
      first,
      1,
      months.map((month, k) => [
        label(month, 'calc.month'),
        ...channels.map((_, c) => channelCell(byChannel, first + k, FIRST_COL + c, k)),
      ]),
    );
    const end = FIRST_COL + channels.length - 1;
    defineName(ctx, TOTALS.channels, sheet.id, [byChannel, FIRST_COL, byChannel, end]);
    defineName(ctx, TOTALS.latestByChannel, sheet.id, [
      first,
      FIRST_COL,
      first + months.length - 1,
      end,
    ]);
  }
  // One width for every metric's column, amounts and counts alike: one call for the add-ins.
  const figures = figureWidths(plan);
  sheet.widths(1, [12, ...METRICS.map(() => Math.max(13, figures.money, figures.count))]);
  sheet.height(5, 44);
  sheet.height(latestHeader, 44);
  return sheet.freeze(6, 1);
}

/**
 * Through month k (0-based): the previous month's running total and this month's sum; a paid
 * metric sums the rows whose Kind is `paid` (the paid kind's label).
 */
function runningCell(metric: Metric, row: number, k: number, paid: string): Cell {
  const here = (m: Metric) => cellRef(row, col(m));
  const money = rawPartsOf(metric).some((m) => metricKind(m) === 'currency');
  const kind = money ? 'currency' : 'number';
  const rule = isDerived(metric) ? DERIVED_METRICS[metric] : undefined;
  if (rule && rule.kind !== 'paid') return calc(derived(rule, here, false), kind);
  const month = cellRef(row, 1, { absCol: true });
  const sum = metricSum(metric, `${DATA_MONTH},${month}`, paid);
  return calc(k === 0 ? sum : `${cellRef(row - 1, col(metric))}+${sum}`, kind);
}

/** The latest month (1-based) through month k with a result for the metric; 0 for none. */
function latestCell(metric: Metric, row: number, k: number, paid: string): Cell {
  const here = (m: Metric) => cellRef(row, col(m));
  const rule = isDerived(metric) ? DERIVED_METRICS[metric] : undefined;
  if (rule && rule.kind !== 'paid') return calc(derived(rule, here, true), 'integer');
  const month = cellRef(row, 1, { absCol: true });
  const before = k === 0 ? '0' : cellRef(row - 1, col(metric));
  const entered = metricEntries(metric, `${DATA_MONTH},${month}`, paid);
  return calc(`IF(${entered}>0,${k + 1},${before})`, 'integer');
}

/**
 * A derived metric from its parts in the same row: their sum, difference or the part times an
 * economic factor; for the latest month with results, the latest of its parts.
 */
function derived(
  rule: Exclude<DerivedMetricRule, { kind: 'paid' }>,
  here: (m: Metric) => string,
  latest: boolean,
): string {
  if (rule.kind === 'times') {
    return latest ? here(rule.of) : `${here(rule.of)}*${numberIn(ECONOMICS_NAMES[rule.by])}`;
  }
  const [a, b] = rule.of.map(here);
  if (latest) return `MAX(${a},${b})`;
  return rule.kind === 'sum' ? `${a}+${b}` : `${a}-${b}`;
}

/** The latest month (1-based) through month k with any result on the channel's rows. */
function channelCell(headerRow: number, row: number, c: number, k: number): Cell {
  const channel = cellRef(headerRow, c, { absRow: true });
  const month = cellRef(row, 1, { absCol: true });
  const before = k === 0 ? '0' : cellRef(row - 1, c);
  const entered = `COUNTIFS(${DATA_CHANNEL},${channel},${DATA_MONTH},${month},${DATA_ENTERED},">0")`;
  return calc(`IF(${entered}>0,${k + 1},${before})`, 'integer');
}
