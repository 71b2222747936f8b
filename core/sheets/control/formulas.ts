/**
 * The formulas of a funnel KPI row on the Control sheet, which read everything about the row's
 * KPI from the KPI definitions table (Settings) and its results from the Totals sheet, so that
 * changing an objective's KPI recomputes the row without regenerating:
 *
 * - through: the last day the actual counts, so that actual and target to date run through the
 *   same day — the report date when its month has results for the KPI (its numerator and
 *   denominator), else the end of the last month that has; blank before any;
 * - actual: the KPI's metrics summed from its start month through that month (running totals
 *   at two months' ends), a ratio of the sums for a rate;
 * - share: the phased share of the period's target due by that day (Targets sheet);
 * - the target to date of a volume (target × share), or the rate's point on its path;
 * - countsFrom: where a volume's count starts — 0 when its target is what the plan adds, the
 *   baseline when its target is a total with the baseline counted in (40 reviews today, 120 in
 *   all): actual, target to date and forecast are then totals too, and pace is the pace of the
 *   gain (80 to add).
 */
import { KPI_DEF, TARGETS_MONTH, TOTALS } from '../names';
import { numberIn } from '../../workbook/formulas';

/** The cells of the row a formula reads (A1 references in its own row). */
export interface RowRefs {
  kpi: string;
  countsFrom: string;
  target: string;
  start: string;
  end: string;
  actual: string;
  through: string;
  share: string;
  numerator: string;
  denominator: string;
}

/**
 * A column of the KPI definitions table for the row's KPI; blank for no or an unknown KPI, and
 * for a blank cell there (INDEX of a blank cell is 0 in Excel and LibreOffice).
 */
export function definition(r: RowRefs, column: string): string {
  const item = `INDEX(${column},MATCH(${r.kpi},${KPI_DEF.id},0))`;
  return `IFERROR(IF(${item}="","",${item}),"")`;
}

/** The month (index into the Totals sheet's months) of a day. */
const monthIndex = (day: string) => `MATCH(${day},${TOTALS.month},1)`;
const metricColumn = (metric: string) => `MATCH(${metric},${TOTALS.metrics},0)`;

/** The report date, or the KPI's end if earlier: the day the row is measured at. */
const measuredAt = (r: RowRefs) => `MIN(ReportDate,${r.end})`;
const startMonth = (r: RowRefs) => monthIndex(`MAX(${r.start},PlanStart)`);

export function throughFormula(r: RowRefs): string {
  const reportMonth = monthIndex(measuredAt(r));
  const latest = (metric: string) =>
    `INDEX(${TOTALS.latest},${reportMonth},${metricColumn(metric)})`;
  const last = `IF(${r.denominator}="",${latest(r.numerator)},MIN(${latest(r.numerator)},${latest(r.denominator)}))`;
  const monthEnd = `MIN(${r.end},EOMONTH(INDEX(${TOTALS.month},${last}),0))`;
  const through = `IF(${last}<${startMonth(r)},"",IF(${last}=${reportMonth},${measuredAt(r)},${monthEnd}))`;
  // A start or end typed out of order leaves the row blank rather than an error.
  return `IF(OR(${r.kpi}="",${r.numerator}="",ReportDate<${r.start}),"",IFERROR(${through},""))`;
}

export function actualFormula(r: RowRefs): string {
  const to = monthIndex(r.through);
  const from = startMonth(r);
  const sum = (metric: string) =>
    `(INDEX(${TOTALS.running},${to},${metricColumn(metric)})-IF(${from}>1,INDEX(${TOTALS.running},${from}-1,${metricColumn(metric)}),0))`;
  const scale = definition(r, KPI_DEF.scale);
  const rate = `IF(OR(${scale}="",${sum(r.denominator)}=0),"",${sum(r.numerator)}/${sum(r.denominator)}*${scale})`;
  return `IF(${r.through}="","",IF(${r.denominator}="",${r.countsFrom}+${sum(r.numerator)},${rate}))`;
}

/** The day the target side is taken at: the through day, or (no results yet) the report date. */
export function comparedAt(r: RowRefs): string {
  return `IF(${r.through}="",${measuredAt(r)},${r.through})`;
}

/**
 * The phased share of the target due by the compared day: the weighted days of the months
 * before it, and of its month pro rata, over all the weighted days. `weighted` and `total` are
 * the row's column and total on the Targets sheet.
 */
export function shareFormula(r: RowRefs, weighted: string, total: string): string {
  const day = comparedAt(r);
  const month = `(EOMONTH(${day},-1)+1)`;
  const from = `MAX(${month},${r.start})`;
  const part = `MAX(0,MIN(1,(${day}-${from}+1)/(MIN(EOMONTH(${month},0),${r.end})-${from}+1)))`;
  const before = `SUMIFS(${weighted},${TARGETS_MONTH},"<"&${month})`;
  const within = `SUMIFS(${weighted},${TARGETS_MONTH},${month})`;
  const share = `(${before}+${within}*${part})/${total}`;
  return `IF(OR(ReportDate<${r.start},${numberIn(total)}=0),"",IFERROR(${share},""))`;
}

/** A volume's target to date: where it counts from, and the phased share of the rest. */
export function volumeTargetFormula(r: RowRefs): string {
  const from = r.countsFrom;
  return `IF(OR(${r.target}="",${r.share}=""),"",${from}+(${r.target}-${from})*${r.share})`;
}

/** Pace of a volume: its gain against the gain due to date (1 is on pace); blank for a rate. */
export function paceFormula(r: RowRefs, compare: string): string {
  const [from, due] = [r.countsFrom, numberIn(compare)];
  return `IF(OR(${r.denominator}<>"",${r.actual}="",${due}-${from}=0),"",(${r.actual}-${from})/(${due}-${from}))`;
}

/** Forecast of a volume: the gain over the share of the period's target due so far, added on. */
export function forecastFormula(r: RowRefs): string {
  const from = r.countsFrom;
  return `IF(OR(${r.denominator}<>"",${r.actual}="",${numberIn(r.share)}=0),"",${from}+(${r.actual}-${from})/${r.share})`;
}

/**
 * Where a volume objective's count starts: its baseline when the SMART row's "target counts"
 * is the total (`total`, that choice's words), else 0; always 0 for a rate.
 */
export function countsFromFormula(r: RowRefs & { baseline: string }, counted: string): string {
  return `IF(AND(${counted},${r.denominator}=""),${numberIn(r.baseline)},0)`;
}
