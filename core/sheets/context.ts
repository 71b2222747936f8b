/** What every sheet builder receives, and the small cell makers they share. */
import type { FrameworkDefinition } from '../frameworks';
import type { Translate } from '../i18n';
import type { Plan } from '../plan/types';
import { absRef, rangeRef } from '../workbook/a1';
import type { Cell, CellValue, NamedRange } from '../workbook/spec';
import type { NumberKind } from './styles';

export type { SheetKind } from '../frameworks';
import type { SheetKind } from '../frameworks';

export interface SheetContext {
  plan: Plan;
  fw: FrameworkDefinition;
  t: Translate;
  rightToLeft: boolean;
  /** The title of each sheet kind in this workbook. */
  titles: Partial<Record<SheetKind, string>>;
  /** Raw metrics on the Data sheet, in order. */
  metrics: string[];
  names: NamedRange[];
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
  return { formula, style: `calc.${kind}` };
}
