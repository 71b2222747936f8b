/**
 * A task's row on the Schedule sheet: its links as formulas over its predecessors' cells (the
 * forward pass) and its late finish over its successors' (the backward pass), in working days
 * of the Holidays sheet's index. core/plan/schedule.ts computes the same.
 */
import type { Task } from '../../plan/types';
import { absRef, cellRef } from '../../workbook/a1';
import type { Cell } from '../../workbook/spec';
import { calc, input } from '../context';
import { DEFAULT_INTERNAL_LEAD } from '../../plan/limits';
import { GANTT, GANTT_COLUMNS, LINK_SLOTS } from '../layouts/schedule';
import { numberIn } from '../../workbook/formulas';
import {
  countThrough,
  workdayFrom as workday,
  workingDaysBetween,
  workingGap,
} from '../formulas/working-days';
import {
  lateFinishFormula,
  linkBoundFormula,
  linkCheckFormula,
  linkRowFormula,
  linkStartFormula,
  spanOf,
  startFormula,
  type LinkCheckWords,
} from './links';

const C = GANTT.col;
type Col = keyof typeof C;
const EPSILON = '0.000000001';

export interface RowContext {
  stage: ReadonlyMap<string, string>;
  /** Each status as a formula's string literal. */
  status: (key: 'done' | 'notStarted' | 'late' | 'onTrack' | 'behind') => string;
  /** The check cell's words. */
  check: LinkCheckWords;
  /** The task table's last row (spare rows included). */
  lastRow: number;
}

/** The predecessor slots' inputs and workings: the task's links in order, then blanks. */
function linkCells(task: Task | null, row: number, lastRow: number): Partial<Record<Col, Cell>> {
  const cells: Partial<Record<Col, Cell>> = {};
  LINK_SLOTS.forEach((slot, k) => {
    const link = task?.links[k];
    const n = k + 1;
    cells[`after${n}` as Col] = input(link?.id ?? null);
    cells[`type${n}` as Col] = input(link?.type ?? null);
    cells[`lag${n}` as Col] = input(link?.lag ?? null, 'integer');
    cells[`linkRow${n}` as Col] = calc(linkRowFormula(slot, row), 'integer');
    cells[`linkStart${n}` as Col] = calc(linkStartFormula(slot, row), 'date');
    cells[`linkBound${n}` as Col] = calc(linkBoundFormula(slot, row, lastRow), 'date');
  });
  return cells;
}

/** A task's row, or a spare row (`task` null): blank inputs under every formula. */
export function taskRow(task: Task | null, row: number, rc: RowContext): Cell[] {
  const ref = (col: number) => cellRef(row, col);
  const start = calc(startFormula(row), 'date');
  const reportDate = absRef(GANTT.reportDateRow, GANTT.reportDateCol);
  const projectEnd = absRef(GANTT.projectEndRow, GANTT.reportDateCol);
  const [s, d, e, p] = [ref(C.start), ref(C.days), ref(C.end), ref(C.progress)];
  // Read only once the report date is within the task (the status's last branch).
  const expected = `IF(${d}=0,0,(${workingDaysBetween(s, reportDate)}-1)/${d})`;
  const doneDays = `ROUND(${d}*${p},0)`;
  const [lf, baseEnd] = [ref(C.lateFinish), ref(C.baselineEnd)];
  const { status } = rc;
  const cells: Partial<Record<Col, Cell>> = {
    id: input(task?.id ?? null),
    name: input(task?.name ?? null),
    stage: input(task ? (rc.stage.get(task.stage) ?? null) : null),
    channel: input(task?.channel || null),
    owner: input(task?.owner || null),
    ...linkCells(task, row, rc.lastRow),
    linkCheck: calc(linkCheckFormula(row, rc.check), 'text'),
    notBefore: input(task?.notBefore ?? null, 'date'),
    start,
    days: input(task?.days ?? null, 'integer'),
    end: calc(`IF(${s}="","",${workday(s, spanOf(d))})`, 'date'),
    buffer: input(task?.buffer ?? null, 'integer'),
    bufferEnd: calc(`IF(${e}="","",${workday(e, ref(C.buffer))})`, 'date'),
    progress: input(task?.progress ?? null, 'percent'),
    doneEnd: calc(`IF(OR(${s}="",${doneDays}<1),"",${workday(s, `${doneDays}-1`)})`, 'date'),
    status: calc(
      `IF(${s}="","",IF(${p}>=1,${status('done')},IF(${reportDate}<${s},${status('notStarted')},` +
        `IF(${reportDate}>${e},${status('late')},IF(${p}>=${expected}-${EPSILON},${status('onTrack')},${status('behind')})))))`,
      'text',
    ),
    budget: input(task?.budget ?? null, 'currency'),
    baselineStart: input(task?.start ?? null, 'date'),
    baselineEnd: input(task?.end ?? null, 'date'),
    slip: calc(`IF(OR(${baseEnd}="",${e}=""),"",${workingGap(baseEnd, e)})`, 'integer'),
    lateFinish: calc(lateFinishFormula(row, rc.lastRow, projectEnd), 'date'),
    slack: calc(`IF(OR(${e}="",${lf}=""),"",${workingGap(e, lf)})`, 'integer'),
    // The deadline told to agencies and clients: a few working days before the real one.
    internalLead: input(task ? task.internalLead : DEFAULT_INTERNAL_LEAD, 'integer'),
    internalDeadline: calc(`IF(${e}="","",${workday(e, `-${ref(C.internalLead)}`)})`, 'date'),
    ...spendingCells(ref, s, e),
  };
  // In the sheet's column order (layouts/schedule.ts).
  return GANTT_COLUMNS.map((k) => cells[k] as Cell);
}

/**
 * The task's budget spread over its working days: the index numbers of its first and last
 * working day (a milestone spends on its day), the budget a working day, and the budget the
 * days before its first would have taken at that rate — so that what is due by a day numbered
 * n is n × daily − offset while the task runs (formulas/spend-due.ts).
 */
function spendingCells(
  ref: (col: number) => string,
  start: string,
  end: string,
): Pick<Record<keyof typeof C, Cell>, 'startCount' | 'endCount' | 'dailyBudget' | 'budgetOffset'> {
  const [first, last, budget] = [ref(C.startCount), ref(C.endCount), ref(C.budget)];
  const days = `(${last}-${first}+1)`;
  return {
    startCount: calc(`IF(${start}="","",${countThrough(start)})`, 'integer'),
    endCount: calc(`IF(${end}="","",MAX(${first},${countThrough(end)}))`, 'integer'),
    dailyBudget: calc(`IF(${first}="","",${numberIn(budget)}/${days})`, 'decimal'),
    budgetOffset: calc(`IF(${first}="","",${ref(C.dailyBudget)}*(${first}-1))`, 'decimal'),
  };
}
