/** Reading a generated sheet spec in tests: cells by position, names by name. */
import { parseRange } from '../../../core/workbook/a1';
import type { Cell, SheetSpec, WorkbookSpec } from '../../../core/workbook/spec';

export function sheetOf(spec: WorkbookSpec, id: string): SheetSpec {
  const sheet = spec.sheets.find((s) => s.id === id);
  if (!sheet) throw new Error(`no sheet ${id}`);
  return sheet;
}

export function cellAt(sheet: SheetSpec, row: number, col: number): Cell | undefined {
  let found: Cell | undefined;
  for (const b of sheet.blocks) {
    const cell = b.cells[row - b.row]?.[col - b.col];
    if (cell) found = cell;
  }
  return found;
}

export function nameRange(spec: WorkbookSpec, name: string) {
  const n = spec.names.find((x) => x.name === name);
  if (!n) throw new Error(`no name ${name}`);
  return { sheetId: n.sheetId, ...parseRange(n.ref) };
}

/** The cells of a one-column workbook name. */
export function columnCells(spec: WorkbookSpec, name: string): (Cell | undefined)[] {
  const r = nameRange(spec, name);
  const sheet = sheetOf(spec, r.sheetId);
  const cells = [];
  for (let row = r.row1; row <= r.row2; row++) cells.push(cellAt(sheet, row, r.col1));
  return cells;
}
