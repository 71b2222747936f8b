/**
 * The native formula for a KPI's actual to date: its raw metrics summed over the Data sheet's
 * months from the KPI's start month through the report date (or the KPI's end, if earlier),
 * ratios computed from those sums.
 * A volume with no data entered yet, or a ratio whose denominator is zero, shows blank.
 */
import type { KpiDefinition } from '../kpi/catalogue';
import { dataName } from './data';

/** The KPI's months so far: from its start month through the report date or its end. */
function monthCriteria(start: string, end: string): string {
  return `Data_Month,">="&(EOMONTH(${start},-1)+1),Data_Month,"<="&MIN(ReportDate,${end})`;
}

/** The actual-to-date formula of a KPI whose period runs from the `start` to the `end` cell. */
export function actualToDateFormula(def: KpiDefinition, start: string, end: string): string {
  const months = monthCriteria(start, end);
  const monthsToDate = (metric: string) => `SUMIFS(${dataName(metric)},${months})`;
  const entriesToDate = (metric: string) => `COUNTIFS(${dataName(metric)},"<>",${months})`;
  const f = def.formula;
  if (f.kind === 'total') {
    return `IF(${entriesToDate(f.metric)}=0,"",${monthsToDate(f.metric)})`;
  }
  if (f.kind === 'ratio') {
    const den = monthsToDate(f.denominator);
    const scale = f.scale ? `*${f.scale}` : '';
    return `IF(${den}=0,"",${monthsToDate(f.numerator)}/${den}${scale})`;
  }
  const cost = monthsToDate(f.cost);
  return `IF(${cost}=0,"",(${monthsToDate(f.gain)}-${cost})/${cost})`;
}
