/**
 * Another sheet reading a cell of the Control sheet (a stage's KPIs, a channel's results): the
 * cell's value, blank where it is blank (a bare reference would show 0).
 */
import { cellRef, sheetPrefix } from '../../workbook/a1';
import type { SheetContext } from '../context';
import { CONTROL_COLUMNS, type ControlColumn } from '../layouts/control';

export function fromControl(ctx: SheetContext, row: number, column: ControlColumn): string {
  const cell = `${sheetPrefix(ctx.titleOf('control'))}${cellRef(row, CONTROL_COLUMNS[column])}`;
  return `IF(${cell}="","",${cell})`;
}
