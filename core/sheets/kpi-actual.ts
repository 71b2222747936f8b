/**
 * The native formula for a KPI's actual to date: its raw metrics summed over the Data sheet's
 * months from the KPI's start month through the report date (or the KPI's end, if earlier),
 * ratios computed from those sums. A KPI whose parts are missing (nothing entered yet) or
 * whose denominator is zero shows blank, never #DIV/0!.
 */
import type { KpiDefinition } from '../kpi/catalogue';
import { DATA_MONTH, dataName } from './names';

/** The KPI's months so far: from its start month through the report date or its end. */
function monthCriteria(start: string, end: string): string {
  const month = DATA_MONTH;
  return `${month},">="&(EOMONTH(${start},-1)+1),${month},"<="&MIN(ReportDate,${end})`;
}

/** The actual-to-date formula of a KPI whose period runs from the `start` to the `end` cell. */
export function actualToDateFormula(def: KpiDefinition, start: string, end: string): string {
  const months = monthCriteria(start, end);
  const sum = (metric: string) => `SUMIFS(${dataName(metric)},${months})`;
  const missing = (metric: string) => `COUNTIFS(${dataName(metric)},"<>",${months})=0`;
  const scaled = (scale?: number) => (scale ? `*${scale}` : '');
  const f = def.formula;
  if (f.kind === 'total') return `IF(${missing(f.metric)},"",${sum(f.metric)})`;
  if (f.kind === 'ratio') {
    const den = sum(f.denominator);
    return `IF(OR(${missing(f.numerator)},${den}=0),"",${sum(f.numerator)}/${den}${scaled(f.scale)})`;
  }
  const base = sum(f.base);
  return `IF(OR(${missing(f.plus)},${base}=0),"",(${sum(f.plus)}-${sum(f.minus)})/${base}${scaled(f.scale)})`;
}
