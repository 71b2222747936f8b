/**
 * One sheet written into a new Google Sheets sheet: its cells and formats a region at a time
 * (setValues takes values and formulas together), borders and rotated text by style, merges,
 * widths, heights, frozen panes, direction and tab colour. The number of calls follows the
 * sheet's layout, never its number of tasks or timeline columns.
 */
import { parseRange, rangeRef } from '../../../core/workbook/a1';
import {
  mergeBands,
  sheetGrid,
  sizeRuns,
  type GridRegion,
  type StyleRun,
} from '../../../core/workbook/grid';
import { heightInPixels, widthInPixels } from '../../../core/workbook/host';
import type { Border, SheetSpec, WorkbookSpec } from '../../../core/workbook/spec';
import { writeFormats, type TextStyles } from './formats';
import { linkRuns, runRef, type RangeBatch } from './workbook';

type Grid = ReturnType<typeof sheetGrid>;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const BORDER_STYLES: Record<Border['style'], () => GoogleAppsScript.Spreadsheet.BorderStyle> = {
  thin: () => SpreadsheetApp.BorderStyle.SOLID,
  medium: () => SpreadsheetApp.BorderStyle.SOLID_MEDIUM,
  thick: () => SpreadsheetApp.BorderStyle.SOLID_THICK,
  dashed: () => SpreadsheetApp.BorderStyle.DASHED,
};

/** The rows and columns the sheet needs: its cells, merges, widths and rules. */
export function sheetSize(spec: SheetSpec): { rows: number; cols: number } {
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

/** The size every new sheet starts with (read once, from the first sheet a run inserts). */
export interface SheetDefaults {
  rows: number;
  cols: number;
}

/** Rows left below the last written one of a wide sheet, for the marketer's additions. */
const SPARE_ROWS = 100;

/**
 * Sizes a new sheet: more columns when it needs them; and a sheet that needs more columns than
 * a new one has (the Gantt, the budget by month) gets as many rows as it uses and some spare,
 * so that its cells count against the spreadsheet's 10 million only as far as they are used.
 * The calls do not depend on the plan's size: one per dimension that changes.
 */
export function sizeSheet(sheet: Sheet, spec: SheetSpec, defaults: SheetDefaults): void {
  const need = sheetSize(spec);
  const rows =
    need.cols > defaults.cols ? need.rows + SPARE_ROWS : Math.max(need.rows, defaults.rows);
  if (rows > defaults.rows) sheet.insertRowsAfter(defaults.rows, rows - defaults.rows);
  if (rows < defaults.rows) sheet.deleteRows(rows + 1, defaults.rows - rows);
  if (need.cols > defaults.cols) sheet.insertColumnsAfter(defaults.cols, need.cols - defaults.cols);
}

const regionRef = (r: GridRegion) => rangeRef(r.row, r.col, r.row + r.rows - 1, r.col + r.cols - 1);

/** The sheet's grid, its regions, merges and links asked of the batch (fetched for all at once). */
export function wantSheet(spec: SheetSpec, workbook: WorkbookSpec, batch: RangeBatch): Grid {
  const grid = sheetGrid(spec, workbook, 'sheets');
  for (const region of grid.regions) batch.want(spec.id, regionRef(region));
  const { across, blocks } = mergeBands(spec.merges);
  for (const merge of [...across, ...blocks]) batch.want(spec.id, merge);
  for (const run of linkRuns(grid.links)) batch.want(spec.id, runRef(run));
  return grid;
}

/** Writes the sheet from its grid and the fetched ranges. */
export function writeSheet(
  sheet: Sheet,
  spec: SheetSpec,
  workbook: WorkbookSpec,
  grid: Grid,
  batch: RangeBatch,
  textStyles: TextStyles,
): void {
  for (const region of grid.regions) {
    const range = batch.get(spec.id, regionRef(region));
    // setValues cannot skip a cell: "" leaves a cell of this new sheet as it was.
    range.setValues(region.contents.map((row) => row.map((v) => v ?? '')));
    writeFormats(range, region, workbook.styles, textStyles);
  }
  writeRunFormats(sheet, grid.styleRuns, workbook);
  writeMerges(spec, batch);
  writeSizes(sheet, spec);
  if (spec.freeze?.rows) sheet.setFrozenRows(spec.freeze.rows);
  if (spec.freeze?.cols) sheet.setFrozenColumns(spec.freeze.cols);
  if (spec.rightToLeft) sheet.setRightToLeft(true);
  if (spec.tabColor) sheet.setTabColor(`#${spec.tabColor}`);
}

/**
 * Borders and rotated text, which have no 2-D setter: the style runs that share one border
 * (or one rotation) in one range list, one call for them all.
 */
function writeRunFormats(sheet: Sheet, runs: StyleRun[], workbook: WorkbookSpec): void {
  const groups = new Map<string, { ranges: string[]; apply: (list: RangeList) => void }>();
  const add = (key: string, range: string, apply: (list: RangeList) => void) => {
    const group = groups.get(key) ?? { ranges: [], apply };
    group.ranges.push(range);
    groups.set(key, group);
  };
  for (const run of runs) {
    const style = workbook.styles[run.style];
    const border = style?.border;
    if (border) {
      add(`border ${border.style} ${border.color}`, run.range, (list) =>
        list.setBorder(
          true,
          true,
          true,
          true,
          true,
          true,
          `#${border.color}`,
          BORDER_STYLES[border.style](),
        ),
      );
    }
    const rotate = style?.rotate;
    if (rotate) add(`rotate ${rotate}`, run.range, (list) => list.setTextRotation(rotate));
  }
  for (const { ranges, apply } of groups.values()) apply(sheet.getRangeList(ranges));
}

type RangeList = GoogleAppsScript.Spreadsheet.RangeList;

/** Merges: a band of one-row merges (see mergeBands) is one mergeAcross, others one merge. */
function writeMerges(spec: SheetSpec, batch: RangeBatch): void {
  const { across, blocks } = mergeBands(spec.merges);
  for (const band of across) batch.get(spec.id, band).mergeAcross();
  for (const block of blocks) batch.get(spec.id, block).merge();
}

/** Widths and heights, one call per run of equal sizes. */
function writeSizes(sheet: Sheet, spec: SheetSpec): void {
  const { widths, heights } = sizeRuns(spec);
  for (const r of widths) sheet.setColumnWidths(r.at, r.count, widthInPixels(r.size));
  for (const r of heights) sheet.setRowHeights(r.at, r.count, heightInPixels(r.size));
}
