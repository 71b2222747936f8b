/**
 * The plan input (the public contract the CLI, the sidebar and tests share) and the validated
 * Plan the generator works from.
 */
import type { FiveS, RawMetric } from '../kpi/catalogue';
import { printable } from './text';

export type Timeline = 'day' | 'week' | 'month';
export const TIMELINES: readonly Timeline[] = ['day', 'week', 'month'];

export interface ChannelInput {
  name: string;
  budget?: number;
}

export interface ObjectiveInput {
  category: string;
  kpi: string;
  baseline?: number | null;
  target?: number | null;
  deadline?: string;
  owner?: string;
}

export interface TaskInput {
  id: string;
  name: string;
  stage: string;
  channel?: string | null;
  owner?: string;
  start?: string | null;
  days?: number;
  dependsOn?: string | null;
  lag?: number;
  buffer?: number;
  budget?: number;
  progress?: number;
}

/** What a marketer (or the sidebar) supplies; everything but `framework` is optional. */
export interface PlanInput {
  framework: string;
  language?: string;
  business?: { name?: string; currency?: string };
  period?: { start?: string; weeks?: number };
  timeline?: Timeline;
  reportDate?: string;
  tolerance?: number;
  channels?: ChannelInput[];
  objectives?: ObjectiveInput[];
  tasks?: TaskInput[];
  /** Monthly values of raw metrics: { sessions: { "2027-01": 12000 } }. */
  actuals?: Record<string, Record<string, number>>;
  /** "native" (default): Control uses plain formulas; "addin": it calls the KPI functions. */
  formulaStyle?: FormulaStyle;
}

export type FormulaStyle = 'native' | 'addin';
export const FORMULA_STYLES: readonly FormulaStyle[] = ['native', 'addin'];

export interface Channel {
  name: string;
  budget: number;
}

export interface Objective {
  category: FiveS;
  kpi: string;
  baseline: number | null;
  target: number | null;
  /** Serial day number; the objective runs from the plan start to its deadline. */
  deadline: number;
  owner: string;
}

export interface Task {
  id: string;
  name: string;
  stage: string;
  channel: string;
  owner: string;
  /** The typed start (serial) of a task without a predecessor; null when it follows one. */
  fixedStart: number | null;
  days: number;
  dependsOn: string | null;
  lag: number;
  buffer: number;
  budget: number;
  progress: number;
  /** The schedule as the sheet's formulas will compute it (serials). */
  start: number;
  end: number;
}

/** A validated plan with every default filled in; dates are serial day numbers. */
export interface Plan {
  framework: string;
  language: string;
  business: { name: string; currency: string };
  start: number;
  weeks: number;
  end: number;
  timeline: Timeline;
  reportDate: number;
  tolerance: number;
  channels: Channel[];
  objectives: Objective[];
  tasks: Task[];
  actuals: Partial<Record<RawMetric, Record<string, number>>>;
  formulaStyle: FormulaStyle;
}

/** One validation problem, with the path of the field it concerns. */
export interface PlanError {
  path: string;
  message: string;
}

/** A valid plan comes with warnings: what the marketer should know but may keep. */
export type ValidationResult =
  { ok: true; plan: Plan; warnings: PlanError[] } | { ok: false; errors: PlanError[] };

/**
 * "tasks[3].start: not a date (expected YYYY-MM-DD)". Input quoted in it (an unknown key, a
 * value) is escaped, so a message can neither move a terminal's cursor nor fake a line.
 */
export function formatPlanError(error: PlanError): string {
  return printable(`${error.path}: ${error.message}`);
}
