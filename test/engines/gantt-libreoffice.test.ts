/**
 * The Gantt's conditional formats as LibreOffice evaluates them: each bar rule's formula,
 * shifted to every timeline cell as a spreadsheet applies it, is written into probe cells below
 * the tasks of the .xlsx (one formula per cell naming the first rule that holds, and one for
 * the baseline mark); LibreOffice recalculates, and the drawn grid must be the one
 * HyperFormula draws (gantt-bars.test.ts) for days off, the Nowruz closure, the critical path
 * and the baseline marks.
 */
import ExcelJS from 'exceljs';
import { parseRange, stringLiteral } from '../../core/workbook/a1';
import { renderXlsx } from '../../core/xlsx';
import { specOf } from '../helpers';
import { hasLibreOffice, recalculate } from './libreoffice';
import { IRAN_BASELINE, IRAN_DRAWN, IRAN_PLAN, LETTER } from './gantt-fixtures';
import { shiftFormula } from './shift';

const describeLo = hasLibreOffice() ? describe : describe.skip;

describeLo('the Gantt drawn by LibreOffice', () => {
  it('shades the Friday weekend and Nowruz, and draws the critical path and baseline marks', async () => {
    const spec = specOf({ ...IRAN_PLAN, timeline: 'day' });
    const sheet = spec.sheets.find((s) => s.id === 'schedule')!;
    const grid = parseRange(spec.names.find((n) => n.name === 'Timeline_Grid')!.ref);
    const rules = sheet.conditionalRules.filter((r) => r.id in LETTER);
    const baseline = sheet.conditionalRules.find((r) => r.id === 'gantt.baseline')!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await renderXlsx(spec)) as unknown as ArrayBuffer);
    const ws = book.getWorksheet(sheet.title)!;
    // The task rows (the spare rows below them draw no bar: gantt-bars.test.ts).
    const rows = IRAN_DRAWN.length;
    // Probe rows below the table: first the bars, then the baseline marks.
    const probe = grid.row2 + 3;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c <= grid.col2 - grid.col1; c++) {
        const at = (f: string) => shiftFormula(f, r, c);
        const bar = rules.reduceRight(
          (rest, rule) => `IF(${at(rule.formula)},${stringLiteral(LETTER[rule.id])},${rest})`,
          '"."',
        );
        ws.getCell(probe + r, grid.col1 + c).value = { formula: bar } as ExcelJS.CellFormulaValue;
        ws.getCell(probe + rows + r, grid.col1 + c).value = {
          formula: `IF(${at(baseline.formula)},"|",".")`,
        } as ExcelJS.CellFormulaValue;
      }
    }
    const sheets = recalculate(new Uint8Array(await book.xlsx.writeBuffer()), 'gantt-probe');
    const csv = sheets.get(sheet.title)!;
    const line = (row: number) => csv[row - 1].slice(grid.col1 - 1, grid.col2).join('');
    const drawn = Array.from({ length: rows }, (_, r) => line(probe + r).slice(0, 26));
    const marks = Array.from({ length: rows }, (_, r) => line(probe + rows + r).indexOf('|'));
    expect(drawn).toEqual(IRAN_DRAWN);
    expect(marks).toEqual(IRAN_BASELINE);
  });
});
