/**
 * The Control sheet follows the Objectives sheet's KPI with no regeneration: a marketer opens
 * the .xlsx, picks another KPI for an objective from the drop-down, and LibreOffice recomputes
 * the objective's Control row as that KPI — its id, name, unit, direction, actual and status.
 */
import ExcelJS from 'exceljs';
import { SAMPLE_PLAN } from '../../core/plan/sample';
import { CONTROL_COLUMNS as C } from '../../core/sheets/layouts/control';
import { parseRange } from '../../core/workbook/a1';
import { renderXlsx } from '../../core/xlsx';
import { specOf } from '../helpers';
import { hasLibreOffice, recalculate } from './libreoffice';
import { libreOfficeReader, sameValue } from './reader';

const describeLo = hasLibreOffice() ? describe : describe.skip;

describeLo('changing an objective’s KPI in the workbook', () => {
  const spec = specOf(SAMPLE_PLAN);
  const ref = (name: string) => parseRange(spec.names.find((n) => n.name === name)!.ref);
  let read: ReturnType<typeof libreOfficeReader>;

  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await renderXlsx(spec)) as unknown as ArrayBuffer);
    const kpis = ref('Objectives_KPI');
    const objectives = book.getWorksheet('Objectives')!;
    // Objective 1 (revenue, a volume) becomes a rate; objective 2 (conversion rate) a volume.
    objectives.getCell(kpis.row1, kpis.col1).value = 'Cost per acquisition';
    objectives.getCell(kpis.row1 + 1, kpis.col1).value = 'Orders';
    const edited = new Uint8Array(await book.xlsx.writeBuffer());
    read = libreOfficeReader(spec, recalculate(edited, 'kpi-change'));
  });

  /** The Control row that was revenue's, and the one that was the conversion rate's. */
  const rowOf = (id: string) => {
    const ids = ref('KPI_ID');
    for (let row = ids.row1; row <= ids.row2; row++) {
      if (read('control', row, C.kpi) === id) return row;
    }
    throw new Error(`no Control row computes ${id}`);
  };

  it('recomputes the first objective’s row as CPA: a rate, lower is better', () => {
    const row = rowOf('cpa');
    const at = (c: number) => read('control', row, c);
    expect([at(C.name), at(C.unit), at(C.direction), at(C.directionCode)]).toEqual([
      'Cost per acquisition',
      'money',
      'Lower is better',
      'lower',
    ]);
    // Marketing cost (media and other) over conversions, January and February.
    expect(sameValue(at(C.actual), 8200 / 520)).toBe(true);
    expect([at(C.numerator), at(C.denominator)]).toEqual(['marketing_cost', 'conversions']);
    // Its baseline and target (100,000 → 150,000) stay the objective's: far above 15.77.
    expect(at(C.status)).toBe('GREEN');
    expect(at(C.pace)).toBeNull();
  });

  it('recomputes the second objective’s row as orders: a volume with a phased target', () => {
    const row = rowOf('orders');
    const at = (c: number) => read('control', row, c);
    expect([at(C.name), at(C.unit), at(C.directionCode)]).toEqual(['Orders', 'count', 'higher']);
    expect(at(C.actual)).toBe(520);
    // The target (0.025) due by 28 February: 56 of the objective's 178 days.
    expect(sameValue(at(C.targetToDate), (0.025 * 56) / 178)).toBe(true);
    expect(at(C.denominator)).toBeNull();
  });
});
