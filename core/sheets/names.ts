/**
 * The workbook names the sheets define and read: one list, so that a builder refers to another
 * sheet's cells by name without importing that sheet's builder. Names never change with the
 * language (DESIGN.md); README lists them for marketers and the add-ins.
 */

/** The drop-down lists on the Settings sheet. */
export const LIST_NAMES = {
  stages: 'List_Stages',
  fiveS: 'List_FiveS',
  kpis: 'List_KPIs',
  directions: 'List_Directions',
  channels: 'List_Channels',
  priorities: 'List_Priorities',
  strategyTypes: 'List_StrategyTypes',
} as const;

/** The SMART rows' columns, in the plan's objective order (the Control sheet reads them). */
export const OBJECTIVE_NAMES = {
  baseline: 'Objectives_Baseline',
  target: 'Objectives_Target',
  deadline: 'Objectives_Deadline',
} as const;

/** The SWOT quadrants, in the order strengths, weaknesses, opportunities, threats. */
export const SWOT_NAMES = [
  'SWOT_Strengths',
  'SWOT_Weaknesses',
  'SWOT_Opportunities',
  'SWOT_Threats',
] as const;

/** The Data sheet's month column. */
export const DATA_MONTH = 'Data_Month';

/** The Data sheet's column of a raw metric. */
export function dataName(metric: string): string {
  return `Data_${metric}`;
}
