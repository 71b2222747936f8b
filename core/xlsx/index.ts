/**
 * core/xlsx: renders a WorkbookSpec as .xlsx bytes with ExcelJS, in Node and in the browser,
 * on core/workbook's rules (which cell a position ends up with, host text, the host's formula,
 * validations with their defaults). Strings are written as text cells, so user text that
 * begins with = + - @ stays text without an apostrophe.
 */
import ExcelJS from 'exceljs';
import { cellRef, sheetPrefix } from '../workbook/a1';
import { fileFormula } from '../workbook/formulas';
import { forEachCell } from '../workbook/grid';
import { hostFormula, hostText } from '../workbook/host';
import { MARGINS, PAGE_FOOTER, PAGE_HEADER, PAPER_CODE, titleSpan } from '../workbook/print';
import type { Cell, PrintSetup, SheetSpec, WorkbookSpec } from '../workbook/spec';
import { keepSheetLinksInternal } from './internal-links';
import { excelStyle, ruleStyle } from './styles';
import { addValidations } from './validations';

type Styles = Map<string, Partial<ExcelJS.Style>>;

/** Builds the ExcelJS workbook for a spec (exposed for tests that inspect it). */
export function buildExcelWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'planbook';
  wb.title = spec.title;
  // The file holds formulas without results: every spreadsheet computes them when it opens it.
  wb.calcProperties.fullCalcOnLoad = true;
  const styles: Styles = new Map(Object.entries(spec.styles).map(([k, s]) => [k, excelStyle(s)]));
  const titleOf = sheetTitles(spec);
  for (const sheet of spec.sheets) renderSheet(wb, sheet, spec, styles, titleOf);
  writeNames(wb, spec, titleOf);
  keepSheetLinksInternal(wb);
  return wb;
}

/** The .xlsx file for a spec. */
export async function renderXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const buffer = await buildExcelWorkbook(spec).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Sheet id → title: the one lookup links and names are written through. */
function sheetTitles(spec: WorkbookSpec): (id: string) => string {
  const titles = new Map(spec.sheets.map((s) => [s.id, s.title]));
  return (id) => {
    const title = titles.get(id);
    if (title === undefined) throw new Error(`the spec has no sheet ${id}`);
    return title;
  };
}

/** The scrolling pane starts at the first column (and the frozen rows' next), the cell selected. */
function opensAt(at: NonNullable<SheetSpec['opensAt']>, frozenRows: number) {
  return { topLeftCell: cellRef(frozenRows + 1, at.firstCol), activeCell: cellRef(at.row, at.col) };
}

function renderSheet(
  wb: ExcelJS.Workbook,
  sheet: SheetSpec,
  spec: WorkbookSpec,
  styles: Styles,
  titleOf: (id: string) => string,
): void {
  const ws = wb.addWorksheet(sheet.title, {
    properties: sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor}` } } : {},
    views: [
      {
        state: sheet.freeze ? 'frozen' : 'normal',
        xSplit: sheet.freeze?.cols ?? 0,
        ySplit: sheet.freeze?.rows ?? 0,
        rightToLeft: sheet.rightToLeft ?? false,
        ...(sheet.opensAt ? opensAt(sheet.opensAt, sheet.freeze?.rows ?? 0) : {}),
      },
    ],
  });
  if (sheet.print) writePrint(ws, sheet.print);
  for (const { col, width } of sheet.columnWidths) ws.getColumn(col).width = writtenWidth(width);
  for (const { row, height } of sheet.rowHeights) ws.getRow(row).height = height;
  forEachCell(sheet, (row, col, cell) =>
    writeCell(ws.getRow(row).getCell(col), cell, spec, styles, titleOf),
  );
  for (const range of sheet.merges) ws.mergeCells(range);
  // Outline groups: their columns and rows at level 1, hidden (collapsed).
  const grouped = { outlineLevel: 1, hidden: true };
  for (const { from, to } of sheet.columnGroups ?? []) {
    for (let c = from; c <= to; c++) Object.assign(ws.getColumn(c), grouped);
    ws.properties.outlineLevelCol = 1;
  }
  for (const { from, to } of sheet.rowGroups ?? []) {
    for (let r = from; r <= to; r++) Object.assign(ws.getRow(r), grouped);
    ws.properties.outlineLevelRow = 1;
  }
  writeRules(ws, sheet);
  addValidations(ws, sheet, spec);
}

const unpinned = (ref: string) => ref.replace(/\$/g, '');

/** A4, the margins, header and footer every sheet shares, and the sheet's own setup. */
function writePrint(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  Object.assign(ws.pageSetup, {
    paperSize: PAPER_CODE,
    orientation: print.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: print.pagesTall,
    margins: MARGINS,
    // ExcelJS puts a $ before each corner: "A$1:L$68" becomes the absolute $A$1:$L$68.
    ...(print.area ? { printArea: print.area.replace(/(\d+)/g, '$$$1') } : {}),
    // ExcelJS writes the $ itself.
    ...(print.titleRows ? { printTitlesRow: unpinned(titleSpan(print.titleRows, false)) } : {}),
    ...(print.titleColumns
      ? { printTitlesColumn: unpinned(titleSpan(print.titleColumns, true)) }
      : {}),
  });
  ws.headerFooter.oddHeader = `&C${PAGE_HEADER}`;
  ws.headerFooter.oddFooter = `&C${PAGE_FOOTER}`;
}

/**
 * ExcelJS leaves out a column exactly 9 characters wide, its own default, but Excel's default
 * is 8.43: such a column would open 64 px wide instead of 68. It is written a hair wider.
 */
const writtenWidth = (width: number) => (width === 9 ? 9.0001 : width);

function writeCell(
  target: ExcelJS.Cell,
  cell: Cell,
  spec: WorkbookSpec,
  styles: Styles,
  titleOf: (id: string) => string,
): void {
  const formula = hostFormula(cell, spec.formulaStyle, 'xlsx');
  if (formula !== undefined) {
    target.value = { formula } as ExcelJS.CellFormulaValue;
  } else if (cell.linkToSheet !== undefined) {
    target.value = {
      text: hostText(String(cell.value ?? ''), 'xlsx'),
      hyperlink: `${sheetPrefix(titleOf(cell.linkToSheet))}A1`,
    };
  } else if (typeof cell.value === 'string') {
    target.value = hostText(cell.value, 'xlsx');
  } else if (cell.value !== undefined && cell.value !== null) {
    target.value = cell.value;
  }
  if (!cell.style) return;
  const style = styles.get(cell.style);
  if (!style) throw new Error(`unknown style "${cell.style}"`);
  target.style = style;
}

/** Rules that share a range go into one block, in the spec's priority order. */
function writeRules(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  const byRange = new Map<string, ExcelJS.ConditionalFormattingRule[]>();
  sheet.conditionalRules.forEach((rule, i) => {
    const rules = byRange.get(rule.range) ?? [];
    rules.push({
      type: 'expression',
      priority: i + 1,
      formulae: [fileFormula(rule.formula)],
      style: ruleStyle(rule.format),
    });
    byRange.set(rule.range, rules);
  });
  for (const [ref, rules] of byRange) ws.addConditionalFormatting({ ref, rules });
}

/**
 * ExcelJS keeps defined names cell by cell, which costs millions of entries for a day-scale
 * Gantt grid; the names are given to its writer as ranges instead.
 */
function writeNames(wb: ExcelJS.Workbook, spec: WorkbookSpec, titleOf: (id: string) => string) {
  const model = spec.names.map((n) => ({
    name: n.name,
    ranges: [`${sheetPrefix(titleOf(n.sheetId))}${n.ref}`],
  }));
  Object.defineProperty(wb.definedNames, 'model', { get: () => model, configurable: true });
}
