/**
 * A metric summed over the Data sheet's rows that meet some criteria, as a formula: a raw metric
 * is one SUMIFS over its column; a derived metric (marketing cost, gross profit, net promoters)
 * is built from its parts' sums as the catalogue says. Used where the metric is known when the
 * workbook is generated (the channels' sections, the Budget sheet); rows whose KPI can change
 * read the Totals sheet instead.
 */
import { DERIVED_METRICS, isDerived, rawPartsOf, type Metric } from '../../kpi/catalogue';
import { dataName, ECONOMICS_NAMES } from '../names';
import { numberIn } from '../../workbook/formulas';

/** SUMIFS of the metric over the rows meeting `criteria` ("Data_Month,A5,Data_Channel,B3"). */
export function metricSum(metric: Metric, criteria: string): string {
  if (!isDerived(metric)) return `SUMIFS(${dataName(metric)},${criteria})`;
  const rule = DERIVED_METRICS[metric];
  if (rule.kind === 'times') {
    return `${metricSum(rule.of, criteria)}*${numberIn(ECONOMICS_NAMES[rule.by])}`;
  }
  const [a, b] = rule.of.map((m) => metricSum(m, criteria));
  return `(${a}${rule.kind === 'sum' ? '+' : '-'}${b})`;
}

/** How many cells of the metric's raw parts hold a value among the rows meeting `criteria`. */
export function metricEntries(metric: Metric, criteria: string): string {
  return rawPartsOf(metric)
    .map((m) => `COUNTIFS(${dataName(m)},"<>",${criteria})`)
    .join('+');
}
