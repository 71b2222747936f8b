/** Where things sit on the Actions (Gantt) sheet; the timeline and tests share it. */
import type { Plan } from '../../plan/types';
import { rangeRef, sheetPrefix } from '../../workbook/a1';

export const GANTT = {
  reportDateRow: 3,
  reportDateCol: 3,
  /** The project's end (the latest task end), under the report date. */
  projectEndRow: 4,
  /** Days worked in a full week of the working week, beside the project end. */
  weekDaysCol: 9,
  /**
   * Legend cells on the report-date row: columns that stay shown (not in a collapsed group) and
   * at least 9 characters wide; a label wraps onto a second line rather than being cut.
   */
  legendCols: [4, 5, 6, 7, 8, 10, 12, 13, 14],
  headerRow: 5,
  firstRow: 6,
  col: {
    id: 1,
    name: 2,
    stage: 3,
    channel: 4,
    owner: 5,
    dependsOn: 6,
    notBefore: 7,
    start: 8,
    days: 9,
    end: 10,
    buffer: 11,
    progress: 12,
    status: 13,
    budget: 14,
    // The bars' ends, the baseline and the slack: a collapsed group (Schedule's sheet.ts).
    bufferEnd: 15,
    doneEnd: 16,
    baselineStart: 17,
    baselineEnd: 18,
    slip: 19,
    lateFinish: 20,
    slack: 21,
    internalLead: 22,
    internalDeadline: 23,
    // How the task's budget is spent: over its working days, numbered as the Holidays sheet's
    // index counts them (the first and the last), at so much a working day (formulas/spend-due.ts).
    startCount: 24,
    endCount: 25,
    dailyBudget: 26,
    budgetOffset: 27,
  },
  /** The first timeline column (after one narrow spacer). */
  timelineCol: 29,
  /** The row above the timeline's header: the working days in each column. */
  workdaysRow: 4,
} as const;

/** The task columns' keys in the sheet's order (GANTT.col's numbers). */
export const GANTT_COLUMNS = (Object.keys(GANTT.col) as (keyof typeof GANTT.col)[]).sort(
  (a, b) => GANTT.col[a] - GANTT.col[b],
);

export interface GanttLayout {
  firstRow: number;
  lastRow: number;
  firstCol: number;
  columns: number;
}

/** The task rows (at least one, so every name has a range) and the timeline columns. */
export function ganttLayout(plan: Plan, columns: number): GanttLayout {
  const rows = Math.max(1, plan.tasks.length);
  return {
    firstRow: GANTT.firstRow,
    lastRow: GANTT.firstRow + rows - 1,
    firstCol: GANTT.timelineCol,
    columns,
  };
}

/**
 * A column of the task rows as another sheet reads it ('Schedule'!$X$6:$X$17): for the task
 * columns only formulas read, which need no workbook name.
 */
export function taskColumn(plan: Plan, scheduleTitle: string, col: number): string {
  const { firstRow, lastRow } = ganttLayout(plan, 0);
  return `${sheetPrefix(scheduleTitle)}${rangeRef(firstRow, col, lastRow, col, true)}`;
}
