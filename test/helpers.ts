/** Shared test helpers: validated plans and their specs. */
import { publicHolidays } from '../core/holidays/public-holidays';
import { generateWorkbook, type GenerateOptions } from '../core/generate';
import { parseIsoDate } from '../core/dates/serial';
import { SAMPLE_PLAN } from '../core/plan/sample';
import type { Plan } from '../core/plan/types';
import { formatPlanError } from '../core/plan/types';
import { validatePlan } from '../core/plan/validate';
import type { WorkbookSpec } from '../core/workbook/spec';

/** A serial from "YYYY-MM-DD" (throws for a bad date, so tests fail loudly). */
export function serial(iso: string): number {
  const s = parseIsoDate(iso);
  if (s === null) throw new Error(`bad date ${iso}`);
  return s;
}

export const TODAY = serial('2027-01-01');

export function planOf(input: unknown, today = TODAY): Plan {
  const result = validatePlan(input, { today, holidays: publicHolidays });
  if (!result.ok) throw new Error(result.errors.map(formatPlanError).join('\n'));
  return result.plan;
}

export function specOf(input: unknown, today = TODAY, options: GenerateOptions = {}): WorkbookSpec {
  return generateWorkbook(planOf(input, today), options);
}

export function sampleSpec(): WorkbookSpec {
  return specOf(SAMPLE_PLAN);
}

export { largePlanInput } from './plans';

/** The workbook names every workbook has: the anchors of formulas, the add-ins and tests. */
export const STABLE_NAMES = [
  'ReportDate',
  'Tolerance',
  'PlanStart',
  'PlanEnd',
  'Tasks_ID',
  'Tasks_Name',
  'Tasks_Start',
  'Tasks_End',
  'Tasks_Progress',
  'Timeline_Start',
  'Timeline_Grid',
  'KPI_ID',
  'KPI_Target',
  'KPI_Actual',
  'KPI_Variance',
  'KPI_Status',
  'Budget_Total',
  'Budget_Months',
  'Data_Month',
  'Data_Channel',
  'Data_Entered',
  'Totals_Month',
  'Totals_Metrics',
  'Totals_Running',
  'Totals_Latest',
  'Targets_Month',
  'KPI_Def_ID',
  'KPI_Def_Name',
  'GrossMargin',
  'PurchasesPerYear',
  'LifespanYears',
  'Weekend',
  'Holidays',
  'WorkWeek',
  'WorkDays_Start',
  'WorkDays_Open',
  'WorkDays_Count',
] as const;

/** Each framework's sheets in tab order, as the marketer sees them in English. */
export const SHEET_TITLES: Record<'sostac' | 'race' | 'aisas', string[]> = {
  sostac: [
    'Overview',
    'Situation',
    'Objectives',
    'Strategy',
    'Tactics',
    'Schedule',
    'Holidays',
    'Data',
    'Control',
    'Reviews',
    'Targets',
    'Budget',
    'Settings',
    'Totals',
  ],
  race: [
    'Overview',
    'Plan',
    'Reach',
    'Act',
    'Convert',
    'Engage',
    'Schedule',
    'Holidays',
    'Data',
    'Control',
    'Reviews',
    'Targets',
    'Budget',
    'Settings',
    'Totals',
  ],
  aisas: [
    'Overview',
    'Plan',
    'Attention',
    'Interest',
    'Search',
    'Action',
    'Share',
    'Schedule',
    'Holidays',
    'Data',
    'Control',
    'Reviews',
    'Targets',
    'Budget',
    'Settings',
    'Totals',
  ],
};

/**
 * Every text field of a plan with one channel, one objective and two tasks (the second follows
 * the first), in the order validatePlan reads them.
 */
export const TEXT_FIELDS = [
  'business.name',
  'channels[0].name',
  'objectives[0].owner',
  'tasks[0].id',
  'tasks[0].name',
  'tasks[0].channel',
  'tasks[0].owner',
  'tasks[1].dependsOn',
] as const;

/**
 * Text a marketer may type that a host would take for a formula, a number or a boolean: it
 * must stay text in every add-in.
 */
export const INJECTIONS = [
  '=IMPORTXML("http://evil.example","//a")',
  '+1',
  '-1',
  '@SUM(A1)',
  '=HYPERLINK("http://evil.example","click")',
  "'quoted",
  '0012',
  'TRUE',
];
