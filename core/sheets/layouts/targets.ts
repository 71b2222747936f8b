/**
 * Where the Targets sheet puts things: one column per phased KPI row of the Control sheet (see
 * ControlLayout.phased), the months down the rows, in three blocks — the seasonality weights
 * the marketer edits, the target by month they give, and the weighted days behind both. The
 * Targets builder draws it; the Control sheet's formulas read the weighted days through it.
 */
import { absRef, rangeRef } from '../../workbook/a1';

/** Rows above the blocks: the KPI's name, its period and its target, read from Control. */
export const TARGETS_ROWS = { name: 4, start: 5, end: 6, target: 7 } as const;
/** Column A holds the months; the KPIs' columns start at B. */
export const TARGETS_FIRST_COL = 2;

export interface TargetsLayout {
  /** The header row and first month row of each block. */
  weights: { header: number; first: number };
  monthly: { header: number; first: number };
  workings: { header: number; first: number };
  /** The row of the weighted days' totals. */
  totalRow: number;
  months: number;
}

export function targetsLayout(months: number): TargetsLayout {
  const block = (header: number) => ({ header, first: header + 1 });
  const weights = block(TARGETS_ROWS.target + 3);
  const monthly = block(weights.first + months + 2);
  const workings = block(monthly.first + months + 2);
  return { weights, monthly, workings, totalRow: workings.first + months, months };
}

/** The column on the Targets sheet of the i-th phased KPI. */
export function targetsColumn(i: number): number {
  return TARGETS_FIRST_COL + i;
}

/**
 * The i-th KPI's weighted days (one per month) and their total, as references the Control sheet
 * uses with the sheet's title prefixed.
 */
export function weightedDaysRefs(
  layout: TargetsLayout,
  i: number,
): { range: string; total: string } {
  const c = targetsColumn(i);
  const { first } = layout.workings;
  return {
    range: rangeRef(first, c, first + layout.months - 1, c, true),
    total: absRef(layout.totalRow, c),
  };
}
