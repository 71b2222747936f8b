/**
 * The workbook names the sheets define and read: one list, so that a builder refers to another
 * sheet's cells by name without importing that sheet's builder. Names never change with the
 * language (DESIGN.md); README lists them for marketers and the add-ins.
 */

/** The drop-down lists on the Settings sheet. */
export const LIST_NAMES = {
  stages: 'List_Stages',
  /** The customer journey's stages (RACE's for SOSTAC and RACE, AISAS's for AISAS). */
  funnel: 'List_Funnel',
  fiveS: 'List_FiveS',
  kpis: 'List_KPIs',
  directions: 'List_Directions',
  channels: 'List_Channels',
  priorities: 'List_Priorities',
  strategyTypes: 'List_StrategyTypes',
  /** Own (the website) or a third party's (social pages, marketplaces). */
  platformTypes: 'List_PlatformTypes',
  /** In-house, agency or freelance: who fills a role of the organisation table. */
  staffing: 'List_Staffing',
  attribution: 'List_Attribution',
} as const;

/** The SMART rows' columns, in the plan's objective order (the Control sheet reads them). */
export const OBJECTIVE_NAMES = {
  fiveS: 'Objectives_FiveS',
  kpi: 'Objectives_KPI',
  baseline: 'Objectives_Baseline',
  target: 'Objectives_Target',
  deadline: 'Objectives_Deadline',
  targetIs: 'Objectives_TargetIs',
} as const;

/**
 * The KPI definitions table on the Settings sheet, one row per catalogue KPI: the Control sheet
 * looks a row's KPI up here, so a KPI chosen on the Objectives sheet brings its own name, unit,
 * direction and formula.
 */
export const KPI_DEF = {
  id: 'KPI_Def_ID',
  name: 'KPI_Def_Name',
  unit: 'KPI_Def_Unit',
  direction: 'KPI_Def_Direction',
  directionCode: 'KPI_Def_DirectionCode',
  race: 'KPI_Def_RACE',
  aisas: 'KPI_Def_AISAS',
  numerator: 'KPI_Def_Numerator',
  denominator: 'KPI_Def_Denominator',
  scale: 'KPI_Def_Scale',
} as const;

/** The business's economics on the Settings sheet (catalogue ECONOMICS → workbook name). */
export const ECONOMICS_NAMES = {
  grossMargin: 'GrossMargin',
  purchasesPerYear: 'PurchasesPerYear',
  lifespanYears: 'LifespanYears',
} as const;

/**
 * The Totals sheet: per month (rows) and metric (columns) the running total and the latest
 * month with results; per month and channel the latest month with results.
 */
export const TOTALS = {
  month: 'Totals_Month',
  metrics: 'Totals_Metrics',
  running: 'Totals_Running',
  latest: 'Totals_Latest',
  channels: 'Totals_Channels',
  latestByChannel: 'Totals_LatestByChannel',
} as const;

/** The Targets sheet's months, and the Budget sheet's month headers. */
export const TARGETS_MONTH = 'Targets_Month';
export const BUDGET_MONTHS = 'Budget_Months';

/** The SWOT quadrants, in the order strengths, weaknesses, opportunities, threats. */
export const SWOT_NAMES = [
  'SWOT_Strengths',
  'SWOT_Weaknesses',
  'SWOT_Opportunities',
  'SWOT_Threats',
] as const;

/** The Data sheet's month and channel columns, and each row's count of results entered. */
export const DATA_MONTH = 'Data_Month';
export const DATA_CHANNEL = 'Data_Channel';
export const DATA_ENTERED = 'Data_Entered';
/** The Data sheet's column of each row's channel kind, in the plan's language ("" for none). */
export const DATA_KIND = 'Data_Kind';

/** The Data sheet's column of a raw metric. */
export function dataName(metric: string): string {
  return `Data_${metric}`;
}
