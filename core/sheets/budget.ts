/**
 * Budget: planned spend per channel and month (the channel budget spread over the months by
 * the days the plan runs in each), actual spend per channel and month, totals and variance,
 * beside what the Actions tasks budget and what the Data sheet records as cost.
 */
import { monthsBetween, nextMonthStart } from '../plan/dates';
import type { Channel, Plan } from '../plan/types';
import { cellRef, rangeRef } from '../workbook/a1';
import { SheetBuilder } from '../workbook/builder';
import type { Cell } from '../workbook/spec';
import { calc, defineName, header, input, label, type SheetContext } from './context';
import { dataName } from './data';

const PLANNED_HEADER = 5;

/**
 * Spreads a budget over the plan's months in proportion to the plan's days in each, in whole
 * units (cents for a budget with cents). Largest remainders get the leftover units, so every
 * month is ≥ 0 and the months add up to the budget exactly.
 */
export function monthlyAllocation(plan: Plan, budget: number): number[] {
  const months = monthsBetween(plan.start, plan.end);
  const days = plan.end - plan.start + 1;
  const perUnit = Number.isInteger(budget) ? 1 : 100;
  const units = Math.round(budget * perUnit);
  const exact = months.map((m) => {
    const from = Math.max(m, plan.start);
    const to = Math.min(nextMonthStart(m) - 1, plan.end);
    return (units * (to - from + 1)) / days;
  });
  const shares = exact.map(Math.floor);
  let left = units - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i]).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    shares[i] += 1;
  }
  return shares.map((u) => u / perUnit);
}

export function budgetSheet(ctx: SheetContext): SheetBuilder {
  const { t, plan } = ctx;
  const sheet = new SheetBuilder('budget', t('sheet.budget'), ctx.rightToLeft);
  const months = monthsBetween(plan.start, plan.end);
  const channels: Channel[] = plan.channels.length > 0 ? plan.channels : [{ name: '', budget: 0 }];
  const totalCol = months.length + 2;
  const monthHeaders = months.map((m) => label(m, 'header.month'));
  sheet.cell(1, 1, label(t('sheet.budget'), 'title'));
  sheet.cell(2, 1, label(t('budget.intro'), 'subtitle'));

  // Planned spend.
  sheet.cell(PLANNED_HEADER - 1, 1, label(t('budget.planned'), 'section'));
  sheet.row(PLANNED_HEADER, 1, [
    header(t('budget.channel')),
    ...monthHeaders,
    header(t('budget.total')),
    header(t('budget.inTasks')),
  ]);
  const plannedFirst = PLANNED_HEADER + 1;
  const plannedLast = plannedFirst + channels.length - 1;
  sheet.block(
    plannedFirst,
    1,
    channels.map((c, i) => {
      const row = plannedFirst + i;
      return [
        input(c.name || null),
        ...monthlyAllocation(plan, c.budget).map((v) => input(v, 'currency')),
        calc(`SUM(${rangeRef(row, 2, row, totalCol - 1)})`, 'currency'),
        // A criterion on an empty cell means different things to different engines.
        calc(
          `IF(${cellRef(row, 1)}="","",SUMIFS(Tasks_Budget,Tasks_Channel,${cellRef(row, 1)}))`,
          'currency',
        ),
      ];
    }),
  );
  const plannedTotal = plannedLast + 1;
  sheet.row(plannedTotal, 1, totalRow(t('budget.total'), plannedFirst, plannedLast, totalCol + 1));
  defineName(ctx, 'Budget_Total', sheet.id, [plannedTotal, totalCol]);
  defineName(ctx, 'Budget_Channel', sheet.id, [plannedFirst, 1, plannedLast, 1]);
  defineName(ctx, 'Budget_Planned', sheet.id, [plannedFirst, totalCol, plannedLast, totalCol]);

  // Actual spend.
  const actualHeader = plannedTotal + 3;
  sheet.cell(actualHeader - 1, 1, label(t('budget.actual'), 'section'));
  sheet.row(actualHeader, 1, [
    header(t('budget.channel')),
    ...monthHeaders,
    header(t('budget.total')),
    header(t('budget.plannedTotal')),
    header(t('budget.variance')),
    header(t('budget.variancePct')),
  ]);
  const actualFirst = actualHeader + 1;
  sheet.block(
    actualFirst,
    1,
    channels.map((_, i) => actualRow(actualFirst + i, plannedFirst + i, months.length, totalCol)),
  );
  const actualLast = actualFirst + channels.length - 1;
  sheet.row(actualLast + 1, 1, totalRow(t('budget.total'), actualFirst, actualLast, totalCol + 1));
  const dataCost = ctx.metrics.includes('cost')
    ? months.map((_, i) =>
        calc(
          `SUMIFS(${dataName('cost')},Data_Month,${cellRef(PLANNED_HEADER, i + 2)})`,
          'currency',
        ),
      )
    : [];
  sheet.row(actualLast + 2, 1, [label(t('budget.dataCost'), 'label'), ...dataCost]);
  sheet.widths(1, [18, ...months.map(() => 12), 14, 14, 14, 11]);
  sheet.height(PLANNED_HEADER, 30);
  return sheet.freeze(PLANNED_HEADER, 1);
}

function actualRow(row: number, plannedRow: number, monthCount: number, totalCol: number): Cell[] {
  const months = rangeRef(row, 2, row, totalCol - 1);
  const [actual, planned] = [cellRef(row, totalCol), cellRef(row, totalCol + 1)];
  const spent = `COUNTIFS(${months},"<>")=0`;
  return [
    calc(`IF(${cellRef(plannedRow, 1)}="","",${cellRef(plannedRow, 1)})`, 'text'),
    ...Array.from({ length: monthCount }, () => input(null, 'currency')),
    calc(`SUM(${months})`, 'currency'),
    calc(cellRef(plannedRow, totalCol), 'currency'),
    calc(`IF(${spent},"",${actual}-${planned})`, 'currency'),
    calc(`IF(OR(${spent},${planned}=0),"",(${actual}-${planned})/${planned})`, 'percent'),
  ];
}

/** A "Total" row summing columns 2..lastCol over the rows first..last. */
function totalRow(title: string, first: number, last: number, lastCol: number): Cell[] {
  const sums = [];
  for (let c = 2; c <= lastCol; c++) {
    sums.push(calc(`SUM(${rangeRef(first, c, last, c)})`, 'currency'));
  }
  return [label(title, 'label'), ...sums];
}
