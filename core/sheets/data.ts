/**
 * Data: one row per calendar month of the plan, one input column per raw metric the plan's KPIs
 * need. The Control and Budget sheets sum these cells by month (Data_Month, Data_<metric>).
 */
import { MONEY_METRICS, type RawMetric } from '../kpi/catalogue';
import { monthKey, monthsBetween } from '../plan/dates';
import { cellRef } from '../workbook/a1';
import { SheetBuilder } from '../workbook/builder';
import {
  calc,
  defineName,
  header,
  input,
  label,
  type SheetContext,
  type SheetEntry,
} from './context';
import { DATA_MONTH, dataName } from './names';

const HEADER_ROW = 4;
const FIRST_ROW = 5;

export function dataSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t, plan, metrics } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  const months = monthsBetween(plan.start, plan.end);
  const lastRow = FIRST_ROW + months.length - 1;
  sheet.cell(1, 1, label(t('sheet.data'), 'title'));
  sheet.cell(2, 1, label(t('data.intro'), 'subtitle'));
  sheet.row(HEADER_ROW, 1, [
    header(t('data.month')),
    ...metrics.map((m) => header(`${t(`metric.${m}`)} (${m})`)),
  ]);
  const kind = (m: string) => (MONEY_METRICS.includes(m as RawMetric) ? 'currency' : 'number');
  sheet.block(
    FIRST_ROW,
    1,
    months.map((month) => [
      label(month, 'calc.month'),
      ...metrics.map((m) =>
        input(plan.actuals[m as RawMetric]?.[monthKey(month)] ?? null, kind(m)),
      ),
    ]),
  );
  sheet.row(lastRow + 1, 1, [
    label(t('data.total'), 'label'),
    ...metrics.map((m, i) =>
      calc(`SUM(${cellRef(FIRST_ROW, i + 2)}:${cellRef(lastRow, i + 2)})`, kind(m)),
    ),
  ]);
  sheet.validate({
    kind: 'number',
    range: `${cellRef(FIRST_ROW, 2)}:${cellRef(lastRow, metrics.length + 1)}`,
    min: 0,
  });
  defineName(ctx, DATA_MONTH, sheet.id, [FIRST_ROW, 1, lastRow, 1]);
  metrics.forEach((m, i) =>
    defineName(ctx, dataName(m), sheet.id, [FIRST_ROW, i + 2, lastRow, i + 2]),
  );
  sheet.widths(1, [12, ...metrics.map(() => 15)]);
  sheet.height(HEADER_ROW, 32);
  return sheet.freeze(HEADER_ROW, 1);
}
