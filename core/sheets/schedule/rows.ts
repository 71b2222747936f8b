/**
 * A task's row on the Schedule sheet: its links as formulas over its predecessors' cells (the
 * forward pass) and its late finish over its successors' (the backward pass), in working days
 * of the Holidays sheet's index. core/plan/schedule.ts computes the same.
 */
import type { Link } from '../../plan/links';
import { linkSuffix } from '../../plan/links';
import type { Task } from '../../plan/types';
import { absRef, cellRef, stringLiteral } from '../../workbook/a1';
import type { Cell } from '../../workbook/spec';
import { calc, input, label } from '../context';
import { DEFAULT_INTERNAL_LEAD } from '../../plan/limits';
import { GANTT, GANTT_COLUMNS } from '../layouts/schedule';
import { numberIn } from '../../workbook/formulas';
import {
  countThrough,
  firstWorkingDayFrom,
  workdayFrom as workday,
  workingDaysBetween,
  workingGap,
} from '../formulas/working-days';

const C = GANTT.col;
const EPSILON = '0.000000001';
/** Working days from a task's start to its end, from its days cell. */
const spanOf = (days: string) => `MAX(${days}-1,0)`;
/** A whole number as a term to append: "+2", "-3", "" for 0. */
const term = (n: number) => (n === 0 ? '' : n > 0 ? `+${n}` : `${n}`);

export interface RowContext {
  rowOf: ReadonlyMap<string, number>;
  /** Each task's successors: the row of the task that links to it, and the link. */
  successors: ReadonlyMap<string, { row: number; link: Link }[]>;
  stage: ReadonlyMap<string, string>;
  /** Each status as a formula's string literal. */
  status: (key: 'done' | 'notStarted' | 'late' | 'onTrack' | 'behind') => string;
}

/** The earliest start a link allows the task in `row`, from its predecessor's cells. */
function linkStart(link: Link, predRow: number, row: number): string {
  const [start, end] = [cellRef(predRow, C.start), cellRef(predRow, C.end)];
  const own = spanOf(cellRef(row, C.days));
  if (link.type === 'FS') return workday(end, String(1 + link.lag));
  if (link.type === 'SS') return workday(start, String(link.lag));
  if (link.type === 'FF') return workday(end, `${link.lag}-${own}`);
  return workday(start, `${link.lag}-${own}`);
}

/** The latest finish a successor's link allows the task in `row`. */
function linkLateFinish(link: Link, succRow: number, row: number): string {
  const succ = cellRef(succRow, C.lateFinish);
  const succSpan = spanOf(cellRef(succRow, C.days));
  const own = spanOf(cellRef(row, C.days));
  if (link.type === 'FS') return workday(succ, `-${succSpan}${term(-1 - link.lag)}`);
  if (link.type === 'SS') return workday(succ, `${own}-${succSpan}${term(-link.lag)}`);
  if (link.type === 'FF') return workday(succ, String(-link.lag));
  return workday(succ, `${own}${term(-link.lag)}`);
}

const anyBlank = (refs: string[]) =>
  refs.length === 1 ? `${refs[0]}=""` : `OR(${refs.map((r) => `${r}=""`).join(',')})`;

export function taskRow(task: Task | null, row: number, rc: RowContext): Cell[] {
  const ref = (col: number) => cellRef(row, col);
  const links = (task?.links ?? []).map((link) => ({ link, row: rc.rowOf.get(link.id) as number }));
  // A follower refers to its predecessors' cells directly (not through INDEX/MATCH over the
  // task columns, which engines that resolve dependencies statically would see as a cycle).
  // Every start is computed: the first working day on or after the "not before" date (the
  // typed start of a task without links) and what each link allows.
  const earliest = [ref(C.notBefore), ...links.map((l) => linkStart(l.link, l.row, row))];
  const blank = anyBlank(links.length > 0 ? links.map((l) => cellRef(l.row, C.start)) : earliest);
  const latest = earliest.length === 1 ? earliest[0] : `MAX(${earliest.join(',')})`;
  const start = calc(`IF(${blank},"",${firstWorkingDayFrom(latest)})`, 'date');
  const after: Cell =
    links.length > 0
      ? calc(
          links
            .map((l) => {
              const suffix = linkSuffix(l.link);
              return suffix
                ? `${cellRef(l.row, C.id)}&${stringLiteral(suffix)}`
                : cellRef(l.row, C.id);
            })
            .join('&", "&'),
          'text',
        )
      : label('', 'calc.text');
  const reportDate = absRef(GANTT.reportDateRow, GANTT.reportDateCol);
  const projectEnd = absRef(GANTT.projectEndRow, GANTT.reportDateCol);
  const [s, d, e, p] = [ref(C.start), ref(C.days), ref(C.end), ref(C.progress)];
  // Read only once the report date is within the task (the status's last branch).
  const expected = `IF(${d}=0,0,(${workingDaysBetween(s, reportDate)}-1)/${d})`;
  const doneDays = `ROUND(${d}*${p},0)`;
  const successors = (task ? (rc.successors.get(task.id) ?? []) : []).map((x) => ({
    ...x,
    lf: cellRef(x.row, C.lateFinish),
  }));
  const lateFinish = `MIN(${[projectEnd, ...successors.map((x) => linkLateFinish(x.link, x.row, row))].join(',')})`;
  const [lf, baseEnd] = [ref(C.lateFinish), ref(C.baselineEnd)];
  const { status } = rc;
  const cells: Record<keyof typeof C, Cell> = {
    id: input(task?.id ?? null),
    name: input(task?.name ?? null),
    stage: input(task ? (rc.stage.get(task.stage) ?? null) : null),
    channel: input(task?.channel || null),
    owner: input(task?.owner || null),
    dependsOn: after,
    notBefore: input(task?.notBefore ?? null, 'date'),
    start,
    days: input(task?.days ?? 1, 'integer'),
    end: calc(`IF(${s}="","",${workday(s, spanOf(d))})`, 'date'),
    buffer: input(task?.buffer ?? 0, 'integer'),
    bufferEnd: calc(`IF(${e}="","",${workday(e, ref(C.buffer))})`, 'date'),
    progress: input(task?.progress ?? 0, 'percent'),
    doneEnd: calc(`IF(OR(${s}="",${doneDays}<1),"",${workday(s, `${doneDays}-1`)})`, 'date'),
    status: calc(
      `IF(${s}="","",IF(${p}>=1,${status('done')},IF(${reportDate}<${s},${status('notStarted')},` +
        `IF(${reportDate}>${e},${status('late')},IF(${p}>=${expected}-${EPSILON},${status('onTrack')},${status('behind')})))))`,
      'text',
    ),
    budget: input(task?.budget ?? 0, 'currency'),
    baselineStart: input(task?.start ?? null, 'date'),
    baselineEnd: input(task?.end ?? null, 'date'),
    slip: calc(`IF(OR(${baseEnd}="",${e}=""),"",${workingGap(baseEnd, e)})`, 'integer'),
    lateFinish: calc(
      `IF(${anyBlank([e, ...successors.map((x) => x.lf)])},"",${lateFinish})`,
      'date',
    ),
    slack: calc(`IF(OR(${e}="",${lf}=""),"",${workingGap(e, lf)})`, 'integer'),
    // The deadline told to agencies and clients: a few working days before the real one.
    internalLead: input(task?.internalLead ?? DEFAULT_INTERNAL_LEAD, 'integer'),
    internalDeadline: calc(`IF(${e}="","",${workday(e, `-${ref(C.internalLead)}`)})`, 'date'),
    ...spendingCells(ref, s, e),
  };
  // In the sheet's column order (layouts/schedule.ts).
  return GANTT_COLUMNS.map((k) => cells[k]);
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
