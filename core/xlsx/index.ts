/**
 * core/xlsx: renders a WorkbookSpec as .xlsx bytes with ExcelJS, in Node and in the browser.
 * Strings are always written as text cells, so user text beginning with = + - @ stays text.
 */
import ExcelJS from 'exceljs';
import { sheetPrefix } from '../workbook/a1';
import type { Cell, SheetSpec, Validation, WorkbookSpec } from '../workbook/spec';
import { makeSheetLinksInternal } from './internal-links';
import { excelStyle, ruleStyle } from './styles';

/** Builds the ExcelJS workbook for a spec (exposed for tests that inspect it). */
export function buildExcelWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'planbook';
  wb.title = spec.title;
  const styles = new Map(Object.entries(spec.styles).map(([k, s]) => [k, excelStyle(s)]));
  for (const sheet of spec.sheets) renderSheet(wb, sheet, styles);
  writeNames(wb, spec);
  return wb;
}

/** The .xlsx file for a spec. */
export async function renderXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const buffer = await buildExcelWorkbook(spec).xlsx.writeBuffer();
  return makeSheetLinksInternal(new Uint8Array(buffer as ArrayBuffer));
}

function renderSheet(
  wb: ExcelJS.Workbook,
  sheet: SheetSpec,
  styles: Map<string, Partial<ExcelJS.Style>>,
): void {
  const ws = wb.addWorksheet(sheet.title, {
    properties: sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor}` } } : {},
    views: [
      {
        state: sheet.freeze ? 'frozen' : 'normal',
        xSplit: sheet.freeze?.cols ?? 0,
        ySplit: sheet.freeze?.rows ?? 0,
        rightToLeft: sheet.rightToLeft ?? false,
      },
    ],
  });
  if (sheet.print) {
    ws.pageSetup.orientation = sheet.print.landscape ? 'landscape' : 'portrait';
    if (sheet.print.fitToWidth) {
      Object.assign(ws.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    }
  }
  for (const { col, width } of sheet.columnWidths) ws.getColumn(col).width = width;
  for (const { row, height } of sheet.rowHeights) ws.getRow(row).height = height;
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, r) => {
      const row = ws.getRow(block.row + r);
      cells.forEach((cell, c) => {
        if (cell) writeCell(row.getCell(block.col + c), cell, styles);
      });
    });
  }
  for (const range of sheet.merges) ws.mergeCells(range);
  writeRules(ws, sheet);
  for (const v of sheet.validations) addValidation(ws, v);
}

/**
 * A string as a cell holds it: Excel and ExcelJS read _xHHHH_ in a cell's text as the character
 * U+HHHH, so a literal "_x0041_" is written with its underscore escaped (_x005F_, which
 * LibreOffice reads too) and comes back as typed rather than as "A".
 */
export function ooxmlText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

function writeCell(
  target: ExcelJS.Cell,
  cell: Cell,
  styles: Map<string, Partial<ExcelJS.Style>>,
): void {
  if (cell.formula !== undefined) {
    target.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
  } else if (cell.linkToSheet !== undefined) {
    target.value = {
      text: ooxmlText(String(cell.value ?? '')),
      hyperlink: `${sheetPrefix(cell.linkToSheet)}A1`,
    };
  } else if (typeof cell.value === 'string') {
    target.value = ooxmlText(cell.value);
  } else if (cell.value !== undefined && cell.value !== null) {
    target.value = cell.value;
  }
  const style = cell.style ? styles.get(cell.style) : undefined;
  if (cell.style && !style) throw new Error(`unknown style "${cell.style}"`);
  if (style) target.style = style;
}

/** Rules that share a range go into one block, in the spec's priority order. */
function writeRules(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  const byRange = new Map<string, ExcelJS.ConditionalFormattingRule[]>();
  sheet.conditionalRules.forEach((rule, i) => {
    const rules = byRange.get(rule.range) ?? [];
    rules.push({
      type: 'expression',
      priority: i + 1,
      formulae: [rule.formula],
      style: ruleStyle(rule.format),
    });
    byRange.set(rule.range, rules);
  });
  for (const [ref, rules] of byRange) ws.addConditionalFormatting({ ref, rules });
}

function addValidation(ws: ExcelJS.Worksheet, v: Validation): void {
  const base = { allowBlank: true, showErrorMessage: true };
  let dv: ExcelJS.DataValidation;
  if (v.kind === 'list') {
    dv = { ...base, type: 'list', allowBlank: v.allowBlank ?? true, formulae: [v.source] };
  } else if (v.kind === 'date') {
    dv = {
      ...base,
      type: 'date',
      operator: 'greaterThan',
      formulae: [new Date(Date.UTC(1900, 0, 1))],
    };
  } else {
    const type = v.integer ? 'whole' : 'decimal';
    dv =
      v.max === undefined
        ? { ...base, type, operator: 'greaterThanOrEqual', formulae: [v.min ?? 0] }
        : { ...base, type, operator: 'between', formulae: [v.min ?? 0, v.max] };
  }
  (
    ws as unknown as { dataValidations: { add(ref: string, dv: ExcelJS.DataValidation): void } }
  ).dataValidations.add(v.range, dv);
}

/**
 * ExcelJS keeps defined names cell by cell, which costs millions of entries for a day-scale
 * Gantt grid; the names are given to its writer as ranges instead.
 */
function writeNames(wb: ExcelJS.Workbook, spec: WorkbookSpec): void {
  const titles = new Map(spec.sheets.map((s) => [s.id, s.title]));
  const model = spec.names.map((n) => ({
    name: n.name,
    ranges: [`${sheetPrefix(titles.get(n.sheetId) as string)}${n.ref}`],
  }));
  Object.defineProperty(wb.definedNames, 'model', { get: () => model, configurable: true });
}
