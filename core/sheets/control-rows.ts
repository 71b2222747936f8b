/**
 * The Control sheet's rows: which KPIs it tracks, and each row's native formulas (built by
 * core/kpi/native, so their semantics are KPI_FUNCTIONS.md's).
 */
import { defaultKpis, type FrameworkDefinition } from '../frameworks';
import { isVolume, kpi, type KpiDefinition } from '../kpi/catalogue';
import { kpiFunction, type KpiFunctionId } from '../kpi/registry';
import type { Plan } from '../plan/types';
import { cellRef, stringLiteral } from '../workbook/a1';
import type { Cell } from '../workbook/spec';
import { calc, input, label, type SheetContext } from './context';
import { actualToDateFormula } from './kpi-actual';
import { OBJECTIVE_NAMES } from './objectives';
import { kindOfUnit, type NumberKind } from './styles';

const COLUMNS = [
  'kpi',
  'name',
  'race',
  'aisas',
  'fiveS',
  'unit',
  'direction',
  'baseline',
  'target',
  'start',
  'end',
  'actual',
  'targetToDate',
  'variance',
  'variancePct',
  'attainment',
  'pace',
  'forecast',
  'status',
] as const;
export const CONTROL_HEADERS = COLUMNS;
export const CONTROL_COLUMNS = Object.fromEntries(COLUMNS.map((c, i) => [c, i + 1])) as Record<
  (typeof COLUMNS)[number],
  number
>;
const col = CONTROL_COLUMNS;

/** One KPI row: the catalogue KPI with the target the plan gives it. */
export interface ControlRow {
  kpi: string;
  fiveS: string;
  baseline: number | null;
  target: number | null;
  start: number;
  end: number;
  /** The objective's position on the Objectives sheet (1-based), when the row is one. */
  objective?: number;
}

/** The plan's objectives, then the framework's default KPIs that no objective covers. */
export function controlRows(ctx: { plan: Plan; fw: FrameworkDefinition }): ControlRow[] {
  const { plan, fw } = ctx;
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
 * A cell computed by a KPI function: the native formula, and (when the plan asks for add-in
 * formulas) the same computation calling the custom function — KPI.ID(...) in Excel's spelling,
 * which the Sheets renderer writes KPI_ID(...). `wrap` adds the sheet's own guards around either.
 */
function kpiCall(
  ctx: SheetContext,
  id: KpiFunctionId,
  args: string[],
  kind: NumberKind,
  wrap: (formula: string) => string = (f) => f,
): Cell {
  const cell = calc(wrap(kpiFunction(id).native(...args)), kind);
  if (ctx.plan.formulaStyle === 'addin') cell.addinFormula = wrap(`KPI.${id}(${args.join(',')})`);
  return cell;
}

/** Shares of a zero target are undefined (#DIV/0! in the contract): the sheet shows blank. */
const ofNonZero = (base: string, formula: string) => `IF(N(${base})=0,"",${formula})`;

/** The cells of one KPI row. */
export function kpiRow(ctx: SheetContext, r: ControlRow, row: number, linked: boolean): Cell[] {
  const { t } = ctx;
  const def = kpi(r.kpi);
  const kind = kindOfUnit(def.unit);
  const ref = (c: number) => cellRef(row, c);
  const [target, start, end] = [ref(col.target), ref(col.start), ref(col.end)];
  const [actual, compare, direction] = [ref(col.actual), ref(col.targetToDate), ref(col.direction)];
  // Before a KPI's period starts there is nothing to compare yet.
  const notYet = (formula: string) => `IF(ReportDate<${start},"",${formula})`;
  const volume = isVolume(def);
  const objective = linked ? r.objective : undefined;
  return [
    label(r.kpi, 'calc.text'),
    label(t(`kpi.${r.kpi}`), 'calc.text'),
    label(t(`race.${def.race}.name`), 'calc.text'),
    label(t(`aisas.${def.aisas}.name`), 'calc.text'),
    label(t(`fiveS.${r.fiveS}.name`), 'calc.text'),
    label(t(`unit.${def.unit}`), 'calc.text'),
    input(def.direction),
    fromObjective(objective, OBJECTIVE_NAMES.baseline, input(r.baseline, kind)),
    fromObjective(objective, OBJECTIVE_NAMES.target, input(r.target, kind)),
    input(r.start, 'date'),
    fromObjective(objective, OBJECTIVE_NAMES.deadline, input(r.end, 'date')),
    calc(actualToDateFormula(def, start, end), kind),
    volume
      ? kpiCall(ctx, 'TARGET_TO_DATE', [target, start, end, 'ReportDate'], kind, notYet)
      : calc(`IF(${target}="","",${target})`, kind),
    ...comparison(ctx, actual, compare, direction, kind),
    volume
      ? kpiCall(ctx, 'PACE', [actual, target, start, end, 'ReportDate'], 'decimal', (f) =>
          notYet(ofNonZero(compare, f)),
        )
      : label(null, 'calc.decimal'),
    volume
      ? kpiCall(ctx, 'FORECAST', [actual, start, end, 'ReportDate'], kind, notYet)
      : label(null, `calc.${kind}`),
    kpiCall(ctx, 'STATUS', [actual, compare, direction, 'Tolerance'], 'text'),
  ];
}

/** Variance, variance % and attainment of an actual against what it is compared with. */
function comparison(
  ctx: SheetContext,
  actual: string,
  compare: string,
  direction: string,
  kind: NumberKind,
): Cell[] {
  const nonZero = (f: string) => ofNonZero(compare, f);
  return [
    kpiCall(ctx, 'VARIANCE', [actual, compare], kind),
    kpiCall(ctx, 'VARIANCE_PCT', [actual, compare], 'percent', nonZero),
    kpiCall(ctx, 'ATTAINMENT', [actual, compare, direction], 'percent', nonZero),
  ];
}

/**
 * A subtotal of volume KPIs that add up (KPI_GROUPS): the members' actuals and targets to date
 * summed, and variance, attainment and status recomputed from the sums.
 */
export function subtotalRow(
  ctx: SheetContext,
  title: string,
  members: { def: KpiDefinition; row: number }[],
  row: number,
): Cell[] {
  const kind = kindOfUnit(members[0].def.unit);
  const cellsOf = (c: number) => members.map((m) => cellRef(m.row, c));
  // Actuals add up as far as they are entered; targets only when every member has one, so
  // that the comparison is like with like.
  const sumEntered = (c: number) =>
    `IF(AND(${cellsOf(c)
      .map((x) => `${x}=""`)
      .join(',')}),"",SUM(${cellsOf(c).join(',')}))`;
  const sumAll = (c: number) =>
    `IF(OR(${cellsOf(c)
      .map((x) => `${x}=""`)
      .join(',')}),"",SUM(${cellsOf(c).join(',')}))`;

  const [actual, compare] = [cellRef(row, col.actual), cellRef(row, col.targetToDate)];
  const direction = stringLiteral(members[0].def.direction);
  return [
    label(null, 'subtotal'),
    label(title, 'subtotal'),
    ...Array.from({ length: col.target - col.name - 1 }, () => label(null, 'subtotal')),
    calc(sumAll(col.target), kind),
    label(null, 'subtotal'),
    label(null, 'subtotal'),
    calc(sumEntered(col.actual), kind),
    calc(sumAll(col.targetToDate), kind),
    ...comparison(ctx, actual, compare, direction, kind),
    label(null, 'subtotal'),
    label(null, 'subtotal'),
    kpiCall(ctx, 'STATUS', [actual, compare, direction, 'Tolerance'], 'text'),
  ];
}

/** An objective's row reads the cell from the Objectives sheet; other rows are inputs here. */
function fromObjective(objective: number | undefined, name: string, own: Cell): Cell {
  if (objective === undefined) return own;
  const item = `INDEX(${name},${objective})`;
  return { formula: `IF(${item}="","",${item})`, style: own.style?.replace('input.', 'calc.') };
}
