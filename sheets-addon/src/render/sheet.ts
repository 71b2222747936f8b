/**
 * One sheet written into a new Google Sheets sheet: its cells and formats a region at a time
 * (setValues takes values and formulas together), borders and rotated text by style, merges,
 * widths, heights, frozen panes, direction and tab colour. The number of calls follows the
 * sheet's layout, never its number of tasks or timeline columns.
 */
import { parseRange, rangeRef } from '../../../core/workbook/a1';
import { sheetGrid, type GridLink, type StyleRun } from '../../../core/workbook/grid';
import { heightInPixels, widthInPixels } from '../../../core/workbook/host';
import type { Border, SheetSpec, WorkbookSpec } from '../../../core/workbook/spec';
import { writeFormats } from './formats';

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

/** Writes the sheet; returns its links, which wait until every sheet exists. */
export function writeSheet(sheet: Sheet, spec: SheetSpec, workbook: WorkbookSpec): GridLink[] {
  const grid = sheetGrid(spec, workbook, 'sheets');
  for (const region of grid.regions) {
    const range = sheet.getRange(region.row, region.col, region.rows, region.cols);
    // setValues cannot skip a cell: "" leaves a cell of this new sheet as it was.
    range.setValues(region.contents.map((row) => row.map((v) => v ?? '')));
    writeFormats(range, region, workbook.styles);
  }
  writeRunFormats(sheet, grid.styleRuns, workbook);
  writeMerges(sheet, spec.merges);
  writeSizes(sheet, spec);
  if (spec.freeze?.rows) sheet.setFrozenRows(spec.freeze.rows);
  if (spec.freeze?.cols) sheet.setFrozenColumns(spec.freeze.cols);
  if (spec.rightToLeft) sheet.setRightToLeft(true);
  if (spec.tabColor) sheet.setTabColor(`#${spec.tabColor}`);
  return grid.links;
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

/**
 * Merges: one-row merges over the same columns on consecutive rows (a checklist's items, the
 * SWOT's lines) are one mergeAcross over them all; a merge of several rows is a merge call.
 */
function writeMerges(sheet: Sheet, merges: string[]): void {
  const rects = merges.map(parseRange);
  const rows = rects
    .filter((m) => m.row1 === m.row2)
    .sort((a, b) => a.col1 - b.col1 || a.col2 - b.col2 || a.row1 - b.row1);
  const bands: typeof rects = [];
  for (const m of rows) {
    const last = bands[bands.length - 1];
    if (last && last.col1 === m.col1 && last.col2 === m.col2 && last.row2 + 1 === m.row1) {
      last.row2 = m.row1;
    } else bands.push({ ...m });
  }
  for (const b of bands) sheet.getRange(rangeRef(b.row1, b.col1, b.row2, b.col2)).mergeAcross();
  for (const m of rects.filter((r) => r.row1 !== r.row2)) {
    sheet.getRange(rangeRef(m.row1, m.col1, m.row2, m.col2)).merge();
  }
}

/** Widths and heights, one call per run of equal sizes. */
function writeSizes(sheet: Sheet, spec: SheetSpec): void {
  const runsOf = (sizes: { at: number; size: number }[]) => {
    const runs: { at: number; count: number; size: number }[] = [];
    for (const s of [...sizes].sort((a, b) => a.at - b.at)) {
      const last = runs[runs.length - 1];
      if (last && last.at + last.count === s.at && last.size === s.size) last.count++;
      else runs.push({ at: s.at, count: 1, size: s.size });
    }
    return runs;
  };
  const widths = runsOf(
    spec.columnWidths.map((w) => ({ at: w.col, size: widthInPixels(w.width) })),
  );
  for (const r of widths) sheet.setColumnWidths(r.at, r.count, r.size);
  const heights = runsOf(
    spec.rowHeights.map((h) => ({ at: h.row, size: heightInPixels(h.height) })),
  );
  for (const r of heights) sheet.setRowHeights(r.at, r.count, r.size);
}
