/**
 * The Gantt timeline: day, week or month columns whose first days are formulas from PlanStart
 * (so the grid moves when the plan start is edited), and the conditional-format rules that draw
 * the bars over empty cells. Rules are relative to the grid's top-left cell and refer only to
 * cells of the Actions sheet.
 */
import { monthsBetween } from '../../dates/months';
import type { Plan, Timeline } from '../../plan/types';
import { absRef, cellRef, rangeRef } from '../../workbook/a1';
import { widthInPixels } from '../../workbook/host';
import type { SheetBuilder } from '../../workbook/builder';
import type { Cell, ConditionalRule } from '../../workbook/spec';
import { GANTT, type GanttLayout } from '../layouts/schedule';
import { LEGEND } from '../styles';
import { isWorked, workingDaysBetween } from '../formulas/working-days';

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
  // Above each column: the days worked in it, on the Holidays sheet's calendar. The shading
  // rules read this row (conditional formats in Sheets cannot read names or other sheets).
  const workdays = cells.map((_, i) => {
    const first = cellRef(row, firstCol + i);
    const formula =
      plan.timeline === 'day'
        ? isWorked(first)
        : workingDaysBetween(first, columnEnd(plan.timeline, first));
    return {
      formula,
      style: 'timeline.workdays',
    };
  });
  sheet.row(GANTT.workdaysRow, firstCol, workdays);
  sheet.widths(
    firstCol,
    cells.map(() => WIDTH[plan.timeline]),
  );
  sheet.height(row, plan.timeline === 'month' ? 48 : 40);
}

/**
 * What a 1366-pixel screen shows of a sheet at 100% zoom: the window less the row numbers, the
 * scroll bar and the frame (core/workbook/host's pixels per character).
 */
export const SCREEN_PIXELS = 1300;

/** The columns ahead of the current one the first screen shows too: a week, a month, a month. */
const AHEAD: Record<Timeline, number> = { day: 7, week: 4, month: 1 };

/**
 * Where the Gantt opens when a first screen at the top left would not show the current column
 * (the report date's, the plan's first before it starts) and the ones just ahead: that column
 * selected, and the scrolling pane starting as far left as still shows them, so as many task
 * columns as fit stay beside the names. `widths` are the columns' widths in characters as
 * shown, from column 1 to the timeline (0 for hidden ones); `frozen` the frozen columns.
 */
export function openingView(
  plan: Plan,
  layout: GanttLayout,
  widths: number[],
  frozen: number,
): { col: number; firstCol: number } | undefined {
  const day = Math.min(Math.max(plan.reportDate, plan.start), plan.end);
  const index =
    plan.timeline === 'day'
      ? day - plan.start
      : plan.timeline === 'week'
        ? Math.floor((day - plan.start) / 7)
        : monthsBetween(plan.start, day).length - 1;
  const current = layout.firstCol + Math.min(index, layout.columns - 1);
  const last = layout.firstCol + Math.min(index + AHEAD[plan.timeline], layout.columns - 1);
  const pixels = (col: number) => {
    const characters = col < layout.firstCol ? widths[col - 1] : WIDTH[plan.timeline];
    return characters > 0 ? widthInPixels(characters) : 0;
  };
  let room = SCREEN_PIXELS;
  for (let col = 1; col <= frozen; col++) room -= pixels(col);
  // The scrolling pane's columns from its first through `last`, as wide as they show.
  let width = 0;
  for (let col = frozen + 1; col <= last; col++) width += pixels(col);
  if (width <= room) return undefined;
  let firstCol = frozen + 1;
  while (firstCol < current && (width > room || pixels(firstCol) === 0)) {
    width -= pixels(firstCol);
    firstCol++;
  }
  return { col: current, firstCol };
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
  const [start, days, end, buffer, bufferEnd, doneEnd, slack, baselineEnd] = [
    at(c.start),
    at(c.days),
    at(c.end),
    at(c.buffer),
    at(c.bufferEnd),
    at(c.doneEnd),
    at(c.slack),
    at(c.baselineEnd),
  ];
  const reportDate = absRef(GANTT.reportDateRow, GANTT.reportDateCol);
  const worked = cellRef(GANTT.workdaysRow, firstCol, { absRow: true });
  const fullWeek = absRef(GANTT.projectEndRow, GANTT.weekDaysCol);
  const inColumn = (day: string) => `AND(${day}>=${colStart},${day}<=${colEnd})`;
  const bar = `AND(${days}>0,${start}<>"",${start}<=${colEnd},${end}>=${colStart})`;
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
    // A day off, or a week or month with no working day at all (a closure such as Nowruz).
    {
      id: 'gantt.dayOff',
      range: grid,
      formula: `${worked}=0`,
      format: { fill: COLORS.dayOff },
      stopIfTrue: true,
    },
  ];
  rules.push(
    {
      id: 'gantt.done',
      range: grid,
      formula: `AND(${days}>0,${doneEnd}<>"",${start}<=${colEnd},${doneEnd}>=${colStart})`,
      format: { fill: COLORS.done },
      stopIfTrue: true,
    },
    {
      id: 'gantt.critical',
      range: grid,
      formula: `AND(${slack}<>"",${slack}<=0,${bar})`,
      format: { fill: COLORS.critical },
      stopIfTrue: true,
    },
    {
      id: 'gantt.task',
      range: grid,
      formula: bar,
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
  );
  if (plan.timeline === 'week') {
    // A week with fewer working days than a full one: a holiday falls in it.
    rules.push({
      id: 'gantt.holiday',
      range: grid,
      formula: `${worked}<${fullWeek}`,
      format: { fill: COLORS.holiday },
      stopIfTrue: true,
    });
  }
  rules.push(
    // A thin mark where the task was to end when the baseline was saved.
    {
      id: 'gantt.baseline',
      range: grid,
      formula: `AND(${baselineEnd}<>"",${inColumn(baselineEnd)})`,
      format: { sideBorder: COLORS.baseline },
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
