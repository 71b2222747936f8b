/**
 * A planning framework as data. Sheet builders read these fields and never branch on a
 * framework's id; labels and guidance come from core/i18n under the keys noted below.
 */
import type { FiveS, StageTag } from '../kpi/catalogue';

/** The sheet kinds a workbook can be made of; "stages" is one sheet per stage with ownSheet. */
export type SheetKind =
  | 'overview'
  | 'situation'
  | 'objectives'
  | 'strategy'
  | 'tactics'
  | 'plan'
  | 'stages'
  | 'schedule'
  | 'holidays'
  | 'data'
  | 'control'
  | 'reviews'
  | 'targets'
  | 'totals'
  | 'budget'
  | 'settings';

/**
 * The sheets every framework's workbook ends with, in tab order: the schedule, its holidays, results,
 * tracking, targets, budget, settings and the calculated totals.
 */
export const TRACKING_SHEETS: readonly SheetKind[] = [
  'schedule',
  'holidays',
  'data',
  'control',
  'reviews',
  'targets',
  'budget',
  'settings',
  'totals',
];

/** A default tactic, seeded as a Gantt task when the plan has none (i18n: task.<key>). */
export interface DefaultTask {
  key: string;
  /** A channel name from defaultChannels, or null for work that is not channel-specific. */
  channel: string | null;
  days: number;
  /** The key (or keys) of the tasks it follows, finish-to-start: all must be done first. */
  after?: string | string[];
  /**
   * An always-on activity (publishing, social, email, paid media, reviews, time kept free for
   * reactive work): from its start it runs to the plan's last working day, whatever its `days`.
   */
  alwaysOn?: boolean;
  /** Working days after the plan start, for a task that follows nothing. */
  offset?: number;
  lag?: number;
  buffer?: number;
  /** i18n: role.<role>. */
  role: string;
}

/**
 * A stage: i18n keys <framework>.<id>.name, .question, .guidance and .check.<n> for
 * n = 1..checklist.
 */
export interface StageDefinition {
  id: string;
  checklist: number;
  /** The stage's typical tactics, in the order they are scheduled. */
  tactics: DefaultTask[];
  /** KPIs the Control sheet tracks for this stage besides the plan's objectives. */
  kpis: string[];
  /** Whether the stage gets a sheet of its own (the "stages" sheet kind). */
  ownSheet?: boolean;
}

export interface FrameworkDefinition {
  id: string;
  /** The workbook's sheets, in tab order. */
  sheets: SheetKind[];
  stages: StageDefinition[];
  /** The stage whose question opens the Actions (Gantt) sheet, if the framework has one. */
  scheduleStage?: string;
  /** The stage whose question and checklist open the Control sheet, if the framework has one. */
  measureStage?: string;
  /**
   * The stage that holds control work: reviews, time kept free for reactive work and the
   * milestones seeded at the growth checkpoints and the objectives' deadlines.
   */
  controlStage: string;
  /** The KPI tag the Control sheet groups its sections by. */
  kpiStage: StageTag;
  defaultChannels: string[];
  defaultObjectives: { category: FiveS; kpi: string }[];
  /** Weeks a plan runs when the input does not say. */
  defaultWeeks: number;
}
