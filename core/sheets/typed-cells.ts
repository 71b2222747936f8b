/**
 * The plan's typed cells (`cells`, what `planbook read` found typed in a workbook's input cells
 * beyond the plan's other fields) written over the built workbook: each onto the input cell at
 * its sheet and address. A cell that is not an input cell of this workbook — a formula, a label,
 * nothing, a sheet this framework does not have — is left out with a warning naming it.
 */
import { parseRange } from '../workbook/a1';
import type { Cell, WorkbookSpec } from '../workbook/spec';
import type { PlanError, TypedCell } from '../plan/types';
import type { Translate } from '../i18n';

export function writeTypedCells(spec: WorkbookSpec, cells: TypedCell[], t: Translate): PlanError[] {
  if (cells.length === 0) return [];
  const warnings: PlanError[] = [];
  // Each sheet's cells by address, looked up once.
  const bySheet = new Map<string, Map<string, Cell>>();
  const cellsOf = (sheetId: string) => {
    let found = bySheet.get(sheetId);
    if (found) return found;
    found = new Map();
    const sheet = spec.sheets.find((s) => s.id === sheetId);
    for (const block of sheet?.blocks ?? []) {
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell) found!.set(`${block.row + r}:${block.col + c}`, cell);
        }),
      );
    }
    bySheet.set(sheetId, found);
    return found;
  };
  cells.forEach((typed, i) => {
    const { row1, col1 } = parseRange(typed.cell);
    const cell = cellsOf(typed.sheet).get(`${row1}:${col1}`);
    if (!cell || cell.formula !== undefined || !cell.style?.startsWith('input')) {
      const message = t('warning.cellNotInput', { cell: typed.cell, sheet: typed.sheet });
      warnings.push({ path: `cells[${i}]`, message });
      return;
    }
    cell.value = typed.value === '' ? null : typed.value;
  });
  return warnings;
}
