/**
 * The Schedule sheet's links as inputs: each task row has MAX_LINKS predecessor slots (an id, a
 * link type and a lag the marketer types), and formulas that find the predecessor and compute
 * what the link allows, in working days of the Holidays sheet's index. core/plan/schedule.ts
 * computes the same.
 *
 * Every reference runs one way, so that no engine sees a cycle (Sheets and HyperFormula resolve
 * dependencies by ranges, not by the rows a MATCH picks):
 * - forwards, a row looks for its predecessors only among the rows above it (planbook writes
 *   each predecessor first), over ranges from the header row to the row above;
 * - backwards, each slot keeps a running minimum: the latest finish its link allows the
 *   predecessor, and that of the next row below naming the same predecessor in the same slot.
 *   A task's late finish reads, in each slot, the first row below that names it. This stands in
 *   for MINIFS, which LibreOffice 7.4 cannot read from an .xlsx.
 * A spreadsheet fills no formula into an inserted row, and the ranges of the rows beside it
 * may stop short of it; so the row below an inserted row says so in its check cell, until the
 * plan is written again.
 */
import { cellRef, columnLetter, stringLiteral } from '../../workbook/a1';
import { GANTT, LINK_SLOTS, type LinkColumns } from '../layouts/schedule';
import { firstWorkingDayFrom, workdayFrom as workday } from '../formulas/working-days';

const C = GANTT.col;
/** The latest date spreadsheets hold (9999-12-31): a bound no link sets. */
export const NO_BOUND = 2958465;

/** Working days from a task's start to its end, from its days cell. */
export const spanOf = (days: string) => `MAX(${days}-1,0)`;

/** Column `col` from the header row down to the row above `row` ($T$5:$T10). */
function above(col: number, row: number): string {
  const letter = columnLetter(col);
  return `$${letter}$${GANTT.headerRow}:$${letter}${row - 1}`;
}

/** Column `col` from the row below `row` down to the table's last row (AV7:AV$125). */
function below(col: number, row: number, lastRow: number): string {
  const letter = columnLetter(col);
  return `${letter}${row + 1}:${letter}$${lastRow}`;
}

/** The predecessor's place in the rows above (1: the header row, never a task), or "". */
export function linkRowFormula(slot: LinkColumns, row: number): string {
  const after = cellRef(row, slot.after);
  return `IF(${after}="","",IFERROR(MATCH(${after},${above(C.id, row)},0),""))`;
}

/** The slot's MATCH found no task above (blank, or only the header row): OR's terms. */
const unmatched = (at: string) => `${at}="",${at}=1`;

/** True when the slot names no task above (or nothing). */
const unresolved = (slot: LinkColumns, row: number) =>
  `OR(${cellRef(row, slot.after)}="",${unmatched(cellRef(row, slot.row))})`;

/**
 * The earliest start the slot's link allows (FS by default): "" without a link, -1 while the
 * predecessor has no start (so the task waits for it).
 */
export function linkStartFormula(slot: LinkColumns, row: number): string {
  const at = cellRef(row, slot.row);
  const pred = (col: number) => `INDEX(${above(col, row)},${at})`;
  const [start, end] = [pred(C.start), pred(C.end)];
  const [type, lag] = [cellRef(row, slot.type), cellRef(row, slot.lag)];
  const own = spanOf(cellRef(row, C.days));
  const byType =
    `IF(${type}="SS",${workday(start, lag)},` +
    `IF(${type}="FF",${workday(end, `${lag}-${own}`)},` +
    `IF(${type}="SF",${workday(start, `${lag}-${own}`)},${workday(end, `1+${lag}`)})))`;
  return `IF(${unresolved(slot, row)},"",IF(${start}="",-1,${byType}))`;
}

/** The row's link starts, as one range (they sit side by side). */
function linkStarts(row: number): string {
  const [first, last] = [LINK_SLOTS[0].start, LINK_SLOTS[LINK_SLOTS.length - 1].start];
  return `${cellRef(row, first)}:${cellRef(row, last)}`;
}

/**
 * The first working day on or after the latest of the "not before" date and what each link
 * allows; blank while a predecessor has no start, or with neither a link nor a date. Link
 * starts are dates or -1, so their maximum is 0 only when no slot holds a link.
 */
export function startFormula(row: number): string {
  const starts = linkStarts(row);
  const notBefore = cellRef(row, C.notBefore);
  const latest = `MAX(${notBefore},${starts})`;
  return `IF(MIN(${starts})<0,"",IF(AND(MAX(${starts})=0,${notBefore}=""),"",${firstWorkingDayFrom(latest)}))`;
}

/** In slot `slot`, the bound of the first row below `row` that names this row's task. */
function successorBound(slot: LinkColumns, row: number, lastRow: number): string {
  if (row >= lastRow) return String(NO_BOUND);
  const match = `MATCH(${cellRef(row, C.id)},${below(slot.after, row, lastRow)},0)`;
  return `IFERROR(INDEX(${below(slot.bound, row, lastRow)},${match}),${NO_BOUND})`;
}

/**
 * The latest the task may end: the earliest its successors' links allow, the project's end
 * when none does; blank while the task or a successor has no dates.
 */
export function lateFinishFormula(row: number, lastRow: number, projectEnd: string): string {
  const id = cellRef(row, C.id);
  const bounds = LINK_SLOTS.map((slot) => successorBound(slot, row, lastRow));
  const list = bounds.join(',');
  const succ = `IF(${id}="",${NO_BOUND},MIN(${list}))`;
  return `IF(${cellRef(row, C.end)}="","",IF(${succ}<0,"",MIN(${projectEnd},${succ})))`;
}

/**
 * The latest finish the slot's link allows its predecessor, from this task's late finish (-1
 * while that is blank), and that of the next row below naming the same predecessor.
 */
export function linkBoundFormula(slot: LinkColumns, row: number, lastRow: number): string {
  const at = cellRef(row, slot.row);
  const lf = cellRef(row, C.lateFinish);
  const [type, lag] = [cellRef(row, slot.type), cellRef(row, slot.lag)];
  const own = spanOf(cellRef(row, C.days));
  const pred = spanOf(`INDEX(${above(C.days, row)},${at})`);
  const byType =
    `IF(${type}="SS",${workday(lf, `${pred}-${own}-${lag}`)},` +
    `IF(${type}="FF",${workday(lf, `-${lag}`)},` +
    `IF(${type}="SF",${workday(lf, `${pred}-${lag}`)},${workday(lf, `-${own}-1-${lag}`)})))`;
  const next =
    row >= lastRow
      ? String(NO_BOUND)
      : `IFERROR(INDEX(${below(slot.bound, row, lastRow)},MATCH(${cellRef(row, slot.after)},${below(slot.after, row, lastRow)},0)),${NO_BOUND})`;
  return `IF(${unresolved(slot, row)},${NO_BOUND},MIN(IF(${lf}="",-1,${byType}),${next}))`;
}

/** Words of the check cell, in the plan's language. */
export interface LinkCheckWords {
  /** "{id}: no task above has this id". */
  missing: string;
  /** "a row was inserted above this one: update the plan". */
  inserted: string;
}

/**
 * What is wrong with the row's links, in words, each followed by a space: a row inserted just
 * above (the range from the row above to this one has grown, and its second cell is the
 * inserted row's, empty where every table row holds a formula), then each id no row above
 * holds. Blank when all is well. A deleted neighbour shrinks the range instead: nothing to say.
 */
export function linkCheckFormula(row: number, words: LinkCheckWords): string {
  const [before, after] = words.missing.split('{id}');
  const missing = LINK_SLOTS.map((slot) => {
    const [id, at] = [cellRef(row, slot.after), cellRef(row, slot.row)];
    const text = `${stringLiteral(before)}&${id}&${stringLiteral(`${after ?? ''} `)}`;
    return `IF(AND(${id}<>"",OR(${unmatched(at)})),${text},"")`;
  });
  const pair = `${cellRef(row - 1, C.start)}:${cellRef(row, C.start)}`;
  const inserted = `IF(IFERROR(ISBLANK(INDEX(${pair},2)),FALSE),${stringLiteral(`${words.inserted} `)},"")`;
  return [inserted, ...missing].join('&');
}
