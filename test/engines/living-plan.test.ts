/**
 * A plan edited in the sheet as a marketer would, recalculated by spreadsheet engines: a
 * predecessor changed, a task typed into a spare row with two links of different types, a link
 * to an id no task holds. LibreOffice must give the dates, late finishes and slack worked out
 * by hand below, with no error cell; HyperFormula, which inserts rows as a spreadsheet does,
 * must flag the row below an inserted one.
 */
import ExcelJS from 'exceljs';
import { serialOf } from '../../core/dates/serial';
import { GANTT } from '../../core/sheets/layouts/schedule';
import { renderXlsx } from '../../core/xlsx';
import { specOf } from '../helpers';
import { evaluateSpec } from './hyperformula';
import { errorCells, hasLibreOffice, recalculate } from './libreoffice';
import { parseLibreOfficeText } from './reader';

const C = GANTT.col;
const day = (d: number) => serialOf(2027, 1, d);

/** Mon 4 January 2027, a Monday-to-Friday week with no holidays. */
const PLAN = {
  framework: 'sostac',
  period: { start: '2027-01-04', weeks: 4 },
  reportDate: '2027-01-04',
  tasks: [
    { id: 'A', name: 'Audit', stage: 'action', start: '2027-01-04', days: 3 },
    { id: 'B', name: 'Brief', stage: 'action', dependsOn: 'A', days: 2 },
    { id: 'C', name: 'Copy', stage: 'action', dependsOn: 'B', days: 1 },
    { id: 'D', name: 'Design', stage: 'action', dependsOn: 'ASS+1', days: 2 },
  ],
};
const row = (i: number) => GANTT.firstRow + i;

const describeLo = hasLibreOffice() ? describe : describe.skip;

describeLo('a plan edited in the sheet, recalculated by LibreOffice', () => {
  it('gives the dates, late finishes and slack a hand-worked schedule gives', async () => {
    const spec = specOf(PLAN);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await renderXlsx(spec)) as unknown as ArrayBuffer);
    const ws = book.getWorksheet('Schedule')!;
    const set = (r: number, col: number, value: string | number) => {
      ws.getCell(r, col).value = value;
    };
    // C now follows A instead of B.
    set(row(2), C.after1, 'A');
    // D also names a task no row holds.
    set(row(3), C.after2, 'ZZ');
    // A new task E in the first spare row: finish-to-finish after C with a lag of 2, and
    // finish-to-start after B a day late.
    const e = row(4);
    set(e, C.id, 'E');
    set(e, C.name, 'Email');
    set(e, C.days, 3);
    set(e, C.after1, 'C');
    set(e, C.type1, 'FF');
    set(e, C.lag1, 2);
    set(e, C.after2, 'B');
    set(e, C.lag2, 1);
    const sheets = recalculate(new Uint8Array(await book.xlsx.writeBuffer()), 'living-plan');
    expect(errorCells(sheets)).toEqual([]);
    const csv = sheets.get('Schedule')!;
    const at = (r: number, col: number) => parseLibreOfficeText(csv[r - 1]?.[col - 1] ?? '');
    const dates = (i: number) => [C.start, C.end, C.lateFinish, C.slack].map((c) => at(row(i), c));
    // A: Mon 4 – Wed 6; its followers B (FS), C (FS) and D (SS+1) keep it critical.
    expect(dates(0)).toEqual([day(4), day(6), day(6), 0]);
    // B: after A, Thu 7 – Fri 8; E waits for it a day after its end: critical.
    expect(dates(1)).toEqual([day(7), day(8), day(8), 0]);
    // C: now after A, Thu 7 for one day; E's FF+2 lets it finish by Tue 12: 3 days of slack.
    expect(dates(2)).toEqual([day(7), day(7), day(12), 3]);
    // D: two working days from Tue 5 (SS+1 after A), nothing after it: slack to Thu 14.
    expect(dates(3)).toEqual([day(5), day(6), day(14), 6]);
    // E: FS+1 after B (Fri 8) puts it on Tue 12, later than FF+2 after C allows; 3 days.
    expect(dates(4)).toEqual([day(12), day(14), day(14), 0]);
    expect(at(GANTT.projectEndRow, GANTT.reportDateCol)).toBe(day(14));
    // The missing id is said in D’s row (each message ends in a space); other rows say nothing.
    expect(at(row(3), C.linkCheck)).toBe('ZZ: no task above has this id ');
    for (const i of [0, 1, 2, 4, 5]) expect(at(row(i), C.linkCheck)).toBeNull();
    // The spare row below E stays blank.
    expect(at(row(5), C.start)).toBeNull();
  });
});

describe('a row inserted inside the task table (HyperFormula)', () => {
  it('is flagged on the row below it, and the plan still computes', () => {
    const evaluated = evaluateSpec(specOf(PLAN));
    const { hf } = evaluated;
    const sheet = evaluated.sheetIndex('schedule');
    const check = (r: number) => evaluated.value('schedule', r, C.linkCheck);
    expect(check(row(2))).toBe('');
    // A row inserted above C (0-based index of C's row).
    hf.addRows(sheet, [row(2) - 1, 1]);
    expect(check(row(3))).toBe('a row was inserted above this one: update the plan ');
    expect(check(row(1))).toBe('');
    // C (now a row lower) still follows B, and its dates are as before.
    expect(evaluated.value('schedule', row(3), C.start)).toBe(day(11));
    // A deleted row leaves nothing to flag.
    hf.removeRows(sheet, [row(2) - 1, 1]);
    expect(check(row(2))).toBe('');
  });
});
