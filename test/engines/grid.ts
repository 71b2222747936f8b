/** Flattens a sheet spec's blocks into a dense grid of cell contents ("=formula" or a value). */
import type { Cell, CellValue, SheetSpec } from '../../core/workbook/spec';

export type Content = CellValue | undefined;

export function sheetGrid(sheet: SheetSpec): Content[][] {
  const grid: Content[][] = [];
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, r) => {
      const row = (grid[block.row - 1 + r] ??= []);
      cells.forEach((cell, c) => {
        if (cell) row[block.col - 1 + c] = content(cell);
      });
    });
  }
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return grid.map((row) => Array.from(row, (v) => (v === undefined ? null : v)));
}

/** Text that looks like a formula is written as text, as every renderer must (DESIGN.md). */
function content(cell: Cell): Content {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  if (typeof cell.value === 'string' && /^[=]/.test(cell.value)) return `'${cell.value}`;
  return cell.value ?? null;
}

/** Every formula of a sheet with its cell's position (1-based). */
export function sheetFormulas(sheet: SheetSpec): { row: number; col: number; formula: string }[] {
  const out: { row: number; col: number; formula: string }[] = [];
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell?.formula !== undefined) {
          out.push({ row: block.row + r, col: block.col + c, formula: cell.formula });
        }
      }),
    );
  }
  return out;
}
