/**
 * The round trip, for every framework and language: generate, fill the input cells as a
 * marketer would (distinct values; text that looks like a formula among them), read back,
 * generate again from what was read — every input cell holds what was typed.
 */
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'fs';
import { FRAMEWORKS } from '../../core/frameworks';
import { LANGUAGES } from '../../core/i18n';
import { samplePlan } from '../../core/plan/samples';
import type { PlanInput } from '../../core/plan/types';
import { GANTT } from '../../core/sheets/layouts/schedule';
import { cellRef, parseRange } from '../../core/workbook/a1';
import { forEachCell } from '../../core/workbook/grid';
import type { SheetSpec, WorkbookSpec } from '../../core/workbook/spec';
import { cliSandbox } from './sandbox';
import { planOf, specOf } from '../helpers';

const box = cliSandbox();

/** Input cells the test leaves alone: the task table, days off, Settings and every drop-down. */
function leftAlone(spec: WorkbookSpec, sheet: SheetSpec): (row: number, col: number) => boolean {
  const ranges = sheet.validations
    .filter((v) => v.kind === 'list' || v.kind === 'choice')
    .map((v) => parseRange(v.range));
  const named = spec.names
    .filter((n) => n.sheetId === sheet.id && !n.name.startsWith('Data_'))
    .map((n) => parseRange(n.ref.replace(/\$/g, '')));
  const inside = (r: ReturnType<typeof parseRange>, row: number, col: number) =>
    row >= r.row1 && row <= r.row2 && col >= r.col1 && col <= r.col2;
  // Control's channel sections: a target moves its measure's row (read.test.ts reads them).
  const funnel = parseRange(spec.names.find((n) => n.name === 'KPI_ID')!.ref.replace(/\$/g, ''));
  return (row, col) =>
    ['holidays', 'settings'].includes(sheet.id) ||
    (sheet.id === 'control' && row > funnel.row2) ||
    (sheet.id === 'schedule' && row >= GANTT.firstRow && col < GANTT.timelineCol) ||
    [...ranges, ...named].some((r) => inside(r, row, col));
}

/** A distinct value of the cell's kind: text (every fifth looks like a formula), a number, a date. */
function filled(style: string, k: number, start: number): string | number | undefined {
  if (style === 'input.date') return start + (k % 60);
  if (style === 'input.percent') return ((k % 90) + 1) / 100;
  if (/^input\.(currency|integer|decimal|number|any)$/.test(style)) return k + 1;
  if (style === 'input' || style === 'input.text') {
    return k % 5 === 0 ? `=SUM(A${k}) typed as text` : `note ${k}`;
  }
  return undefined;
}

describe.each(FRAMEWORKS.map((f) => f.id))('the round trip of a %s plan', (framework) => {
  it.each([...LANGUAGES])('keeps every input cell typed in %s', async (language) => {
    const sample = samplePlan(language);
    const input: PlanInput = {
      ...sample,
      framework,
      ...(framework === 'sostac' ? {} : { tasks: undefined }),
    };
    writeFileSync(box.at('in.json'), JSON.stringify(input));
    expect(await box.run('--input', 'in.json', '--out', 'plan.xlsx')).toBe(0);
    const spec = specOf(input);
    const { start } = planOf(input);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(box.at('plan.xlsx'));
    const typed: { title: string; row: number; col: number; value: string | number }[] = [];
    let k = 0;
    for (const sheet of spec.sheets) {
      const alone = leftAlone(spec, sheet);
      forEachCell(sheet, (row, col, cell) => {
        if (cell.formula !== undefined || !cell.style?.startsWith('input') || alone(row, col))
          return;
        const value = filled(cell.style, ++k, start);
        if (value === undefined) return;
        book.getWorksheet(sheet.title)!.getRow(row).getCell(col).value = value;
        typed.push({ title: sheet.title, row, col, value });
      });
    }
    expect(typed.length).toBeGreaterThan(100);
    await book.xlsx.writeFile(box.at('plan.xlsx'));

    expect(await box.run('read', 'plan.xlsx', '--out', 'back.json')).toBe(0);
    expect(box.err.filter((l) => l.startsWith('warning'))).toEqual([]);
    expect(await box.run('--input', 'back.json', '--out', 'again.xlsx')).toBe(0);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(box.at('again.xlsx'));
    const lost = typed.filter(({ title, row, col, value }) => {
      const v = again.getWorksheet(title)!.getRow(row).getCell(col).value;
      const got = v instanceof Date ? v.getTime() / 86400000 + 25569 : v;
      return got !== value;
    });
    expect(lost.map((c) => `${c.title}!${cellRef(c.row, c.col)}`)).toEqual([]);
    expect(JSON.parse(readFileSync(box.at('back.json'), 'utf8')).id).toMatch(/^pb-/);
  });
});
