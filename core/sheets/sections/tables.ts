/** A titled table of empty input rows, the shape of most planning questions. */
import type { SheetBuilder } from '../../workbook/builder';
import { header, input, label, type SheetContext } from '../context';

/**
 * Writes the table titled t(key) from `row`: a header from t(`${key}.${column}`) and `rows`
 * empty input rows; returns the row after it.
 */
export function inputTable(
  sheet: SheetBuilder,
  ctx: SheetContext,
  row: number,
  key: string,
  columns: string[],
  rows: number,
): number {
  sheet.cell(row, 1, label(ctx.t(key), 'section'));
  sheet.row(
    row + 1,
    1,
    columns.map((c) => header(ctx.t(`${key}.${c}`))),
  );
  sheet.block(
    row + 2,
    1,
    Array.from({ length: rows }, () => columns.map(() => input(null))),
  );
  return row + 2 + rows;
}
