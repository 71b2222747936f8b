/**
 * Targets: how each volume target is phased over the months (a rate is shown as the rate due at
 * each month's end, on its path: rates do not add up by month), for every Control row that can
 * hold a volume (the volume KPIs, and the objectives, whose KPI the marketer may change). The
 * marketer edits a seasonality weight per month and KPI (1 an ordinary month, 2 twice the daily
 * pace: a launch, Tết, Nowruz, Black Friday; 0 nothing); the sheet shows the target by month
 * that gives, and the weighted days behind it (the weight times the KPI's days in the month),
 * which the Control sheet's target to date sums. With every weight 1 the target accrues evenly
 * by day, as TARGET_TO_DATE spreads it.
 */
import { kpi } from '../../kpi/catalogue';
import { kpiFunction } from '../../kpi/registry';
import { monthKey, monthsBetween } from '../../dates/months';
import { cellRef, rangeRef, sheetPrefix } from '../../workbook/a1';
import { SheetBuilder } from '../../workbook/builder';
import type { Cell } from '../../workbook/spec';
import {
  calc,
  defineName,
  header,
  input,
  label,
  type SheetContext,
  type SheetEntry,
} from '../context';
import { CONTROL_COLUMNS } from '../layouts/control';
import { TARGETS_MONTH } from '../names';
import { kindOfUnit, type NumberKind } from '../styles';
import { TARGETS_ROWS, targetsColumn, targetsLayout } from '../layouts/targets';
import { numberIn } from '../../workbook/formulas';
import { figureWidths } from '../layouts/widths';

export function targetsSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t, plan } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  const months = monthsBetween(plan.start, plan.end);
  const layout = targetsLayout(months.length);
  const phased = ctx.control.phased;
  const control = sheetPrefix(ctx.titleOf('control'));
  const cols = phased.map((_, i) => targetsColumn(i));
  sheet.cell(1, 1, label(t('sheet.targets'), 'title'));
  sheet.cell(2, 1, label(t('targets.intro'), 'subtitle'));
  // The KPI, its period and its target, as the Control row holds them.
  // In the unit of the KPI the plan gives the row (as on Control).
  const kinds = phased.map((p): NumberKind => kindOfUnit(kpi(p.control.kpi).unit));
  const fromControl = (field: keyof typeof CONTROL_COLUMNS, kind: (i: number) => NumberKind) =>
    phased.map((p, i) => {
      const cell = `${control}${cellRef(p.row, CONTROL_COLUMNS[field])}`;
      return calc(`IF(${cell}="","",${cell})`, kind(i));
    });
  const heads: [number, string, Cell[]][] = [
    [TARGETS_ROWS.name, 'targets.kpi', fromControl('name', () => 'text')],
    [TARGETS_ROWS.start, 'control.col.start', fromControl('start', () => 'date')],
    [TARGETS_ROWS.end, 'control.col.end', fromControl('end', () => 'date')],
    [TARGETS_ROWS.target, 'control.col.target', fromControl('target', (i) => kinds[i])],
  ];
  for (const [row, key, cells] of heads) sheet.row(row, 1, [label(t(key)), ...cells]);
  const names = cols.map((c) => calc(cellRef(TARGETS_ROWS.name, c, { absRow: true }), 'text'));
  const block = (
    title: string,
    at: { header: number; first: number },
    cells: (k: number, i: number) => Cell,
  ) => {
    sheet.cell(at.header - 1, 1, label(t(title), 'section'));
    sheet.row(at.header, 1, [
      header(t('data.month')),
      ...names.map((n) => ({ ...n, style: 'header' })),
    ]);
    sheet.block(
      at.first,
      1,
      months.map((m, k) => [label(m, 'calc.month'), ...phased.map((_, i) => cells(k, i))]),
    );
  };
  block('targets.weights', layout.weights, (k, i) =>
    input(phased[i].control.phasing[monthKey(months[k])] ?? 1, 'decimal'),
  );
  const ref = (row: number, i: number, abs = false) =>
    cellRef(row, cols[i], abs ? { absRow: true } : {});
  const total = (i: number) => ref(layout.totalRow, i, true);
  // A volume's month is its share of the target (of the gain, for a total counting the
  // baseline in); a rate (the row's KPI has a denominator on
  // Control) does not add up by month: its month shows the rate due at the month's end, on the
  // straight path from its baseline to its target.
  block('targets.monthly', layout.monthly, (k, i) => {
    const target = ref(TARGETS_ROWS.target, i, true);
    const weighted = ref(layout.workings.first + k, i);
    const at = (field: keyof typeof CONTROL_COLUMNS) =>
      `${control}${cellRef(phased[i].row, CONTROL_COLUMNS[field], { absRow: true, absCol: true })}`;
    const [start, end] = [ref(TARGETS_ROWS.start, i, true), ref(TARGETS_ROWS.end, i, true)];
    const monthEnd = `EOMONTH(${cellRef(layout.monthly.first + k, 1, { absCol: true })},0)`;
    const rate = kpiFunction('TARGET_PATH').native(at('baseline'), target, start, end, monthEnd);
    // A total with the baseline counted in phases the gain: the target less where it counts from.
    const gain = `(${target}-${at('countsFrom')})`;
    const volume = `IF(${numberIn(total(i))}=0,"",${gain}*${weighted}/${total(i)})`;
    return calc(
      `IF(${target}="","",IF(${at('denominator')}<>"",IF(OR(${start}="",${end}=""),"",${rate}),${volume}))`,
      kinds[i],
    );
  });
  block('targets.workings', layout.workings, (k, i) => {
    const month = cellRef(layout.workings.first + k, 1, { absCol: true });
    const [start, end] = [ref(TARGETS_ROWS.start, i, true), ref(TARGETS_ROWS.end, i, true)];
    const days = `MAX(0,MIN(EOMONTH(${month},0),${end})-MAX(${month},${start})+1)`;
    const weight = ref(layout.weights.first + k, i);
    return calc(`IF(OR(${start}="",${end}=""),0,${numberIn(weight)}*${days})`, 'decimal');
  });
  sheet.row(layout.totalRow, 1, [
    label(t('data.total'), 'label'),
    ...phased.map((_, i) => {
      const { first } = layout.workings;
      return calc(
        `SUM(${rangeRef(first, cols[i], first + months.length - 1, cols[i])})`,
        'decimal',
      );
    }),
  ]);
  if (phased.length > 0) {
    const last = cols[cols.length - 1];
    sheet.validate({
      kind: 'number',
      range: rangeRef(
        layout.weights.first,
        cols[0],
        layout.weights.first + months.length - 1,
        last,
      ),
      min: 0,
    });
  }
  const { first } = layout.workings;
  defineName(ctx, TARGETS_MONTH, sheet.id, [first, 1, first + months.length - 1, 1]);
  // One width for every KPI's column, whatever its unit: one call for the add-ins.
  const figures = figureWidths(plan);
  const width = Math.max(16, figures.money, figures.count);
  sheet.widths(1, [14, ...phased.map(() => width)]);
  sheet.height(TARGETS_ROWS.name, 32);
  return sheet.freeze(TARGETS_ROWS.target, 1);
}
