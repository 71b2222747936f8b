/**
 * Filling a workbook's input cells as a marketer would, for the round-trip and update tests:
 * every free input cell gets a distinct value of its kind (text, every fifth one looking like
 * a formula; numbers; dates in the plan), the task table, days off, Settings, drop-downs and
 * Control's channel sections left alone.
 */
import ExcelJS from 'exceljs';
import { GANTT } from '../../core/sheets/layouts/schedule';
import { cellRef, parseRange } from '../../core/workbook/a1';
import { forEachCell } from '../../core/workbook/grid';
import { serialOfUtc } from '../../core/dates/serial';
import type { SheetSpec, WorkbookSpec } from '../../core/workbook/spec';

export interface Typed {
  id: string;
  title: string;
  row: number;
  col: number;
  value: string | number;
}

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

/** Fills the workbook file generated from `spec`; returns what was typed where. */
export async function fillInputs(
  file: string,
  spec: WorkbookSpec,
  start: number,
): Promise<Typed[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const typed: Typed[] = [];
  let k = 0;
  for (const sheet of spec.sheets) {
    const alone = leftAlone(spec, sheet);
    forEachCell(sheet, (row, col, cell) => {
      if (cell.formula !== undefined || !cell.style?.startsWith('input') || alone(row, col)) return;
      const value = filled(cell.style, ++k, start);
      if (value === undefined) return;
      book.getWorksheet(sheet.title)!.getRow(row).getCell(col).value = value;
      typed.push({ id: sheet.id, title: sheet.title, row, col, value });
    });
  }
  await book.xlsx.writeFile(file);
  return typed;
}

/** The typed cells a workbook file no longer holds, as "Sheet!A1". */
export async function lostIn(file: string, typed: Typed[], title = (t: Typed) => t.title) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return typed
    .filter((c) => {
      const v = book.getWorksheet(title(c))?.getRow(c.row).getCell(c.col).value;
      const got = v instanceof Date ? serialOfUtc(v) : v;
      return got !== c.value;
    })
    .map((c) => `${c.id}!${cellRef(c.row, c.col)}`);
}
