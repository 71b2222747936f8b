/**
 * The Gantt timeline: day, week or month columns whose first days are formulas from PlanStart
 * (so the grid moves when the plan start is edited), and the conditional-format rules that draw
 * the bars over empty cells. Rules are relative to the grid's top-left cell and refer only to
 * cells of the Actions sheet.
 */
import { monthsBetween } from '../plan/dates';
import type { Plan, Timeline } from '../plan/types';
import { absRef, cellRef, rangeRef } from '../workbook/a1';
import type { SheetBuilder } from '../workbook/builder';
import type { Cell, ConditionalRule } from '../workbook/spec';
import { GANTT, type GanttLayout } from './gantt-layout';
import { LEGEND } from './styles';

/** How many timeline columns the plan's period needs on its scale. */
export function timelineColumns(plan: Plan): number {
  if (plan.timeline === 'day') return plan.end - plan.start + 1;
  if (plan.timeline === 'week') return plan.weeks;
  return monthsBetween(plan.start, plan.end).length;
}

/** The first day of the timeline column after the one whose first day is `prev`. */
function nextColumnStart(scale: Timeline, prev: string): string {
  if (scale === 'day') return `${prev}+1`;
  if (scale === 'week') return `${prev}+7`;
  return `EOMONTH(${prev},0)+1`;
}

/** The last day of the timeline column whose first day is `first`. */
function columnEnd(scale: Timeline, first: string): string {
  if (scale === 'day') return first;
  if (scale === 'week') return `${first}+6`;
  return `EOMONTH(${first},0)`;
}

const WIDTH: Record<Timeline, number> = { day: 3, week: 3.4, month: 5.5 };

/** Writes the header row of the timeline. */
export function writeTimelineHeader(sheet: SheetBuilder, plan: Plan, layout: GanttLayout): void {
  const { firstCol, columns } = layout;
  const row = GANTT.headerRow;
  const first = plan.timeline === 'month' ? 'EOMONTH(PlanStart,-1)+1' : 'PlanStart';
  const cells: Cell[] = [];
  for (let i = 0; i < columns; i++) {
    const formula =
      i === 0 ? first : nextColumnStart(plan.timeline, cellRef(row, firstCol + i - 1));
    cells.push({ formula, style: `timeline.${plan.timeline}` });
  }
  sheet.row(row, firstCol, cells);
  sheet.widths(
    firstCol,
    cells.map(() => WIDTH[plan.timeline]),
  );
  sheet.height(row, plan.timeline === 'month' ? 48 : 40);
}

const COLORS = LEGEND;

/** The conditional-format rules that draw the bars, in priority order. */
export function timelineRules(plan: Plan, layout: GanttLayout): ConditionalRule[] {
  const { firstCol, columns, firstRow, lastRow } = layout;
  const c = GANTT.col;
  const r = firstRow;
  const lastCol = firstCol + columns - 1;
  const grid = rangeRef(firstRow, firstCol, lastRow, lastCol);
  const headerRange = rangeRef(GANTT.headerRow, firstCol, GANTT.headerRow, lastCol);
  const colStart = cellRef(GANTT.headerRow, firstCol, { absRow: true });
  const colEnd = columnEnd(plan.timeline, colStart);
  const at = (col: number) => cellRef(r, col, { absCol: true });
  const [start, days, end, buffer, bufferEnd, progress] = [
    at(c.start),
    at(c.days),
    at(c.end),
    at(c.buffer),
    at(c.bufferEnd),
    at(c.progress),
  ];
  const reportDate = absRef(GANTT.reportDateRow, GANTT.reportDateCol);
  const inColumn = (day: string) => `AND(${day}>=${colStart},${day}<=${colEnd})`;
  // The done part counts working days, as the task's length does: round(days × progress).
  const doneDays = `ROUND(${days}*${progress},0)`;
  const doneEnd = `WORKDAY(${start},${doneDays}-1)`;
  const rules: ConditionalRule[] = [
    {
      id: 'gantt.today.header',
      range: headerRange,
      formula: inColumn(reportDate),
      format: { fill: COLORS.today, fontColor: 'FFFFFF' },
    },
    {
      id: 'gantt.milestone',
      range: grid,
      formula: `AND(${days}=0,${start}<>"",${inColumn(start)})`,
      format: { fill: COLORS.milestone },
      stopIfTrue: true,
    },
  ];
  if (plan.timeline === 'day') {
    rules.push({
      id: 'gantt.weekend',
      range: grid,
      formula: `NETWORKDAYS(${colStart},${colStart})=0`,
      format: { fill: COLORS.weekend },
      stopIfTrue: true,
    });
  }
  rules.push(
    {
      id: 'gantt.done',
      range: grid,
      formula: `AND(${days}>0,${doneDays}>=1,${start}<>"",${start}<=${colEnd},${doneEnd}>=${colStart})`,
      format: { fill: COLORS.done },
      stopIfTrue: true,
    },
    {
      id: 'gantt.task',
      range: grid,
      formula: `AND(${days}>0,${start}<>"",${start}<=${colEnd},${end}>=${colStart})`,
      format: { fill: COLORS.task },
      stopIfTrue: true,
    },
    {
      id: 'gantt.buffer',
      range: grid,
      formula: `AND(${buffer}>0,${end}<>"",${end}+1<=${colEnd},${bufferEnd}>=${colStart})`,
      format: { fill: COLORS.buffer },
      stopIfTrue: true,
    },
    // Last: the marker is a border, which Excel adds to a bar's fill; engines that apply only
    // the first true rule still draw the bar, and the header marks the column anyway.
    {
      id: 'gantt.today',
      range: grid,
      formula: inColumn(reportDate),
      format: { sideBorder: COLORS.today },
    },
  );
  return rules;
}
