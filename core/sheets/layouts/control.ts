/**
 * The Control sheet's layout, computed once per generation (generate.ts keeps it on the sheet
 * context): which KPIs it tracks, where each sits, its sections and subtotals, which rows have
 * a column of phased targets on the Targets sheet, the channels' sections below the funnel, and
 * whether its objective rows read the SMART rows. The Control sheet draws it; the Targets,
 * Tactics and stage sheets and the summary read it; none computes it again.
 */
import { defaultKpis, type FrameworkDefinition } from '../../frameworks';
import { KPI_GROUPS, TAG_GROUPS, isVolume, kpi } from '../../kpi/catalogue';
import { CHANNEL_KPIS, type ChannelKpi, type Plan, type TargetIs } from '../../plan/types';

/** The rows above the KPIs: the on-track summary, then the column headers. */
export const CONTROL_SUMMARY_ROW = 4;
export const CONTROL_HEADER_ROW = 6;
const FIRST_ROW = CONTROL_HEADER_ROW + 1;

/** One KPI the sheet tracks: the catalogue KPI with the target the plan gives it. */
export interface ControlRow {
  kpi: string;
  fiveS: string;
  baseline: number | null;
  target: number | null;
  start: number;
  end: number;
  /** The objective's position among the SMART rows (1-based), when the row is one. */
  objective?: number;
  /** Seasonality weights by month ("YYYY-MM"), for the Targets sheet. */
  phasing: Record<string, number>;
  /** What a volume's target counts (the plan's objectives say; the framework's KPIs add). */
  targetIs: TargetIs;
}

/** Where a KPI row sits, and the funnel stage of its section. */
export interface PlacedKpi {
  kpi: string;
  row: number;
  stage: string;
}

/** A line of the funnel part of the sheet, top to bottom. */
export type ControlLine =
  | { kind: 'section'; row: number; stage: string }
  | {
      kind: 'kpi';
      row: number;
      stage: string;
      control: ControlRow;
      /** Its column among the Targets sheet's phased KPIs (0-based), when it has one. */
      phased?: number;
    }
  | { kind: 'subtotal'; row: number; stage: string; group: string; members: PlacedKpi[] };

/** What a channel's section tracks: its spend against its budget, then its own KPIs. */
export type ChannelMeasure = 'spend' | ChannelKpi;
export const CHANNEL_MEASURES: readonly ChannelMeasure[] = ['spend', ...CHANNEL_KPIS];

/**
 * A channel's section: its title row and the row of each measure — spend and the measures the
 * plan gives a target under the title, the others among the untargeted rows further down.
 */
export interface ChannelBlock {
  channel: string;
  /** The channel's position in the plan's list (its row on the Budget sheet). */
  index: number;
  titleRow: number;
  rows: Record<ChannelMeasure, number>;
}

/** A KPI row with a column of phased targets on the Targets sheet. */
export interface PhasedRow {
  row: number;
  control: ControlRow;
}

export interface ControlLayout {
  lines: ControlLine[];
  /** The KPI lines alone, in sheet order. */
  placed: PlacedKpi[];
  /** The funnel part: its first and last rows (the KPI_* names cover these). */
  firstRow: number;
  lastRow: number;
  /** The rows of the Targets sheet's columns, in column order. */
  phased: PhasedRow[];
  /** The title row of the channels' part, and each channel's section. */
  channelsRow: number;
  channels: ChannelBlock[];
  /**
   * The title row of the channels' measures that have no target yet (their rows follow it, to
   * bodyLastRow, in a collapsed group), when there are any.
   */
  untargetedRow?: number;
  /** The last row of the sheet's body (the channels' part, or the funnel's). */
  bodyLastRow: number;
  /** Whether objectives' rows read their KPI, baseline, target and deadline from the SMART rows. */
  linkedToObjectives: boolean;
}

/** The plan's objectives, then the framework's default KPIs that no objective covers. */
export function controlRows(plan: Plan, fw: FrameworkDefinition): ControlRow[] {
  const rows: ControlRow[] = plan.objectives.map((o, i) => ({
    kpi: o.kpi,
    fiveS: o.category,
    baseline: o.baseline,
    target: o.target,
    start: plan.start,
    end: o.deadline,
    objective: i + 1,
    phasing: o.phasing,
    targetIs: o.targetIs,
  }));
  for (const id of defaultKpis(fw)) {
    if (!rows.some((r) => r.kpi === id)) {
      const fiveS = kpi(id).fiveS;
      const period = { start: plan.start, end: plan.end };
      const row = { kpi: id, fiveS, baseline: null, target: null, ...period, phasing: {} };
      rows.push({ ...row, targetIs: 'increase' });
    }
  }
  return rows;
}

/**
 * For each stage of the framework's funnel that has KPIs: a section line, its KPI lines, and a
 * subtotal line for each group of its KPIs whose volumes add up (KPI_GROUPS). Below, after a
 * blank row and a title row, a section per channel of the plan.
 */
export function controlLayout(
  plan: Plan,
  fw: FrameworkDefinition,
  linkedToObjectives: boolean,
): ControlLayout {
  const tag = fw.kpiStage;
  const rows = controlRows(plan, fw);
  const lines: ControlLine[] = [];
  const phased: PhasedRow[] = [];
  const next = () => FIRST_ROW + lines.length;
  for (const stage of TAG_GROUPS[tag]) {
    const members = rows.filter((r) => kpi(r.kpi)[tag] === stage);
    if (members.length === 0) continue;
    lines.push({ kind: 'section', row: next(), stage });
    const inSection: PlacedKpi[] = [];
    for (const control of members) {
      const row = next();
      inSection.push({ kpi: control.kpi, row, stage });
      // An objective's KPI can be changed to a volume on the Objectives sheet: it keeps one.
      const phases = isVolume(kpi(control.kpi)) || control.objective !== undefined;
      lines.push({ kind: 'kpi', row, stage, control, phased: phases ? phased.length : undefined });
      if (phases) phased.push({ row, control });
    }
    for (const group of KPI_GROUPS) {
      const inGroup = inSection.filter((p) => group.members.includes(p.kpi));
      if (inGroup.length < 2) continue;
      lines.push({ kind: 'subtotal', row: next(), stage, group: group.id, members: inGroup });
    }
  }
  const placed = lines.flatMap((l) =>
    l.kind === 'kpi' ? [{ kpi: l.control.kpi, row: l.row, stage: l.stage }] : [],
  );
  const lastRow = Math.max(FIRST_ROW, FIRST_ROW + lines.length - 1);
  const channelsRow = lastRow + 2;
  // Each channel: its title, its spend against its budget and the measures it has a target for.
  let at = channelsRow + 1;
  const channels = plan.channels.map((c, index): ChannelBlock => {
    const titleRow = at++;
    const rows = { spend: at++ } as Record<ChannelMeasure, number>;
    for (const m of CHANNEL_KPIS) if (c.targets[m] !== undefined) rows[m] = at++;
    return { channel: c.name, index, titleRow, rows };
  });
  // Then every channel's measures without a target yet, under one title, in a collapsed group.
  const untargeted = channels.flatMap((b) =>
    CHANNEL_KPIS.filter((m) => !(m in b.rows)).map((m) => ({ b, m })),
  );
  const untargetedRow = untargeted.length > 0 ? at++ : undefined;
  for (const { b, m } of untargeted) b.rows[m] = at++;
  return {
    lines,
    placed,
    firstRow: FIRST_ROW,
    lastRow,
    phased,
    channelsRow,
    channels,
    untargetedRow,
    bodyLastRow: channels.length > 0 ? at - 1 : lastRow,
    linkedToObjectives,
  };
}

/**
 * The Control sheet's columns, in order: what each row holds (control/rows.ts fills them). The
 * first CONTROL_VISIBLE are what a marketer reads; the rest are the KPI's tags, inputs kept at
 * their defaults and the helpers the formulas read, in a collapsed group (never removed).
 */
const COLUMNS = [
  'name',
  'baseline',
  'target',
  'end',
  'targetToDate',
  'actual',
  'variance',
  'variancePct',
  'pace',
  'forecast',
  'status',
  'verdict',
  'kpi',
  'race',
  'aisas',
  'fiveS',
  'unit',
  'direction',
  'start',
  'tolerance',
  'attainment',
  'through',
  'share',
  'numerator',
  'denominator',
  'directionCode',
  'countsFrom',
] as const;
export const CONTROL_VISIBLE = 12;
export type ControlColumn = (typeof COLUMNS)[number];
export const CONTROL_HEADERS = COLUMNS;
export const CONTROL_COLUMNS = Object.fromEntries(COLUMNS.map((c, i) => [c, i + 1])) as Record<
  ControlColumn,
  number
>;
