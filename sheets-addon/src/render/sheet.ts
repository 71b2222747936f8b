/**
 * One sheet written into a new, laid-out Google Sheets sheet (layout.ts): its cells and formats
 * a region at a time (setValues takes values and formulas together), borders and rotated text
 * by style, and merges. The number of calls follows the sheet's layout, never its number of
 * tasks or timeline columns.
 */
import { rangeRef } from '../../../core/workbook/a1';
import { mergeBands, sheetGrid, type GridRegion, type StyleRun } from '../../../core/workbook/grid';
import type { Border, SheetSpec, WorkbookSpec } from '../../../core/workbook/spec';
import { formatMatrices, type TextStyles } from './formats';
import { linkRuns, runRef, type RangeBatch } from './workbook';

type Grid = ReturnType<typeof sheetGrid>;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const BORDER_STYLES: Record<Border['style'], () => GoogleAppsScript.Spreadsheet.BorderStyle> = {
  thin: () => SpreadsheetApp.BorderStyle.SOLID,
  medium: () => SpreadsheetApp.BorderStyle.SOLID_MEDIUM,
  thick: () => SpreadsheetApp.BorderStyle.SOLID_THICK,
  dashed: () => SpreadsheetApp.BorderStyle.DASHED,
};

const regionRef = (r: GridRegion) => rangeRef(r.row, r.col, r.row + r.rows - 1, r.col + r.cols - 1);

/** The sheet's grid, its regions, merges and links asked of the batch (fetched for all at once). */
export function wantSheet(spec: SheetSpec, workbook: WorkbookSpec, batch: RangeBatch): Grid {
  const grid = sheetGrid(spec, workbook, 'sheets');
  for (const region of grid.regions) batch.want(spec.id, regionRef(region));
  const { across, blocks } = mergeBands(spec.merges);
  for (const merge of [...across, ...blocks]) batch.want(spec.id, merge);
  for (const run of linkRuns(grid.links)) batch.want(spec.id, runRef(run));
  for (const g of groupRefs(spec)) batch.want(spec.id, g.ref);
  return grid;
}

/** A range per outline group: a row of its columns, or a column of its rows. */
function groupRefs(spec: SheetSpec): { ref: string; rows: boolean }[] {
  return [
    ...(spec.columnGroups ?? []).map((g) => ({ ref: rangeRef(1, g.from, 1, g.to), rows: false })),
    ...(spec.rowGroups ?? []).map((g) => ({ ref: rangeRef(g.from, 1, g.to, 1), rows: true })),
  ];
}

/** Each group one call on its fetched range, then the sheet's groups collapsed: one call a kind. */
function writeGroups(sheet: Sheet, spec: SheetSpec, batch: RangeBatch): void {
  for (const g of groupRefs(spec)) {
    const range = batch.get(spec.id, g.ref);
    if (g.rows) range.shiftRowGroupDepth(1);
    else range.shiftColumnGroupDepth(1);
  }
  if (spec.columnGroups?.length) sheet.collapseAllColumnGroups();
  if (spec.rowGroups?.length) sheet.collapseAllRowGroups();
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
    for (const m of formatMatrices(region, workbook.styles, textStyles)) m.set(range);
  }
  writeRunFormats(sheet, grid.styleRuns, workbook);
  writeMerges(spec, batch);
  writeGroups(sheet, spec, batch);
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
