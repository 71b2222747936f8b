/**
 * The schedule in the workbook's own formulas: for each golden schedule, HyperFormula and
 * LibreOffice compute the dates and slack checked by hand, with zero error cells; and a
 * marketer who lengthens a task in the .xlsx sees LibreOffice move the dates and the critical
 * path as a scheduling tool would (held to the independent forward/backward pass).
 */
import ExcelJS from 'exceljs';
import { WorkCalendar } from '../../core/plan/calendar';
import { orderTasks } from '../../core/plan/schedule';
import { GANTT } from '../../core/sheets/layouts/schedule';
import { renderXlsx } from '../../core/xlsx';
import { generateWorkbook } from '../../core/generate';
import { planOf } from '../helpers';
import { parseRange } from '../../core/workbook/a1';
import { GOLDEN, criticalPath, day, iso } from '../schedules';
import { evaluateSpec } from './hyperformula';
import { errorCells, hasLibreOffice, recalculate } from './libreoffice';
import { hyperFormulaReader, libreOfficeReader, type CellReader } from './reader';

const C = GANTT.col;
const describeLo = hasLibreOffice() ? describe : describe.skip;

/** Each task row as the engine computed it: id, start, end, slack. */
function computed(read: CellReader, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const row = GANTT.firstRow + i;
    const date = (col: number) => iso(read('schedule', row, col) as number);
    return {
      id: read('schedule', row, C.id),
      start: date(C.start),
      end: date(C.end),
      slack: read('schedule', row, C.slack),
    };
  });
}

describe('the golden schedules in HyperFormula', () => {
  it.each(GOLDEN.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const spec = generateWorkbook(planOf(c.input));
    const evaluated = evaluateSpec(spec);
    expect(evaluated.errors()).toEqual([]);
    expect(computed(hyperFormulaReader(evaluated), c.expected.length)).toEqual(c.expected);
  });

  it('puts each internal deadline two working days before the end, or as the task says', () => {
    const input = GOLDEN[0].input as { tasks: Record<string, unknown>[] };
    const tasks = input.tasks.map((t) => (t.id === 'B' ? { ...t, internalLead: 0 } : t));
    const evaluated = evaluateSpec(generateWorkbook(planOf({ ...input, tasks })));
    const deadline = (i: number) =>
      iso(evaluated.value('schedule', GANTT.firstRow + i, C.internalDeadline) as number);
    // A ends Friday 8 January: its internal deadline is Wednesday 6; B's is its end, the 15th.
    expect([deadline(0), deadline(1)]).toEqual(['2027-01-06', '2027-01-15']);
  });
});

describeLo('the golden schedules in LibreOffice', () => {
  it.each(GOLDEN.map((c, i) => [c.name, c, i] as const))('%s', async (_, c, i) => {
    const spec = generateWorkbook(planOf(c.input));
    const sheets = recalculate(await renderXlsx(spec), `schedule-${i}`);
    expect(errorCells(sheets)).toEqual([]);
    expect(computed(libreOfficeReader(spec, sheets), c.expected.length)).toEqual(c.expected);
  });

  it('moves the dates and the critical path when a task gets longer', async () => {
    const golden = GOLDEN[0];
    const plan = planOf(golden.input);
    const spec = generateWorkbook(plan);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await renderXlsx(spec)) as unknown as ArrayBuffer);
    const schedule = book.getWorksheet(spec.sheets.find((s) => s.id === 'schedule')!.title)!;
    const b = plan.tasks.findIndex((t) => t.id === 'B');
    // B (3 days) becomes 8: it now ends after F's "not before" date and drives the end.
    schedule.getCell(GANTT.firstRow + b, C.days).value = 8;
    const edited = new Uint8Array(await book.xlsx.writeBuffer());
    const read = libreOfficeReader(spec, recalculate(edited, 'schedule-edit'));
    const got = computed(read, plan.tasks.length);

    const cal = new WorkCalendar(plan.weekend, []);
    const tasks = plan.tasks.map((t) => (t.id === 'B' ? { ...t, days: 8 } : t));
    const ordered = orderTasks(tasks);
    if (!('order' in ordered)) throw new Error('cycle');
    const pass = criticalPath(ordered.order, (d) => cal.isWorkingDay(d), plan.start, plan.end);
    expect(got).toEqual(
      tasks.map((t) => {
        const p = pass.get(t.id)!;
        return { id: t.id, start: iso(p.start), end: iso(p.end), slack: p.slack };
      }),
    );
    const critical = (rows: { id: unknown; slack: unknown }[]) =>
      rows.filter((r) => r.slack === 0).map((r) => r.id);
    expect(critical(golden.expected)).toEqual(['F', 'G']);
    expect(critical(got)).toEqual(['A', 'B', 'F', 'G']);
    expect(got.find((r) => r.id === 'F')?.start).toBe('2027-01-25');
  });
});

describe('the calendar edited in the workbook', () => {
  const golden = GOLDEN[0];
  const at = (spec: ReturnType<typeof generateWorkbook>, name: string) =>
    parseRange(spec.names.find((n) => n.name === name)!.ref);

  it('moves the schedule when a day off is added or the week changes (HyperFormula)', () => {
    const spec = generateWorkbook(planOf(golden.input));
    const evaluated = evaluateSpec(spec);
    const calendar = evaluated.sheetIndex('holidays');
    const holidays = at(spec, 'Holidays');
    // A day off on Wednesday 13 January: B (A FS+2, 13–15 Jan) starts on the 14th instead.
    evaluated.hf.setCellContents(
      { sheet: calendar, row: holidays.row1 - 1, col: holidays.col1 - 1 },
      day('2027-01-13'),
    );
    const b = computed(hyperFormulaReader(evaluated), 2)[1];
    expect([b.start, b.end]).toEqual(['2027-01-14', '2027-01-18']);
    // Saturdays worked too: A still ends Friday 8, B starts two working days later (Sat 9,
    // Mon 11) on Tuesday 12 and, skipping the 13th, ends on the 15th.
    const weekend = at(spec, 'Weekend');
    evaluated.hf.setCellContents({ sheet: calendar, row: weekend.row1 - 2, col: 5 }, 1);
    expect(evaluated.value('holidays', weekend.row1, weekend.col1)).toBe('0000001');
    const moved = computed(hyperFormulaReader(evaluated), 2)[1];
    expect([moved.start, moved.end]).toEqual(['2027-01-12', '2027-01-15']);
    expect(evaluated.errors()).toEqual([]);
  });
});
