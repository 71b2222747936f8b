/**
 * The native formula for a KPI's actual to date: its raw metrics summed over the Data sheet's
 * months from the KPI's start month through the report date, ratios computed from those sums.
 * A volume with no data entered yet, or a ratio whose denominator is zero, shows blank.
 */
import type { KpiDefinition } from '../kpi/catalogue';
import { dataName } from './data';

function monthsToDate(metric: string, start: string): string {
  return `SUMIFS(${dataName(metric)},Data_Month,">="&(EOMONTH(${start},-1)+1),Data_Month,"<="&ReportDate)`;
}

function entriesToDate(metric: string, start: string): string {
  return `COUNTIFS(${dataName(metric)},"<>",Data_Month,">="&(EOMONTH(${start},-1)+1),Data_Month,"<="&ReportDate)`;
}

/** The actual-to-date formula of a KPI whose period starts at the `start` cell. */
export function actualToDateFormula(def: KpiDefinition, start: string): string {
  const f = def.formula;
  if (f.kind === 'total') {
    return `IF(${entriesToDate(f.metric, start)}=0,"",${monthsToDate(f.metric, start)})`;
  }
  if (f.kind === 'ratio') {
    const den = monthsToDate(f.denominator, start);
    const scale = f.scale ? `*${f.scale}` : '';
    return `IF(${den}=0,"",${monthsToDate(f.numerator, start)}/${den}${scale})`;
  }
  const cost = monthsToDate(f.cost, start);
  return `IF(${cost}=0,"",(${monthsToDate(f.gain, start)}-${cost})/${cost})`;
}
