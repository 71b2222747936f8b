/**
 * Each host's workbook read back into the contract's shape (model.ts): the fake spreadsheet,
 * the fake Excel workbook, and an .xlsx file as ExcelJS loads it.
 */
import ExcelJS from 'exceljs';
import { cellRef, columnNumber } from '../../core/workbook/a1';
import { widthInPixels } from '../../core/workbook/host';
import type { XBook } from '../fakes/excel/model';
import type { FakeSpreadsheet } from '../fakes/spreadsheet-app';
import {
  cellsOf,
  contractCell,
  printSummary,
  type ContractCell,
  type ContractSheet,
  type ContractWorkbook,
} from './model';

const unpinned = (ref: string) => ref.replace(/\$/g, '');

function cellsFrom(entries: Iterable<[string, ContractCell]>): Record<string, ContractCell> {
  const cells: Record<string, ContractCell> = {};
  for (const [key, cell] of entries) {
    const got = contractCell(cell);
    if (got) cells[key] = got;
  }
  return cells;
}

/** The fake SpreadsheetApp's spreadsheet. */
export function readSheets(book: FakeSpreadsheet): ContractWorkbook {
  return {
    sheets: book.sheets.map((s): ContractSheet => ({
      title: s.name,
      cells: cellsFrom(
        [...s.cells].map(([key, c]) => [
          key,
          { ...c, fill: c.background ?? undefined, bold: c.fontWeight === 'bold' },
        ]),
      ),
      merges: [...s.merges].sort(),
      freeze: [s.frozenRows, s.frozenColumns],
      widths: Object.fromEntries(s.widths),
      rules: s.rules.map((r) => [
        String(r.formulaSatisfied).replace(/^=/, ''),
        (r.ranges as { a1(): string }[])[0].a1(),
      ]),
      validated: [...s.cells]
        .filter(([, c]) => c.validation)
        .map(([key]) => key)
        .sort(),
      // Apps Script has no page setup: Sheets prints with what its print dialog is given.
      hidden: [...s.hiddenColumns].sort((a, b) => a - b),
      groups: s.columnGroups.map((g) => `${g.from}:${g.to}`),
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
      rowGroups: s.rowGroups.map((g) => `${g.from}:${g.to}`),
    })),
    names: Object.fromEntries([...book.names].map(([n, r]) => [n, `${r.sheet.name}!${r.a1()}`])),
  };
}

/** The fake Excel workbook (widths in points: three quarters of a pixel each). */
export function readExcel(book: XBook): ContractWorkbook {
  return {
    sheets: book.sheets.map((s): ContractSheet => ({
      title: s.name,
      cells: cellsFrom(
        [...s.cells].map(([key, c]) => [key, { ...c, fill: c.format.fill, bold: c.format.bold }]),
      ),
      merges: [...s.merges].sort(),
      freeze: [s.freeze.rows, s.freeze.cols],
      widths: Object.fromEntries([...s.widths].map(([c, pt]) => [c, Math.round(pt / 0.75)])),
      rules: [...s.rules]
        .sort((a, b) => a.priority - b.priority)
        .map((r) => [String(r.formula).replace(/^=/, ''), r.range]),
      validated: [...new Set(s.validations.flatMap((v) => cellsOf(v.range)))].sort(),
      hidden: [...s.hidden].sort((a, b) => a - b),
      groups: s.groups.map((g) => g.split(':').map(columnNumber).join(':')),
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
      rowGroups: s.rowGroups,
      print: excelPrint(s.page),
    })),
    names: Object.fromEntries(
      [...book.names].map(([n, r]) => [n, `${r.sheet.name}!${unpinned(r.address)}`]),
    ),
  };
}

/** The fake Excel sheet's page layout, as set through Excel.PageLayout. */
function excelPrint(page: Record<string, unknown>): string | undefined {
  if (Object.keys(page).length === 0) return undefined;
  const zoom = page.zoom as { horizontalFitToPages: number; verticalFitToPages: number };
  return printSummary({
    paper: String(page.paperSize),
    landscape: page.orientation === 'Landscape',
    wide: zoom.horizontalFitToPages,
    tall: zoom.verticalFitToPages,
    left: Number(page.leftMargin) / 72,
    area: page.printArea as string | undefined,
    titleRows: page.printTitleRows as string | undefined,
    titleColumns: page.printTitleColumns as string | undefined,
    header: String(page.centerHeader),
    footer: String(page.centerFooter),
  });
}

/** An .xlsx sheet's page setup as ExcelJS reads it. */
function xlsxPrint(ws: ExcelJS.Worksheet): string | undefined {
  const p = ws.pageSetup;
  if (!p.fitToPage) return undefined;
  const centre = (text: string | undefined) => (text ?? '').replace(/^&C/, '');
  return printSummary({
    paper: p.paperSize === 9 ? 'A4' : String(p.paperSize),
    landscape: p.orientation === 'landscape',
    wide: p.fitToWidth ?? 1,
    tall: p.fitToHeight ?? 1,
    left: p.margins?.left ?? 0.7,
    area: p.printArea,
    titleRows: p.printTitlesRow,
    titleColumns: p.printTitlesColumn,
    header: centre(ws.headerFooter.oddHeader),
    footer: centre(ws.headerFooter.oddFooter),
  });
}

/** A value as ExcelJS reads it back: dates as serials, links as their text. */
function xlsxValue(v: ExcelJS.CellValue): ContractCell {
  if (v instanceof Date) return { value: v.getTime() / 86400000 + 25569 };
  if (v && typeof v === 'object' && 'formula' in v) return { formula: String(v.formula) };
  if (v && typeof v === 'object' && 'text' in v) return { value: String(v.text) };
  return { value: v as string | number | boolean | undefined };
}

type ExcelJSRules = { ref: string; rules: { priority: number; formulae?: string[] }[] }[];

/** Hidden lines (columns or rows) of n, and runs of them at outline level 1, as groups. */
function outlineOf(
  n: number,
  line: (i: number) => { hidden?: boolean; outlineLevel?: number },
): { hidden: number[]; groups: string[] } {
  const hidden: number[] = [];
  const groups: string[] = [];
  let start = 0;
  for (let i = 1; i <= n + 1; i++) {
    const at = i <= n ? line(i) : {};
    if (at.hidden) hidden.push(i);
    const grouped = (at.outlineLevel ?? 0) > 0;
    if (grouped && start === 0) start = i;
    if (!grouped && start > 0) {
      groups.push(`${start}:${i - 1}`);
      start = 0;
    }
  }
  return { hidden, groups };
}

/** The sheet's hidden and grouped columns and rows. */
function outline(ws: ExcelJS.Worksheet) {
  const columns = outlineOf(ws.columnCount, (c) => ws.getColumn(c));
  const rows = outlineOf(ws.rowCount, (r) => ws.getRow(r));
  return { ...columns, hiddenRows: rows.hidden, rowGroups: rows.groups };
}

/** An .xlsx file as ExcelJS loads it. */
export async function readXlsx(bytes: Uint8Array): Promise<ContractWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets: ContractSheet[] = [];
  wb.eachSheet((ws) => {
    const cells: [string, ContractCell][] = [];
    // Rows and cells that hold only a format count too.
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const fill = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
        const bold = cell.font?.bold;
        cells.push([
          cellRef(r, c),
          { ...xlsxValue(cell.value), numberFormat: cell.numFmt, fill, bold },
        ]);
      }),
    );
    const view = ws.views[0] as { xSplit?: number; ySplit?: number } | undefined;
    const model = ws.model as unknown as { merges?: string[] };
    const rules = (ws as unknown as { conditionalFormattings: ExcelJSRules }).conditionalFormattings
      .flatMap((block) => block.rules.map((rule) => ({ ...rule, ref: block.ref })))
      .sort((a, b) => a.priority - b.priority);
    const validations = (ws as unknown as { dataValidations: { model: Record<string, unknown> } })
      .dataValidations.model;
    const widths: Record<number, number> = {};
    for (let c = 1; c <= ws.columnCount; c++) {
      const width = ws.getColumn(c).width;
      if (width !== undefined) widths[c] = widthInPixels(width);
    }
    sheets.push({
      title: ws.name,
      cells: cellsFrom(cells),
      merges: [...(model.merges ?? [])].sort(),
      freeze: [view?.ySplit ?? 0, view?.xSplit ?? 0],
      widths,
      rules: rules.map((r) => [r.formulae?.[0] ?? '', r.ref]),
      validated: [
        ...new Set(Object.keys(validations).flatMap((ref) => ref.split(/\s+/).flatMap(cellsOf))),
      ].sort(),
      ...outline(ws),
      print: xlsxPrint(ws),
    });
  });
  const names: Record<string, string> = {};
  for (const { name, ranges } of wb.definedNames.model) {
    const [title, ref] = ranges[0].split('!');
    names[name] = `${title.replace(/^'|'$/g, '').replace(/''/g, "'")}!${unpinned(ref)}`;
  }
  return { sheets, names };
}
