/**
 * Each host's workbook read back into the contract's shape (model.ts): the fake spreadsheet,
 * the fake Excel workbook, and an .xlsx file as ExcelJS loads it.
 */
import ExcelJS from 'exceljs';
import { cellRef } from '../../core/workbook/a1';
import { widthInPixels } from '../../core/workbook/host';
import type { XBook } from '../fakes/excel/model';
import type { FakeSpreadsheet } from '../fakes/spreadsheet-app';
import {
  cellsOf,
  contractCell,
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
    })),
    names: Object.fromEntries(
      [...book.names].map(([n, r]) => [n, `${r.sheet.name}!${unpinned(r.address)}`]),
    ),
  };
}

/** A value as ExcelJS reads it back: dates as serials, links as their text. */
function xlsxValue(v: ExcelJS.CellValue): ContractCell {
  if (v instanceof Date) return { value: v.getTime() / 86400000 + 25569 };
  if (v && typeof v === 'object' && 'formula' in v) return { formula: String(v.formula) };
  if (v && typeof v === 'object' && 'text' in v) return { value: String(v.text) };
  return { value: v as string | number | boolean | undefined };
}

type ExcelJSRules = { ref: string; rules: { priority: number; formulae?: string[] }[] }[];

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
    });
  });
  const names: Record<string, string> = {};
  for (const { name, ranges } of wb.definedNames.model) {
    const [title, ref] = ranges[0].split('!');
    names[name] = `${title.replace(/^'|'$/g, '').replace(/''/g, "'")}!${unpinned(ref)}`;
  }
  return { sheets, names };
}
