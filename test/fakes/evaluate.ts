/**
 * What a fake host's workbook computes, by HyperFormula: the sheets' cells (formulas and
 * values) and the workbook's names, whichever fake holds them.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { parseCell, parseRange, rangeRef, sheetPrefix } from '../../core/workbook/a1';

export interface StoredSheet {
  name: string;
  cells: Map<string, { value?: string | number | boolean; formula?: string }>;
}

/** A sheet's cells as a dense grid of "=formula" or values (text marked as text). */
export function gridOf(sheet: StoredSheet): (string | number | boolean | null)[][] {
  const grid: (string | number | boolean | null)[][] = [];
  for (const [key, cell] of sheet.cells) {
    const { row, col } = parseCell(key);
    if (cell.formula === undefined && cell.value === undefined) continue;
    const line = (grid[row - 1] ??= []);
    line[col - 1] =
      cell.formula !== undefined
        ? `=${cell.formula}`
        : typeof cell.value === 'string'
          ? `'${cell.value}`
          : (cell.value as number | boolean);
  }
  for (let r = 0; r < grid.length; r++) grid[r] = Array.from(grid[r] ?? [], (v) => v ?? null);
  return grid;
}

/** Every error HyperFormula finds, as "Sheet!R3C4: #DIV/0!". `names`: name, sheet, A1 range. */
export function errorsOfSheets(sheets: StoredSheet[], names: [string, string, string][]): string[] {
  const hf = HyperFormula.buildFromSheets(
    Object.fromEntries(sheets.map((s) => [s.name, gridOf(s)])),
    { licenseKey: 'gpl-v3', maxRows: 100000, maxColumns: 20000 },
    names.map(([name, sheet, address]) => {
      const r = parseRange(address.replace(/\$/g, ''));
      return {
        name,
        expression: `=${sheetPrefix(sheet)}${rangeRef(r.row1, r.col1, r.row2, r.col2, true)}`,
      };
    }),
  );
  const found: string[] = [];
  for (const sheet of sheets) {
    hf.getSheetValues(hf.getSheetId(sheet.name) as number).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v instanceof DetailedCellError)
          found.push(`${sheet.name}!R${r + 1}C${c + 1}: ${v.value}`);
      }),
    );
  }
  hf.destroy();
  return found;
}
