/** Planned spend due by a day: by month, by a channel's tasks, or both. */
import { kpiFunction } from '../../kpi/registry';
import { countThrough } from './working-days';

/**
 * The planned spend of the months before the day's month, and of its month in proportion to
 * the plan's days in it that have passed by the day. `planned` and `months` are ranges of the
 * same size (amounts, and each amount's month as its first day).
 */
export function spendDueBy(planned: string, months: string, day: string): string {
  const month = `(EOMONTH(${day},-1)+1)`;
  const from = `MAX(${month},PlanStart)`;
  const part = `MAX(0,MIN(1,(${day}-${from}+1)/(MIN(EOMONTH(${month},0),PlanEnd)-${from}+1)))`;
  const before = `SUMIFS(${planned},${months},"<"&${month})`;
  const within = `SUMIFS(${planned},${months},${month})`;
  return `${before}+${within}*${part}`;
}

/** The Schedule's task columns the spending is computed from (layouts/schedule.ts's taskColumn). */
export interface TaskSpending {
  startCount: string;
  endCount: string;
  dailyBudget: string;
  budgetOffset: string;
}

/**
 * What a channel's tasks planned to spend by a day: each task's budget spread over its own
 * working days (the Gantt's dates, counted on the Holidays sheet's index), summed over the
 * channel's tasks — those finished in full, those running for the working days they have had
 * (n × the budget a day − the budget before their first day, n the day's number). SUMIFS only,
 * so that every engine computes it alike.
 */
export function taskSpendDueBy(t: TaskSpending, channel: string, day: string): string {
  const n = countThrough(day);
  const of = `Tasks_Channel,${channel}`;
  const done = `SUMIFS(Tasks_Budget,${of},${t.endCount},"<="&${n})`;
  const running = `${of},${t.startCount},"<="&${n},${t.endCount},">"&${n}`;
  return `(${done}+${n}*SUMIFS(${t.dailyBudget},${running})-SUMIFS(${t.budgetOffset},${running}))`;
}

/**
 * A channel's planned spend due by a day: its tasks' spending (taskSpendDueBy) and the part of
 * its budget no task is given, spread over the plan's days (as the Budget sheet spreads it); a
 * channel whose tasks have no budget follows its Budget row (spendDueBy), as the marketer may
 * have edited it.
 */
export function channelSpendDueBy(
  t: TaskSpending,
  channel: string,
  budget: { row: string; months: string },
  day: string,
): string {
  const inTasks = `SUMIFS(Tasks_Budget,Tasks_Channel,${channel})`;
  const byRow = spendDueBy(budget.row, budget.months, day);
  // The rest accrues by day over the plan, as TARGET_TO_DATE spreads a target.
  const untasked = `MAX(0,SUM(${budget.row})-${inTasks})`;
  const rest = kpiFunction('TARGET_TO_DATE').native(untasked, 'PlanStart', 'PlanEnd', day);
  return `IF(${inTasks}=0,${byRow},${taskSpendDueBy(t, channel, day)}+${rest})`;
}
