/**
 * A metric summed over the Data sheet's rows that meet some criteria, as a formula: a raw metric
 * is one SUMIFS over its column; a derived metric (marketing cost, gross profit, net promoters)
 * is built from its parts' sums as the catalogue says. Used where the metric is known when the
 * workbook is generated (the channels' sections, the Budget sheet); rows whose KPI can change
 * read the Totals sheet instead.
 */
import { DERIVED_METRICS, isDerived, rawPartsOf, type Metric } from '../../kpi/catalogue';
import { DATA_KIND, dataName, ECONOMICS_NAMES } from '../names';
import { numberIn } from '../../workbook/formulas';
import { stringLiteral } from '../../workbook/a1';

/**
 * SUMIFS of the metric over the rows meeting `criteria` ("Data_Month,A5,Data_Channel,B3"); a
 * paid metric adds the criterion of the Data sheet's Kind column, `paid` (paidLabel's text).
 */
export function metricSum(metric: Metric, criteria: string, paid?: string): string {
  if (!isDerived(metric)) return `SUMIFS(${dataName(metric)},${criteria})`;
  const rule = DERIVED_METRICS[metric];
  if (rule.kind === 'paid')
    return `SUMIFS(${dataName(rule.of)},${criteria},${paidCriterion(paid)})`;
  if (rule.kind === 'times') {
    return `${metricSum(rule.of, criteria, paid)}*${numberIn(ECONOMICS_NAMES[rule.by])}`;
  }
  const [a, b] = rule.of.map((m) => metricSum(m, criteria, paid));
  return `(${a}${rule.kind === 'sum' ? '+' : '-'}${b})`;
}

/** How many cells of the metric's raw parts hold a value among the rows meeting `criteria`. */
export function metricEntries(metric: Metric, criteria: string, paid?: string): string {
  const onPaid = isDerived(metric) && DERIVED_METRICS[metric].kind === 'paid';
  const all = onPaid ? `${criteria},${paidCriterion(paid)}` : criteria;
  return rawPartsOf(metric)
    .map((m) => `COUNTIFS(${dataName(m)},"<>",${all})`)
    .join('+');
}

/** The criterion "the row's channel is paid media", for the paid kind's label in the plan's language. */
function paidCriterion(paid: string | undefined): string {
  if (paid === undefined) throw new Error("a paid metric is summed with the paid kind's label");
  return `${DATA_KIND},${stringLiteral(paid)}`;
}

/**
 * The metric a channel's own rows are summed by: a paid metric's raw part (a channel's rows are
 * already that channel's, so its ROAS is its own revenue over its own media spend, whatever its
 * kind), any other metric itself.
 */
export function ownMetric(metric: Metric): Metric {
  if (!isDerived(metric)) return metric;
  const rule = DERIVED_METRICS[metric];
  return rule.kind === 'paid' ? rule.of : metric;
}
