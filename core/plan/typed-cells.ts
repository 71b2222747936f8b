/**
 * A plan's typed cells validated (`cells`, what `planbook read` found typed in a workbook's
 * input cells): each a sheet id, an A1 address and a text, number, true/false or blank.
 */
import type { FieldReader } from './fields';
import { MAX_CELL_TEXT, MAX_TYPED_CELLS } from './limits';
import type { TypedCell } from './types';

/** Typed cells: a sheet id, an A1 address and a text, number, true/false or blank. */
export function readTypedCells(r: FieldReader, value: unknown): TypedCell[] {
  const list = r.array('cells', value, MAX_TYPED_CELLS, 'what.cells') ?? [];
  return list.flatMap((item, i) => {
    const path = `cells[${i}]`;
    const raw = r.item(path, item);
    if (!raw) return [];
    r.knownKeys(path, raw, ['sheet', 'cell', 'value']);
    const sheet = r.text(`${path}.sheet`, raw.sheet, { max: 40, required: true });
    const cell = r.text(`${path}.cell`, raw.cell, { max: 12, required: true });
    if (cell !== undefined && !/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(cell)) {
      r.error(`${path}.cell`, r.t('error.cellAddress', { cell }));
    }
    const v = raw.value;
    const ok =
      v === null ||
      typeof v === 'boolean' ||
      (typeof v === 'number' && Number.isFinite(v)) ||
      (typeof v === 'string' && r.text(`${path}.value`, v, { max: MAX_CELL_TEXT }) !== undefined) ||
      v === '';
    if (!ok && typeof v !== 'string') r.error(`${path}.value`, r.t('error.cellValue'));
    return sheet && cell && ok ? [{ sheet, cell, value: v as TypedCell['value'] }] : [];
  });
}
