/**
 * Reading the fake spreadsheet back in tests: a sheet as HyperFormula's grid (formulas and
 * values, with the spreadsheet's named ranges), and a snapshot of everything to compare.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { parseCell, rangeRef, sheetPrefix } from '../../core/workbook/a1';
import type { FakeSheet, FakeSpreadsheet } from './spreadsheet-app';

/** A sheet's cells as a dense grid of "=formula" or values. */
export function gridOf(sheet: FakeSheet): (string | number | boolean | null)[][] {
  const grid: (string | number | boolean | null)[][] = [];
  for (const [key, cell] of sheet.cells) {
    const { row, col } = parseCell(key);
    const content = cell.formula !== undefined ? `=${cell.formula}` : (cell.value ?? null);
    if (content === null) continue;
    const line = (grid[row - 1] ??= []);
    // Text stays text in HyperFormula too: an apostrophe marks it, as Sheets' own does.
    line[col - 1] =
      typeof content === 'string' && cell.formula === undefined ? `'${content}` : content;
  }
  for (let r = 0; r < grid.length; r++) grid[r] = Array.from(grid[r] ?? [], (v) => v ?? null);
  return grid;
}

/** Every error HyperFormula finds when it computes the fake spreadsheet. */
export function errorsOf(book: FakeSpreadsheet): string[] {
  const hf = HyperFormula.buildFromSheets(
    Object.fromEntries(book.sheets.map((s) => [s.name, gridOf(s)])),
    { licenseKey: 'gpl-v3', maxRows: 100000, maxColumns: 20000 },
    [...book.names].map(([name, range]) => ({
      name,
      expression: `=${sheetPrefix(range.sheet.name)}${rangeRef(range.row, range.col, range.row + range.rows - 1, range.col + range.cols - 1, true)}`,
    })),
  );
  const found: string[] = [];
  for (const sheet of book.sheets) {
    const id = hf.getSheetId(sheet.name) as number;
    hf.getSheetValues(id).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v instanceof DetailedCellError)
          found.push(`${sheet.name}!R${r + 1}C${c + 1}: ${v.value}`);
      }),
    );
  }
  hf.destroy();
  return found;
}

/** Everything the fake spreadsheet holds, as plain data: equal snapshots, equal spreadsheets. */
export function snapshotOf(book: FakeSpreadsheet): unknown {
  return {
    sheets: book.sheets.map((s) => ({
      name: s.name,
      size: [s.maxRows, s.maxColumns],
      cells: [...s.cells].sort(([a], [b]) => a.localeCompare(b)),
      merges: [...s.merges],
      rules: s.rules.length,
      frozen: [s.frozenRows, s.frozenColumns],
      widths: [...s.widths],
      heights: [...s.heights],
      rightToLeft: s.rightToLeft,
      tabColor: s.tabColor,
    })),
    names: [...book.names].map(([name, r]) => [name, r.sheet.name, r.a1()]),
  };
}
