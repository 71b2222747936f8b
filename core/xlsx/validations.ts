/** Data validations in ExcelJS's terms, from core/workbook's normalized validations. */
import type ExcelJS from 'exceljs';
import { dateOfSerial } from '../dates/serial';
import type { SheetSpec, WorkbookSpec } from '../workbook/spec';
import { normalizeValidation } from '../workbook/validation';

/** ExcelJS's typings lack the worksheet's dataValidations collection. */
type WithValidations = {
  dataValidations: { add(ref: string, dv: ExcelJS.DataValidation): void };
};

export function addValidations(
  ws: ExcelJS.Worksheet,
  sheet: SheetSpec,
  spec: Pick<WorkbookSpec, 'names' | 'sheets'>,
): void {
  for (const v of sheet.validations.map((x) => normalizeValidation(x, spec))) {
    const base = { allowBlank: v.allowBlank, showErrorMessage: true };
    let dv: ExcelJS.DataValidation;
    if (v.kind === 'list') {
      // The name, not its address: the drop-down follows the list when the name is redefined.
      dv = { ...base, type: 'list', formulae: [v.source.name] };
    } else if (v.kind === 'choice') {
      dv = { ...base, type: 'list', formulae: [`"${v.values.join(',')}"`] };
    } else if (v.kind === 'date') {
      const [min, max] = [dateOfSerial(v.min), dateOfSerial(v.max)];
      dv = { ...base, type: 'date', operator: 'between', formulae: [min, max] };
    } else {
      const type = v.integer ? 'whole' : 'decimal';
      dv =
        v.max === null
          ? { ...base, type, operator: 'greaterThanOrEqual', formulae: [v.min] }
          : { ...base, type, operator: 'between', formulae: [v.min, v.max] };
    }
    (ws as unknown as WithValidations).dataValidations.add(v.range, dv);
  }
}
