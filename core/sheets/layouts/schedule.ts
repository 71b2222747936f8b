/** Where things sit on the Actions (Gantt) sheet; the timeline and tests share it. */
import type { Plan } from '../../plan/types';
import { MAX_TASKS } from '../../plan/limits';
import { rangeRef, sheetPrefix } from '../../workbook/a1';

export const GANTT = {
  reportDateRow: 3,
  reportDateCol: 3,
  /** The project's end (the latest task end), under the report date. */
  projectEndRow: 4,
  /** Days worked in a full week of the working week, beside the project end. */
  weekDaysCol: 21,
  /**
   * Legend cells on the report-date row: columns that stay shown (not in a collapsed group) and
   * at least 9 characters wide; a label wraps onto a second line rather than being cut.
   */
  legendCols: [4, 5, 18, 19, 20, 22, 24, 25, 26],
  headerRow: 5,
  firstRow: 6,
  col: {
    id: 1,
    name: 2,
    stage: 3,
    channel: 4,
    owner: 5,
    // Up to MAX_LINKS predecessors, typed: each an id, a link type (blank: FS) and a lag in
    // working days; the types and lags sit in a collapsed group.
    after1: 6,
    after2: 7,
    after3: 8,
    after4: 9,
    type1: 10,
    type2: 11,
    type3: 12,
    type4: 13,
    lag1: 14,
    lag2: 15,
    lag3: 16,
    lag4: 17,
    /** What is wrong with the row's links, in words (a missing id, a row inserted beside it). */
    linkCheck: 18,
    notBefore: 19,
    start: 20,
    days: 21,
    end: 22,
    buffer: 23,
    progress: 24,
    status: 25,
    budget: 26,
    // The bars' ends, the baseline and the slack: a collapsed group (Schedule's sheet.ts).
    bufferEnd: 27,
    doneEnd: 28,
    baselineStart: 29,
    baselineEnd: 30,
    slip: 31,
    lateFinish: 32,
    slack: 33,
    internalLead: 34,
    internalDeadline: 35,
    // How the task's budget is spent: over its working days, numbered as the Holidays sheet's
    // index counts them (the first and the last), at so much a working day (formulas/spend-due.ts).
    startCount: 36,
    endCount: 37,
    dailyBudget: 38,
    budgetOffset: 39,
    // Each link's workings (schedule/links.ts): where its predecessor sits among the rows above,
    // the earliest start it allows, and the latest finish it and the links below it to the same
    // predecessor allow that predecessor.
    linkRow1: 40,
    linkRow2: 41,
    linkRow3: 42,
    linkRow4: 43,
    linkStart1: 44,
    linkStart2: 45,
    linkStart3: 46,
    linkStart4: 47,
    linkBound1: 48,
    linkBound2: 49,
    linkBound3: 50,
    linkBound4: 51,
  },
  /** The first timeline column (after one narrow spacer). */
  timelineCol: 53,
  /** The row above the timeline's header: the working days in each column. */
  workdaysRow: 4,
} as const;

type Col = keyof typeof GANTT.col;

/** The columns of one predecessor slot. */
export interface LinkColumns {
  after: number;
  type: number;
  lag: number;
  row: number;
  start: number;
  bound: number;
}

/** The predecessor slots in order (MAX_LINKS of them). */
export const LINK_SLOTS: readonly LinkColumns[] = [1, 2, 3, 4].map((k) => ({
  after: GANTT.col[`after${k}` as Col],
  type: GANTT.col[`type${k}` as Col],
  lag: GANTT.col[`lag${k}` as Col],
  row: GANTT.col[`linkRow${k}` as Col],
  start: GANTT.col[`linkStart${k}` as Col],
  bound: GANTT.col[`linkBound${k}` as Col],
}));

/**
 * Blank task rows below the plan's tasks: at least this many, and as many as it has tasks (so
 * it can double) while that stays within MAX_TASKS.
 */
export const SPARE_TASK_ROWS = 20;

/** The task columns' keys in the sheet's order (GANTT.col's numbers). */
export const GANTT_COLUMNS = (Object.keys(GANTT.col) as (keyof typeof GANTT.col)[]).sort(
  (a, b) => GANTT.col[a] - GANTT.col[b],
);

export interface GanttLayout {
  firstRow: number;
  lastRow: number;
  lastTaskRow: number;
  firstCol: number;
  columns: number;
}

/**
 * The task rows and the timeline columns: the plan's tasks, then spare rows with every formula
 * and blank inputs, so the plan can grow in the sheet up to what planbook admits. `lastTaskRow` is the plan's last task
 * (the print area ends there).
 */
export function ganttLayout(plan: Plan, columns: number): GanttLayout {
  const tasks = plan.tasks.length;
  const rows = tasks + Math.max(SPARE_TASK_ROWS, Math.min(tasks, MAX_TASKS - tasks));
  return {
    firstRow: GANTT.firstRow,
    lastRow: GANTT.firstRow + rows - 1,
    lastTaskRow: GANTT.firstRow + Math.max(tasks, 1) - 1,
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
