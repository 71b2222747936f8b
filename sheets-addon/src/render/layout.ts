/**
 * The new sheets and their layout — size, column widths, row heights, frozen panes, direction
 * and tab colour — set while every sheet is still blank, before any cell is written.
 *
 * Sheets copies a template sheet with its layout (insertSheet with `template`), so a sheet
 * whose layout another has (a framework's stage sheets) is inserted as a copy of that one,
 * laid out and still blank: one call where its layout took six or more. In a right-to-left
 * workbook the first sheet turns right to left before anything else is set on it, and every
 * other layout starts as a copy of it: one direction call for the workbook, not one a sheet.
 */
import { sizeRuns, type SizeRun } from '../../../core/workbook/grid';
import { heightInPixels, widthInPixels } from '../../../core/workbook/host';
import type { SheetSpec, WorkbookSpec } from '../../../core/workbook/spec';
import { parseRange } from '../../../core/workbook/a1';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface Size {
  rows: number;
  cols: number;
}

/** The rows and columns the sheet needs: its cells, merges, widths and rules. */
function sheetSize(spec: SheetSpec): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  const cover = (ref: string) => {
    const r = parseRange(ref.replace(/\$/g, ''));
    rows = Math.max(rows, r.row2);
    cols = Math.max(cols, r.col2);
  };
  for (const b of spec.blocks) {
    rows = Math.max(rows, b.row + b.cells.length - 1);
    cols = Math.max(cols, b.col + Math.max(0, ...b.cells.map((r) => r.length)) - 1);
  }
  spec.merges.forEach(cover);
  spec.conditionalRules.forEach((r) => cover(r.range));
  spec.validations.forEach((v) => cover(v.range));
  for (const w of spec.columnWidths) cols = Math.max(cols, w.col);
  for (const h of spec.rowHeights) rows = Math.max(rows, h.row);
  return { rows, cols };
}

/** Rows left below the last written one of a wide sheet, for the marketer's additions. */
const SPARE_ROWS = 100;

/**
 * The size a sheet gets from a new one's (`fresh`): more columns when it needs them; a sheet
 * that needs more columns than a new one has (the Gantt, the budget by month) gets as many rows
 * as it uses and some spare, so that its cells count against the spreadsheet's 10 million only
 * as far as they are used.
 */
export function targetSize(spec: SheetSpec, fresh: Size): Size {
  const need = sheetSize(spec);
  const rows = need.cols > fresh.cols ? need.rows + SPARE_ROWS : Math.max(need.rows, fresh.rows);
  return { rows, cols: Math.max(need.cols, fresh.cols) };
}

/** Everything layout() sets: two sheets with the same key are laid out alike. */
function layoutKey(spec: SheetSpec, fresh: Size): string {
  const { widths, heights } = sizeRuns(spec);
  return JSON.stringify([
    targetSize(spec, fresh),
    widths.map((r) => [r.at, r.count, widthInPixels(r.size)]),
    heights.map((r) => [r.at, r.count, heightInPixels(r.size)]),
    spec.freeze ?? null,
    Boolean(spec.rightToLeft),
    spec.tabColor ?? null,
  ]);
}

/** Columns or rows from `at`, `count` of them, set to `px` pixels in one call. */
export interface Paint {
  at: number;
  count: number;
  px: number;
}

/**
 * The fewest calls that leave every column (or row) of the runs at its size, a later call
 * painting over an earlier one, and none touching a column the runs leave out (it keeps
 * Sheets' default). Runs that touch form a stretch; within it a call may first give the whole
 * stretch one size and the columns of other sizes be set after (a sheet of 82 px columns with
 * some of 54 px: one call under them all, then the 54s), and so on inside those, choosing the
 * cheapest at every level. Stretches are short (one per sheet part), so this is cheap.
 */
export function paintSizes(runs: Paint[]): Paint[] {
  const joined: Paint[] = [];
  for (const r of runs) {
    const last = joined[joined.length - 1];
    if (last && last.at + last.count === r.at && last.px === r.px) last.count += r.count;
    else joined.push({ ...r });
  }
  const calls: Paint[] = [];
  let start = 0;
  for (let i = 1; i <= joined.length; i++) {
    const touching = i < joined.length && joined[i - 1].at + joined[i - 1].count === joined[i].at;
    if (touching) continue;
    calls.push(...paintStretch(joined.slice(start, i)));
    start = i;
  }
  return calls;
}

function paintStretch(seq: Paint[]): Paint[] {
  const memo = new Map<string, Paint[]>();
  const best = (i: number, j: number): Paint[] => {
    if (j - i <= 2) return seq.slice(i, j);
    const key = `${i} ${j}`;
    const known = memo.get(key);
    if (known) return known;
    let cheapest = seq.slice(i, j);
    for (const px of new Set(seq.slice(i, j).map((r) => r.px))) {
      const end = seq[j - 1].at + seq[j - 1].count;
      const calls: Paint[] = [{ at: seq[i].at, count: end - seq[i].at, px }];
      let from = i;
      for (let k = i; k <= j; k++) {
        if (k < j && seq[k].px !== px) continue;
        calls.push(...best(from, k));
        from = k + 1;
      }
      if (calls.length < cheapest.length) cheapest = calls;
    }
    memo.set(key, cheapest);
    return cheapest;
  };
  return best(0, seq.length);
}

/** Lays out a blank sheet of the fresh size; `direction` false when it has its direction. */
function layout(sheet: Sheet, spec: SheetSpec, fresh: Size, direction: boolean): void {
  const size = targetSize(spec, fresh);
  if (size.rows > fresh.rows) sheet.insertRowsAfter(fresh.rows, size.rows - fresh.rows);
  if (size.rows < fresh.rows) sheet.deleteRows(size.rows + 1, fresh.rows - size.rows);
  if (size.cols > fresh.cols) sheet.insertColumnsAfter(fresh.cols, size.cols - fresh.cols);
  const { widths, heights } = sizeRuns(spec);
  const px = (size: (n: number) => number) => (r: SizeRun) => ({ ...r, px: size(r.size) });
  for (const r of paintSizes(widths.map(px(widthInPixels)))) {
    sheet.setColumnWidths(r.at, r.count, r.px);
  }
  for (const r of paintSizes(heights.map(px(heightInPixels)))) {
    sheet.setRowHeights(r.at, r.count, r.px);
  }
  if (spec.freeze?.rows) sheet.setFrozenRows(spec.freeze.rows);
  if (spec.freeze?.cols) sheet.setFrozenColumns(spec.freeze.cols);
  if (direction && spec.rightToLeft) sheet.setRightToLeft(true);
  if (spec.tabColor) sheet.setTabColor(`#${spec.tabColor}`);
}

/**
 * Inserts the spec's sheets after the spreadsheet's own, in the spec's order, each laid out
 * and blank. Returns them by sheet id, in the spec's order.
 */
export function insertSheets(ss: Spreadsheet, spec: WorkbookSpec): Map<string, Sheet> {
  const sheets = new Map<string, Sheet>();
  const [base] = spec.sheets;
  if (!base) return sheets;
  const first = ss.getNumSheets();
  const order = new Map(spec.sheets.map((s, i) => [s.id, i]));
  const insert = (s: SheetSpec, template?: Sheet): Sheet => {
    const before = [...sheets.keys()].filter((id) => order.get(id)! < order.get(s.id)!).length;
    const sheet = template
      ? ss.insertSheet(s.title, first + before, { template })
      : ss.insertSheet(s.title, first + before);
    sheets.set(s.id, sheet);
    return sheet;
  };

  const baseSheet = insert(base);
  const fresh = { rows: baseSheet.getMaxRows(), cols: baseSheet.getMaxColumns() };
  const rightToLeft = Boolean(base.rightToLeft);
  if (rightToLeft) baseSheet.setRightToLeft(true);
  const heads = new Map<string, SheetSpec>();
  const headOf = new Map<string, SheetSpec>();
  for (const s of spec.sheets) {
    const key = layoutKey(s, fresh);
    if (!heads.has(key)) heads.set(key, s);
    headOf.set(s.id, heads.get(key)!);
  }
  // Each layout's first sheet: a copy of the blank right-to-left base, or a new sheet.
  for (const head of heads.values()) {
    if (head === base) continue;
    insert(head, rightToLeft && head.rightToLeft ? baseSheet : undefined);
  }
  for (const head of heads.values()) {
    const inherited = rightToLeft && Boolean(head.rightToLeft);
    layout(sheets.get(head.id)!, head, fresh, !inherited);
  }
  // The others: copies of their layout's first sheet, laid out and still blank.
  for (const s of spec.sheets) {
    const head = headOf.get(s.id)!;
    if (head !== s) insert(s, sheets.get(head.id));
  }
  return new Map(spec.sheets.map((s) => [s.id, sheets.get(s.id)!]));
}
