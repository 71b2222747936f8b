/** What every sheet builder receives, and the small cell makers they share. */
import { stageKey, type FrameworkDefinition } from '../frameworks';
import type { Translate } from '../i18n';
import type { Plan } from '../plan/types';
import { absRef, rangeRef } from '../workbook/a1';
import type { Cell, CellValue, NamedRange } from '../workbook/spec';
import type { ControlLayout } from './layouts/control';
import type { NumberKind } from './styles';
import type { PlannedSheet } from './titles';

/** A sheet of the workbook as its builder receives it: its id, title and what it is for. */
export type SheetEntry = PlannedSheet;

/** What every sheet builder receives: the plan and what the generator worked out once. */
export interface SheetContext {
  plan: Plan;
  fw: FrameworkDefinition;
  t: Translate;
  rightToLeft: boolean;
  /** The workbook's sheets in tab order. */
  sheets: SheetEntry[];
  /** The title of the sheet with this id, for formulas that read another sheet. */
  titleOf: (sheetId: string) => string;
  /** The Control sheet's layout (stage sheets and the summary read it too). */
  control: ControlLayout;
  names: NamedRange[];
}

/** A stage's message in the workbook's framework: stageText(ctx, 'reach', 'question'). */
export function stageText(ctx: SheetContext, stageId: string, part: string): string {
  return ctx.t(stageKey(ctx.fw.id, stageId, part));
}

/** Registers a workbook name for an absolute range of a sheet. */
export function defineName(
  ctx: SheetContext,
  name: string,
  sheetId: string,
  [row1, col1, row2 = row1, col2 = col1]: number[],
): void {
  const ref =
    row1 === row2 && col1 === col2 ? absRef(row1, col1) : rangeRef(row1, col1, row2, col2, true);
  ctx.names.push({ name, sheetId, ref });
}

/** Names columns of a sheet over the same rows: each [name, column] a column from first to last. */
export function defineColumns(
  ctx: SheetContext,
  sheetId: string,
  [first, last]: [number, number],
  columns: readonly (readonly [string, number])[],
): void {
  for (const [name, col] of columns) defineName(ctx, name, sheetId, [first, col, last, col]);
}

export function label(value: CellValue, style = 'label'): Cell {
  return { value, style };
}

export function header(value: string): Cell {
  return { value, style: 'header' };
}

/** A cell the marketer fills (prefilled with `value` when the plan supplies one). */
export function input(value: CellValue, kind: NumberKind = 'text'): Cell {
  return { value, style: `input.${kind}` };
}

/** A formula cell. */
export function calc(formula: string, kind: NumberKind = 'number'): Cell {
  // A formula put together from many parts is held as a chain of as many pieces, which each
  // young-generation collection copies again while the workbook grows (a large plan's spec
  // holds 60,000 cells); reading a character makes the engine flatten it into one string.
  formula.charCodeAt(0);
  return { formula, style: `calc.${kind}` };
}

/** The title of the first of these sheets the workbook has (where a shared section sits). */
export function titleOfFirst(ctx: SheetContext, ids: readonly string[]): string {
  const found = ctx.sheets.find((s) => ids.includes(s.id));
  if (!found) throw new Error(`the workbook has none of the sheets ${ids.join(', ')}`);
  return found.title;
}
