/**
 * Where the Budget sheet's planned spend sits: a row per channel, a column per month of the
 * plan. The Budget builder draws it; the Control sheet's channel sections read a channel's row.
 */
import { monthsBetween } from '../../dates/months';
import type { Plan } from '../../plan/types';

/** The header row of planned spend (months across). */
export const BUDGET_PLANNED_HEADER = 5;

/** The row of the i-th channel's planned spend (0-based). */
export function budgetChannelRow(index: number): number {
  return BUDGET_PLANNED_HEADER + 1 + index;
}

/** The first and last columns of the months. */
export function budgetMonthColumns(plan: Plan): [number, number] {
  return [2, 1 + monthsBetween(plan.start, plan.end).length];
}
