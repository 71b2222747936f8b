/**
 * A planning framework as data. Sheet builders read these fields and never branch on a
 * framework's id; labels and guidance come from core/i18n under the keys noted below.
 */
import type { FiveS } from '../kpi/catalogue';

/** A stage: i18n keys stage.<id>.name, .question, .guidance and .check.<n> for n = 1..checklist. */
export interface StageDefinition {
  id: string;
  checklist: number;
}

/** A default tactic, seeded as a Gantt task when the plan has none (i18n: task.<key>). */
export interface DefaultTask {
  key: string;
  stage: string;
  /** A channel name from defaultChannels, or null for work that is not channel-specific. */
  channel: string | null;
  days: number;
  /** The key of the task it follows (finish-to-start). */
  after?: string;
  /** Working days after the plan start, for a task that follows nothing. */
  offset?: number;
  lag?: number;
  buffer?: number;
  /** i18n: role.<role>. */
  role: string;
}

/** The sheet kinds a workbook can be made of (one builder each in core/sheets). */
export type SheetKind =
  | 'overview'
  | 'situation'
  | 'objectives'
  | 'strategy'
  | 'tactics'
  | 'actions'
  | 'data'
  | 'control'
  | 'budget'
  | 'settings';

export interface FrameworkDefinition {
  id: string;
  /** The workbook's sheets, in tab order. */
  sheets: SheetKind[];
  stages: StageDefinition[];
  /** The KPI tag the Control sheet groups by ("race" or "aisas"). */
  kpiStage: 'race' | 'aisas';
  defaultChannels: string[];
  /** KPIs the Control sheet tracks besides the plan's objectives. */
  defaultKpis: string[];
  defaultObjectives: { category: FiveS; kpi: string }[];
  defaultTasks: DefaultTask[];
  /** Weeks a plan runs when the input does not say. */
  defaultWeeks: number;
}
