/**
 * The plan input (the public contract the CLI, the sidebar and tests share) and the validated
 * Plan the generator works from.
 */
import type { Economic, FiveS, RawMetric } from '../kpi/catalogue';
import type { Holiday } from './calendar';
import type { Link } from './links';
import { printable } from './text';

export type Timeline = 'day' | 'week' | 'month';
export const TIMELINES: readonly Timeline[] = ['day', 'week', 'month'];

/** The KPIs a channel's section on the Control sheet tracks beside its spend. */
export const CHANNEL_KPIS = [
  'clicks',
  'conversions',
  'revenue',
  'cpc',
  'cpa',
  'cvr',
  'roas',
] as const;
export type ChannelKpi = (typeof CHANNEL_KPIS)[number];

export interface ChannelInput {
  name: string;
  /** Paid, owned or earned media; left out, the catalogue's kind (else owned, with a warning). */
  kind?: ChannelKind;
  budget?: number;
  /** Targets for the channel's own KPIs, for its section on the Control sheet. */
  targets?: Partial<Record<ChannelKpi, number>>;
}

export interface ObjectiveInput {
  category: string;
  kpi: string;
  baseline?: number | null;
  target?: number | null;
  deadline?: string;
  owner?: string;
  /**
   * Seasonality of a volume target by month ("2027-02": 2 means twice the daily rate that
   * month); months not named weigh 1.
   */
  phasing?: Record<string, number>;
  /** What a volume's target counts: what the plan adds (default) or a total with the baseline. */
  targetIs?: TargetIs;
}

/**
 * What a volume objective's target counts: "increase", what the plan's period brings in (600
 * conversions, 120 new reviews; the baseline is only for comparison), or "total", the running
 * total to reach by the deadline with the baseline counted in (40 reviews today, 120 in all: 80
 * to gain). A rate's target is always the rate itself.
 */
export type TargetIs = 'increase' | 'total';
export const TARGET_MEANINGS: readonly TargetIs[] = ['increase', 'total'];

/** One month's results for one channel (or for none: results no channel can claim). */
export interface ChannelResultInput {
  month: string;
  channel?: string | null;
  [metric: string]: unknown;
}

export interface TaskInput {
  id: string;
  name: string;
  stage: string;
  channel?: string | null;
  owner?: string;
  start?: string | null;
  days?: number;
  /** "T3", "T3FS+2, T5SS", or a list of such links or of { id, type?, lag? }. */
  dependsOn?: string | null | (string | { id: string; type?: string; lag?: number })[];
  /** The lag of the links that state none (working days; negative: a lead). */
  lag?: number;
  buffer?: number;
  /** Working days the internal deadline comes before the end (default 2). */
  internalLead?: number;
  budget?: number;
  progress?: number;
}

/** What a marketer (or the sidebar) supplies; everything but `framework` is optional. */
export interface PlanInput {
  framework: string;
  /** The plan's id ("pb-" and 16 hex digits), kept from its workbook; made when left out. */
  id?: string;
  language?: string;
  business?: { name?: string; currency?: string; country?: string };
  /** The worked weekdays ("mon" … "sun"); by default the country's, else Monday to Friday. */
  workingDays?: string[];
  /** Days off ("YYYY-MM-DD" or { date, name }); by default the country's public holidays. */
  holidays?: (string | { date: string; name?: string })[];
  period?: { start?: string; weeks?: number };
  timeline?: Timeline;
  reportDate?: string;
  tolerance?: number;
  channels?: ChannelInput[];
  objectives?: ObjectiveInput[];
  tasks?: TaskInput[];
  /** Monthly values of raw metrics that belong to no channel: { sessions: { "2027-01": 12000 } }. */
  actuals?: Record<string, Record<string, number>>;
  /** Monthly results by channel: [{ month: "2027-01", channel: "PPC", clicks: 3400 }]. */
  channelResults?: ChannelResultInput[];
  /** What lifetime value and marketing ROI need: gross margin 0–1, purchases a year, years. */
  economics?: Partial<Record<Economic, number>>;
  /** "native" (default): Control uses plain formulas; "addin": it calls the KPI functions. */
  formulaStyle?: FormulaStyle;
  /**
   * Input cells typed in the workbook that no other field holds (SWOT entries, checklist
   * marks, the review log, a budget's months…), by sheet id and A1: `planbook read` gives them.
   */
  cells?: TypedCell[];
}

/** One input cell's value, by the sheet's id ("situation") and its A1 address. */
export interface TypedCell {
  sheet: string;
  cell: string;
  value: string | number | boolean | null;
}

export type FormulaStyle = 'native' | 'addin';
export const FORMULA_STYLES: readonly FormulaStyle[] = ['native', 'addin'];

/**
 * How a channel reaches people: bought media (paid: its spend is checked every week), the
 * business's own (owned: site, email, content) or what others say and rank (earned: SEO, PR).
 */
export type ChannelKind = 'paid' | 'owned' | 'earned';
export const CHANNEL_KINDS: readonly ChannelKind[] = ['paid', 'owned', 'earned'];

export interface Channel {
  name: string;
  kind: ChannelKind;
  budget: number;
  targets: Partial<Record<ChannelKpi, number>>;
}

/** A month's results for a channel ('' for results that belong to no channel). */
export interface MonthResult {
  /** "YYYY-MM". */
  month: string;
  channel: string;
  values: Partial<Record<RawMetric, number>>;
}

export interface Objective {
  category: FiveS;
  kpi: string;
  baseline: number | null;
  target: number | null;
  /** Serial day number; the objective runs from the plan start to its deadline. */
  deadline: number;
  owner: string;
  /** Month ("YYYY-MM") → seasonality weight; months not named weigh 1. */
  phasing: Record<string, number>;
  targetIs: TargetIs;
}

export interface Task {
  id: string;
  name: string;
  stage: string;
  channel: string;
  owner: string;
  /** The typed start: a task without links starts there; with links, not before it. */
  notBefore: number | null;
  days: number;
  links: Link[];
  buffer: number;
  internalLead: number;
  budget: number;
  progress: number;
  /** The schedule as the sheet's formulas will compute it (serials). */
  start: number;
  end: number;
  lateFinish: number;
  /** Total slack in working days; 0 on the critical path. */
  slack: number;
}

/** A validated plan with every default filled in; dates are serial day numbers. */
export interface Plan {
  framework: string;
  id: string;
  language: string;
  business: { name: string; currency: string; country: string };
  /** WORKDAY.INTL's weekend string (seven 0/1 from Monday, 1 = a day off). */
  weekend: string;
  /** The days off every WORKDAY and NETWORKDAYS of the workbook skips, by date. */
  holidays: Holiday[];
  start: number;
  weeks: number;
  end: number;
  timeline: Timeline;
  reportDate: number;
  tolerance: number;
  channels: Channel[];
  objectives: Objective[];
  tasks: Task[];
  /** Every month's results, by channel; at most one entry per month and channel. */
  results: MonthResult[];
  economics: Partial<Record<Economic, number>>;
  formulaStyle: FormulaStyle;
  cells: TypedCell[];
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
