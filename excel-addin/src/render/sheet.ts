/**
 * One sheet written into a new Excel worksheet: its cells a region at a time (values and
 * formulas together in `formulas`, nulls left untouched), number formats per region, every
 * other format once per style over all the runs that share it, merges, sizes, panes, tab
 * colour and page layout. Every write is queued on the request; the budget decides the syncs.
 */
import { columnLetter, sheetPrefix } from '../../../core/workbook/a1';
import {
  mergeBands,
  sheetGrid,
  sizeRuns,
  type GridLink,
  type StyleRun,
} from '../../../core/workbook/grid';
import { MARGINS, PAGE_FOOTER, PAGE_HEADER, PAPER, titleSpan } from '../../../core/workbook/print';
import type { PrintSetup, SheetSpec, WorkbookSpec } from '../../../core/workbook/spec';
import { applyStyle, hasFormat, styleActions } from './formats';
import { wireBytes, type RequestBudget } from './budget';

/** Excel counts widths in points: a character of the default font is 7 px, px are ¾ pt. */
const pointsOfWidth = (characters: number) => (characters * 7 + 5) * 0.75;

/** Runs of one style per RangeAreas: an address of up to this many areas. */
const AREAS_PER_CALL = 100;

export async function writeSheet(
  ws: Excel.Worksheet,
  spec: SheetSpec,
  workbook: WorkbookSpec,
  budget: RequestBudget,
): Promise<GridLink[]> {
  const grid = sheetGrid(spec, workbook, 'excel');
  for (const r of grid.regions) {
    const rowBytes = r.contents.map((row, i) => wireBytes(row) + wireBytes(r.numberFormats[i]));
    // The range, its formulas and number formats, and the reading order where it is set.
    await budget.rows(spec.rightToLeft ? 5 : 3, rowBytes, (from, to) => {
      const range = ws.getRangeByIndexes(r.row - 1 + from, r.col - 1, to - from, r.cols);
      range.formulas = r.contents.slice(from, to);
      range.numberFormat = r.numberFormats.slice(from, to);
      if (spec.rightToLeft) range.format.readingOrder = 'RightToLeft' as Excel.ReadingOrder;
    });
  }
  await writeStyles(ws, grid.styleRuns, workbook, budget);
  await writeMerges(ws, spec.merges, budget);
  await writeSizes(ws, spec, budget);
  // Panes and tab colour: a handful of actions.
  await budget.take(4);
  if (spec.freeze?.rows && spec.freeze.cols) {
    ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, spec.freeze.rows, spec.freeze.cols));
  } else if (spec.freeze?.rows) ws.freezePanes.freezeRows(spec.freeze.rows);
  else if (spec.freeze?.cols) ws.freezePanes.freezeColumns(spec.freeze.cols);
  if (spec.tabColor) ws.tabColor = `#${spec.tabColor}`;
  if (spec.print) await writePrint(ws, spec.print, budget);
  await writeGroups(ws, spec, budget);
  return grid.links;
}

/**
 * Each outline group: its whole columns (or rows) grouped and hidden. Grouping needs ExcelApi
 * 1.10 (the manifest asks for 1.9): where it is missing they are only hidden.
 */
async function writeGroups(ws: Excel.Worksheet, spec: SheetSpec, budget: RequestBudget) {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const outlines = Boolean(office?.context?.requirements?.isSetSupported('ExcelApi', '1.10'));
  const groups = [
    ...(spec.columnGroups ?? []).map((g) => ({ ...g, rows: false })),
    ...(spec.rowGroups ?? []).map((g) => ({ ...g, rows: true })),
  ];
  for (const { from, to, rows } of groups) {
    await budget.take(3);
    const name = (n: number) => (rows ? String(n) : columnLetter(n));
    const range = ws.getRange(`${name(from)}:${name(to)}`);
    if (outlines) range.group((rows ? 'ByRows' : 'ByColumns') as Excel.GroupOption);
    if (rows) range.rowHidden = true;
    else range.columnHidden = true;
  }
}

/** A4, the margins, header and footer every sheet shares (core/workbook/print), and the sheet's own. */
async function writePrint(ws: Excel.Worksheet, print: PrintSetup, budget: RequestBudget) {
  await budget.take(14);
  const page = ws.pageLayout;
  page.paperSize = PAPER as Excel.PaperType;
  page.orientation = (print.landscape ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: print.pagesTall };
  const points = (inches: number) => inches * 72;
  page.leftMargin = points(MARGINS.left);
  page.rightMargin = points(MARGINS.right);
  page.topMargin = points(MARGINS.top);
  page.bottomMargin = points(MARGINS.bottom);
  page.headerMargin = points(MARGINS.header);
  page.footerMargin = points(MARGINS.footer);
  page.headersFooters.defaultForAllPages.centerHeader = PAGE_HEADER;
  page.headersFooters.defaultForAllPages.centerFooter = PAGE_FOOTER;
  if (print.area) page.setPrintArea(print.area);
  if (print.titleRows) page.setPrintTitleRows(titleSpan(print.titleRows, false));
  if (print.titleColumns) page.setPrintTitleColumns(titleSpan(print.titleColumns, true));
}

/** Each style once per group of runs (a RangeAreas), not once per run or per cell. */
async function writeStyles(
  ws: Excel.Worksheet,
  runs: StyleRun[],
  workbook: WorkbookSpec,
  budget: RequestBudget,
): Promise<void> {
  const byStyle = new Map<string, string[]>();
  for (const run of runs) {
    const list = byStyle.get(run.style) ?? [];
    list.push(run.range);
    byStyle.set(run.style, list);
  }
  for (const [key, ranges] of byStyle) {
    const style = workbook.styles[key];
    if (!style || !hasFormat(style)) continue;
    for (let i = 0; i < ranges.length; i += AREAS_PER_CALL) {
      const address = ranges.slice(i, i + AREAS_PER_CALL).join(',');
      await budget.take(1 + styleActions(style), address);
      applyStyle(ws.getRanges(address).format, style);
    }
  }
}

/** Merges: a band of one-row merges is one merge across, others one merge each. */
async function writeMerges(ws: Excel.Worksheet, merges: string[], budget: RequestBudget) {
  const { across, blocks } = mergeBands(merges);
  for (const [ranges, acrossRows] of [
    [across, true],
    [blocks, false],
  ] as const) {
    for (const range of ranges) {
      await budget.take(2, range);
      ws.getRange(range).merge(acrossRows);
    }
  }
}

/** Widths and heights, one assignment per run of equal sizes. */
async function writeSizes(ws: Excel.Worksheet, spec: SheetSpec, budget: RequestBudget) {
  const { widths, heights } = sizeRuns(spec);
  await budget.take(3 * (widths.length + heights.length));
  for (const r of widths) {
    ws.getRangeByIndexes(0, r.at - 1, 1, r.count).format.columnWidth = pointsOfWidth(r.size);
  }
  for (const r of heights) {
    ws.getRangeByIndexes(r.at - 1, 0, r.count, 1).format.rowHeight = r.size;
  }
}

/** Links to other sheets: in-workbook locations, as Excel itself writes them. */
export async function writeLinks(
  ws: Excel.Worksheet,
  links: GridLink[],
  titleOf: (id: string) => string,
  budget: RequestBudget,
) {
  for (const l of links) {
    const hyperlink = {
      documentReference: `${sheetPrefix(titleOf(l.sheetId))}A1`,
      textToDisplay: l.text,
    };
    await budget.take(2, hyperlink);
    ws.getRangeByIndexes(l.row - 1, l.col - 1, 1, 1).hyperlink = hyperlink;
  }
}
