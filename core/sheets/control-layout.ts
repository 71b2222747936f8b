/**
 * The Control sheet's layout, computed once per generation (generate.ts keeps it on the sheet
 * context): which KPIs it tracks, where each sits, its sections and subtotals, and whether its
 * objective rows read the SMART rows. The Control sheet draws it; stage sheets and the summary
 * read it; none computes it again.
 */
import { defaultKpis, type FrameworkDefinition } from '../frameworks';
import { KPI_GROUPS, TAG_STAGES, kpi } from '../kpi/catalogue';
import type { Plan } from '../plan/types';

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
}

/** Where a KPI row sits, and the funnel stage of its section. */
export interface PlacedKpi {
  kpi: string;
  row: number;
  stage: string;
}

/** A line of the sheet's body, top to bottom. */
export type ControlLine =
  | { kind: 'section'; row: number; stage: string }
  | { kind: 'kpi'; row: number; stage: string; control: ControlRow }
  | { kind: 'subtotal'; row: number; stage: string; group: string; members: PlacedKpi[] };

export interface ControlLayout {
  lines: ControlLine[];
  /** The KPI lines alone, in sheet order. */
  placed: PlacedKpi[];
  firstRow: number;
  lastRow: number;
  /** Whether objectives' rows read their baseline, target and deadline from the SMART rows. */
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
  }));
  for (const id of defaultKpis(fw)) {
    if (!rows.some((r) => r.kpi === id)) {
      const fiveS = kpi(id).fiveS;
      rows.push({ kpi: id, fiveS, baseline: null, target: null, start: plan.start, end: plan.end });
    }
  }
  return rows;
}

/**
 * For each stage of the framework's funnel that has KPIs: a section line, its KPI lines, and a
 * subtotal line for each group of its KPIs whose volumes add up (KPI_GROUPS).
 */
export function controlLayout(
  plan: Plan,
  fw: FrameworkDefinition,
  linkedToObjectives: boolean,
): ControlLayout {
  const tag = fw.kpiStage;
  const rows = controlRows(plan, fw);
  const lines: ControlLine[] = [];
  const next = () => FIRST_ROW + lines.length;
  for (const stage of TAG_STAGES[tag]) {
    const members = rows.filter((r) => kpi(r.kpi)[tag] === stage);
    if (members.length === 0) continue;
    lines.push({ kind: 'section', row: next(), stage });
    const inSection: PlacedKpi[] = [];
    for (const control of members) {
      inSection.push({ kpi: control.kpi, row: next(), stage });
      lines.push({ kind: 'kpi', row: next(), stage, control });
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
  return {
    lines,
    placed,
    firstRow: FIRST_ROW,
    lastRow: Math.max(FIRST_ROW, FIRST_ROW + lines.length - 1),
    linkedToObjectives,
  };
}
