/**
 * The cells of the Control sheet's KPI and subtotal rows, with their native formulas (built by
 * core/kpi/native, so their semantics are KPI_FUNCTIONS.md's).
 */
import { isVolume, kpi, type KpiDefinition } from '../kpi/catalogue';
import { kpiFunction, type KpiFunctionId } from '../kpi/registry';
import { cellRef } from '../workbook/a1';
import type { Cell } from '../workbook/spec';
import { calc, input, label, type SheetContext } from './context';
import type { ControlRow } from './control-layout';
import { actualToDateFormula } from './kpi-actual';
import { OBJECTIVE_NAMES } from './names';
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
export function kpiRow(ctx: SheetContext, r: ControlRow, row: number): Cell[] {
  const { t } = ctx;
  const def = kpi(r.kpi);
  const kind = kindOfUnit(def.unit);
  const ref = (c: number) => cellRef(row, c);
  const [target, start, end] = [ref(col.target), ref(col.start), ref(col.end)];
  const [actual, compare, direction] = [ref(col.actual), ref(col.targetToDate), ref(col.direction)];
  // Before a KPI's period starts there is nothing to compare yet.
  const notYet = (formula: string) => `IF(ReportDate<${start},"",${formula})`;
  const volume = isVolume(def);
  const objective = ctx.control.linkedToObjectives ? r.objective : undefined;
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
    calc(notYet(actualToDateFormula(def, start, end)), kind),
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
 * A subtotal of volume KPIs that add up (KPI_GROUPS): the actuals and targets to date of the
 * members that have both, summed, and variance, attainment and status recomputed from the sums.
 */
export function subtotalRow(
  ctx: SheetContext,
  title: string,
  members: { def: KpiDefinition; row: number }[],
  row: number,
): Cell[] {
  const kind = kindOfUnit(members[0].def.unit);
  const [a, t] = [
    (m: { row: number }) => cellRef(m.row, col.actual),
    (m: { row: number }) => cellRef(m.row, col.targetToDate),
  ];
  // Like with like: a member counts only once it has both an actual and a target to date.
  const counted = (m: { row: number }) => `AND(${a(m)}<>"",${t(m)}<>"")`;
  const none = `NOT(OR(${members.map(counted).join(',')}))`;
  const sumOf = (cell: (m: { row: number }) => string) =>
    `IF(${none},"",${members.map((m) => `IF(${counted(m)},${cell(m)},0)`).join('+')})`;
  const targets = members.map((m) => cellRef(m.row, col.target));
  const [actual, compare] = [cellRef(row, col.actual), cellRef(row, col.targetToDate)];
  // The members share a direction (KPI_GROUPS); the first member's cell is the one to edit.
  const direction = cellRef(members[0].row, col.direction);
  return [
    label(null, 'subtotal'),
    label(title, 'subtotal'),
    ...Array.from({ length: col.target - col.name - 1 }, () => label(null, 'subtotal')),
    calc(`IF(OR(${targets.map((x) => `${x}=""`).join(',')}),"",SUM(${targets.join(',')}))`, kind),
    label(null, 'subtotal'),
    label(null, 'subtotal'),
    calc(sumOf(a), kind),
    calc(sumOf(t), kind),
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
