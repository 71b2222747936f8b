/**
 * Budget: planned spend per channel and month (as the channel's tasks spend their budgets over
 * their working days, the rest of its budget spread by the plan's days in each month) beside
 * what the Actions tasks budget per channel; the contingency, and what is left after it and
 * after the tasks; the tasks' budget per stage; and spend by month — planned against the
 * marketing cost recorded on the Data sheet (media spend and other cost), with variance, and
 * the totals to the last day results are entered for.
 */
import { monthsBetween, nextMonthStart } from '../../dates/months';
import { WorkCalendar } from '../../plan/calendar';
import type { Channel, Plan } from '../../plan/types';
import { cellRef, rangeRef } from '../../workbook/a1';
import { SheetBuilder } from '../../workbook/builder';
import {
  calc,
  defineName,
  header,
  input,
  label,
  stageText,
  type SheetContext,
  type SheetEntry,
} from '../context';
import { BUDGET_PLANNED_HEADER as PLANNED_HEADER, budgetChannelRow } from '../layouts/budget';
import { metricEntries, metricSum } from '../formulas/metric-sums';
import { BUDGET_MONTHS, DATA_MONTH } from '../names';
import { numberIn } from '../../workbook/formulas';
import { spendDueBy } from '../formulas/spend-due';

/** The share of the planned total held back for contingency, unless the marketer changes it. */
export const CONTINGENCY_SHARE = 0.1;

/**
 * Spreads a budget over the plan's months in proportion to the plan's days in each, in whole
 * units (cents for a budget with cents). Largest remainders get the leftover units, so every
 * month is ≥ 0 and the months add up to the budget exactly.
 */
export function monthlyAllocation(plan: Plan, budget: number): number[] {
  const months = monthsBetween(plan.start, plan.end);
  const days = plan.end - plan.start + 1;
  return inWholeUnits(
    budget,
    months.map((m) => {
      const from = Math.max(m, plan.start);
      const to = Math.min(nextMonthStart(m) - 1, plan.end);
      return (budget * (to - from + 1)) / days;
    }),
  );
}

/**
 * Shares of an amount rounded to whole units (cents for an amount with cents) that still add up
 * to it exactly: the largest remainders get the leftover units, so none is below 0.
 */
function inWholeUnits(amount: number, exact: number[]): number[] {
  const perUnit = Number.isInteger(amount) ? 1 : 100;
  const units = exact.map((e) => e * perUnit);
  const shares = units.map(Math.floor);
  let left = Math.round(amount * perUnit) - shares.reduce((a, b) => a + b, 0);
  const byRemainder = units.map((e, i) => [e - Math.floor(e), i]).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    shares[i] += 1;
  }
  return shares.map((u) => u / perUnit);
}

/**
 * A channel's planned spend by month: each of its tasks' budget over the task's working days
 * in each month (the schedule's dates), and the part of its budget no task is given spread by
 * days (monthlyAllocation). A task's working days after the plan's last month are not the
 * plan's to spend.
 */
export function channelAllocation(
  plan: Plan,
  channel: Channel,
  cal = WorkCalendar.of(plan),
): number[] {
  const months = monthsBetween(plan.start, plan.end);
  const name = channel.name.toLowerCase();
  const tasks = plan.tasks.filter((t) => t.budget > 0 && t.channel.toLowerCase() === name);
  const fromTasks = months.map(() => 0);
  const worked = months.map(() => 0);
  const [first, after] = [months[0], nextMonthStart(months[months.length - 1])];
  for (const task of tasks) {
    // One walk over the task's days: its working days, and those in each of the plan's months.
    worked.fill(0);
    let days = 0;
    let k = 0;
    for (let d = task.start; d <= Math.max(task.start, task.end); d++) {
      if (!cal.isWorkingDay(d)) continue;
      days++;
      while (k < months.length - 1 && d >= months[k + 1]) k++;
      if (d >= first && d < after) worked[k]++;
    }
    worked.forEach((n, m) => (fromTasks[m] += (task.budget * n) / Math.max(1, days)));
  }
  const inTasks = fromTasks.reduce((a, b) => a + b, 0);
  const tasksPart = inWholeUnits(Math.round(inTasks * 100) / 100, fromTasks);
  const rest = monthlyAllocation(plan, Math.max(0, channel.budget - inTasks));
  return months.map((_, k) => Math.round((tasksPart[k] + rest[k]) * 100) / 100);
}

export function budgetSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t, plan } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  const months = monthsBetween(plan.start, plan.end);
  sheet.cell(1, 1, label(t('sheet.budget'), 'title'));
  sheet.cell(2, 1, label(t('budget.intro'), 'subtitle'));
  const plannedTotalRow = plannedByChannel(sheet, ctx, months);
  // Under the totals: the contingency, what is available after it, and what is left.
  const stageEnd = plannedByStage(sheet, ctx, plannedTotalRow + 5);
  spendByMonth(sheet, ctx, months, plannedTotalRow, stageEnd + 3);
  sheet.widths(1, [18, ...months.map(() => 12), 14, 14]);
  sheet.height(PLANNED_HEADER, 30);
  return sheet.freeze(PLANNED_HEADER, 1);
}

/** Channels × months of planned spend (inputs); returns the row of its totals. */
function plannedByChannel(sheet: SheetBuilder, ctx: SheetContext, months: number[]): number {
  const { t, plan } = ctx;
  const none: Channel = { name: '', kind: 'owned', budget: 0, targets: {} };
  const channels: Channel[] = plan.channels.length > 0 ? plan.channels : [none];
  const totalCol = months.length + 2;
  sheet.cell(PLANNED_HEADER - 1, 1, label(t('budget.planned'), 'section'));
  sheet.row(PLANNED_HEADER, 1, [
    header(t('budget.channel')),
    ...months.map((m) => label(m, 'header.month')),
    header(t('budget.total')),
    header(t('budget.inTasks')),
  ]);
  // One calendar for every channel's tasks.
  const cal = WorkCalendar.of(plan);
  const first = budgetChannelRow(0);
  const last = first + channels.length - 1;
  sheet.block(
    first,
    1,
    channels.map((c, i) => {
      const row = first + i;
      const channel = cellRef(row, 1);
      return [
        input(c.name || null),
        ...channelAllocation(plan, c, cal).map((v) => input(v, 'currency')),
        calc(`SUM(${rangeRef(row, 2, row, totalCol - 1)})`, 'currency'),
        // A criterion on an empty cell means different things to different engines.
        calc(`IF(${channel}="","",SUMIFS(Tasks_Budget,Tasks_Channel,${channel}))`, 'currency'),
      ];
    }),
  );
  // Tasks without a channel still spend: their budget gets a row, so that the tasks' total
  // here equals the total by stage below.
  const inTasks = rangeRef(first, totalCol + 1, last, totalCol + 1);
  sheet.row(last + 1, 1, [
    label(t('budget.noChannel'), 'calc.text'),
    ...Array.from({ length: totalCol - 1 }, () => label(null, 'calc.currency')),
    calc(`SUM(Tasks_Budget)-SUM(${inTasks})`, 'currency'),
  ]);
  const totals = last + 2;
  sheet.row(totals, 1, [
    label(t('budget.total'), 'label'),
    ...Array.from({ length: totalCol }, (_, i) =>
      calc(`SUM(${rangeRef(first, i + 2, last + 1, i + 2)})`, 'currency'),
    ),
  ]);
  // Held back from the plan for reactive work (news, competitors' moves, new technology):
  // a share of the total, editable, on the row under it.
  const share = cellRef(totals + 1, 2);
  sheet.row(totals + 1, 1, [
    label(t('budget.contingency'), 'calc.text'),
    input(CONTINGENCY_SHARE, 'percent'),
    ...Array.from({ length: totalCol - 3 }, () => label(null, 'calc.currency')),
    calc(`${cellRef(totals, totalCol)}*${share}`, 'currency'),
  ]);
  // What the plan can give its work: the total less the contingency, and what is left of it
  // once the tasks have their budgets (below zero: the tasks ask for more than there is).
  const available = cellRef(totals + 2, totalCol);
  sheet.row(totals + 2, 1, [
    label(t('budget.available'), 'label'),
    ...Array.from({ length: totalCol - 2 }, () => label(null, 'calc.currency')),
    calc(`${cellRef(totals, totalCol)}-${cellRef(totals + 1, totalCol)}`, 'currency'),
  ]);
  sheet.row(totals + 3, 1, [
    label(t('budget.leftAfterTasks'), 'calc.text'),
    ...Array.from({ length: totalCol - 2 }, () => label(null, 'calc.currency')),
    calc(`${available}-SUM(Tasks_Budget)`, 'currency'),
  ]);
  defineName(ctx, 'Budget_Contingency', sheet.id, [totals + 1, totalCol]);
  defineName(ctx, 'Budget_Available', sheet.id, [totals + 2, totalCol]);
  defineName(ctx, 'Budget_Total', sheet.id, [totals, totalCol]);
  defineName(ctx, 'Budget_Channel', sheet.id, [first, 1, last, 1]);
  defineName(ctx, 'Budget_Planned', sheet.id, [first, totalCol, last, totalCol]);
  defineName(ctx, BUDGET_MONTHS, sheet.id, [PLANNED_HEADER, 2, PLANNED_HEADER, totalCol - 1]);
  return totals;
}

/** The tasks' budget per stage of the framework; returns the row of its total. */
function plannedByStage(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  const { t, fw } = ctx;
  sheet.cell(row - 1, 1, label(t('budget.byStage'), 'section'));
  sheet.row(row, 1, [
    header(t('budget.stage')),
    header(t('budget.inTasks')),
    header(t('budget.share')),
  ]);
  const first = row + 1;
  const last = first + fw.stages.length - 1;
  const total = cellRef(last + 1, 2, { absRow: true, absCol: true });
  sheet.block(
    first,
    1,
    fw.stages.map((s, i) => [
      label(stageText(ctx, s.id, 'name'), 'calc.text'),
      calc(`SUMIFS(Tasks_Budget,Tasks_Stage,${cellRef(first + i, 1)})`, 'currency'),
      calc(`IF(${numberIn(total)}=0,"",${cellRef(first + i, 2)}/${total})`, 'percent'),
    ]),
  );
  sheet.row(last + 1, 1, [
    label(t('budget.total'), 'label'),
    calc(`SUM(${rangeRef(first, 2, last, 2)})`, 'currency'),
  ]);
  return last + 1;
}

/**
 * One row per month: planned (the month's total above), actual (the Data sheet's marketing
 * cost: media spend and other cost), and their variance; then the totals to the report date.
 */
function spendByMonth(
  sheet: SheetBuilder,
  ctx: SheetContext,
  months: number[],
  plannedTotalRow: number,
  row: number,
): void {
  const { t } = ctx;
  sheet.cell(row - 1, 1, label(t('budget.byMonth'), 'section'));
  sheet.row(
    row,
    1,
    ['month', 'plannedSpend', 'actualSpend', 'variance', 'variancePct', 'counted'].map((k) =>
      header(t(`budget.${k}`)),
    ),
  );
  sheet.height(row, 30);
  const first = row + 1;
  const last = first + months.length - 1;
  sheet.block(
    first,
    1,
    months.map((m, i) => {
      const r = first + i;
      const [month, planned, actual] = [cellRef(r, 1), cellRef(r, 2), cellRef(r, 3)];
      const inMonth = `${DATA_MONTH},${month}`;
      const recorded = `${metricEntries('marketing_cost', inMonth)}=0`;
      return [
        label(m, 'calc.month'),
        calc(cellRef(plannedTotalRow, i + 2), 'currency'),
        calc(`IF(${recorded},"",${metricSum('marketing_cost', inMonth)})`, 'currency'),
        calc(`IF(${actual}="","",${actual}-${planned})`, 'currency'),
        calc(
          `IF(OR(${actual}="",${numberIn(planned)}=0),"",(${actual}-${planned})/${planned})`,
          'percent',
        ),
        // The month counts to date once its cost is entered and it has begun by the report date.
        calc(`IF(AND(${actual}<>"",${month}<=ReportDate),${month},"")`, 'month'),
      ];
    }),
  );
  // To the report date, like with like: planned spend due by the last day results are
  // recorded for (the report date when its month is entered, else the end of the last month
  // entered), against the cost recorded to then. Column F marks the months that count.
  const span = (c: number) => rangeRef(first, c, last, c);
  const r = last + 1;
  const through = `F${r}`;
  const latest = `MAX(${span(6)})`;
  const measured = 'MIN(ReportDate,PlanEnd)';
  const ifThrough = (f: string) => `IF(${through}="","",${f})`;
  sheet.row(r, 1, [
    label(t('budget.toDate'), 'label'),
    calc(ifThrough(spendDueBy(span(2), span(1), through)), 'currency'),
    calc(ifThrough(`SUMIFS(${span(3)},${span(1)},"<="&${through})`), 'currency'),
    calc(ifThrough(`C${r}-B${r}`), 'currency'),
    calc(`IF(OR(${through}="",${numberIn(`B${r}`)}=0),"",D${r}/B${r})`, 'percent'),
    calc(
      `IF(${latest}=0,"",IF(${latest}=EOMONTH(${measured},-1)+1,${measured},MIN(EOMONTH(${latest},0),PlanEnd)))`,
      'date',
    ),
    label(t('budget.varianceSign'), 'note'),
  ]);
  defineName(ctx, 'Budget_Actual', sheet.id, [r, 3]);
  defineName(ctx, 'Budget_Variance', sheet.id, [r, 4]);
}
