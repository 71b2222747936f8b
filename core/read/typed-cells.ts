/**
 * Every input cell the plan's fields do not hold: the plan read so far generates the same
 * layout, so each input cell whose value the marketer changed goes into the plan's `cells`, by
 * sheet id and address. A value typed over a formula is reported (the formula is written
 * again). Control's channel sections are left out: a target moves its measure's row, so their
 * targets are read as the channels' own (parts.ts), not by address.
 */
import { parseIsoDate } from '../dates/serial';
import { buildPlan } from '../generate';
import { formatPlanError, type PlanInput, type TypedCell } from '../plan/types';
import { cellRef, parseRange } from '../workbook/a1';
import { forEachCell } from '../workbook/grid';
import type { CellValue, Reader } from './cells';

/** Fills `plan.cells`; returns the sheets the marketer added, which are not read. */
export function readTypedCells(r: Reader, plan: PlanInput): string[] {
  const built = buildPlan(plan, { today: parseIsoDate(plan.reportDate ?? '') ?? 0 });
  if (!built.ok) {
    r.problems.push(...built.errors.map(formatPlanError));
    return [];
  }
  const present = new Set(r.cells.sheets());
  const funnel = built.spec.names.find((n) => n.name === 'KPI_ID');
  const funnelEnd = funnel ? parseRange(funnel.ref.replace(/\$/g, '')).row2 : Infinity;
  const typed: TypedCell[] = [];
  for (const sheet of built.spec.sheets) {
    if (!present.has(sheet.title)) {
      r.problems.push(
        `${sheet.title}: not in the workbook (renamed or deleted); its cells are not read`,
      );
      continue;
    }
    forEachCell(sheet, (row, col, cell) => {
      if (sheet.id === 'control' && row > funnelEnd) return;
      const value = r.value(sheet.title, row, col);
      if (cell.formula !== undefined) {
        if (value !== null && r.cells.formula(sheet.title, row, col) === undefined) {
          const where = `${sheet.title}!${cellRef(row, col)}`;
          r.problems.push(
            `${where}: ${JSON.stringify(value)} typed over its formula, which is written again`,
          );
        }
      } else if (cell.style?.startsWith('input') && !sameValue(value, cell.value ?? null)) {
        typed.push({ sheet: sheet.id, cell: cellRef(row, col), value });
      }
    });
  }
  if (typed.length > 0) plan.cells = typed;
  const ours = new Set(built.spec.sheets.map((s) => s.title));
  return [...present].filter((title) => !ours.has(title));
}

function sameValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  return (blank(a) && blank(b)) || a === b;
}
