/**
 * The cells of the Control sheet's funnel KPI rows and subtotal rows: what each column holds
 * (control-formulas.ts has the formulas that read the KPI definitions and the Totals sheet),
 * with the KPI functions' native formulas (core/kpi/native, so their semantics are
 * KPI_FUNCTIONS.md's) for variance, attainment, the rate's path and the status.
 */
import { kpi, type KpiDefinition } from '../../kpi/catalogue';
import { kpiFunction, type KpiFunctionId } from '../../kpi/registry';
import { cellRef, sheetPrefix, stringLiteral } from '../../workbook/a1';
import type { Cell } from '../../workbook/spec';
import { calc, input, label, type SheetContext } from '../context';
import {
  actualFormula,
  comparedAt,
  countsFromFormula,
  definition,
  forecastFormula,
  paceFormula,
  shareFormula,
  throughFormula,
  volumeTargetFormula,
  type RowRefs,
} from './formulas';
import {
  CONTROL_COLUMNS,
  CONTROL_HEADERS as COLUMNS,
  type ControlColumn,
  type ControlLine,
  type ControlRow,
} from '../layouts/control';
import { KPI_DEF, OBJECTIVE_NAMES } from '../names';
import { kindOfUnit, type NumberKind } from '../styles';
import { targetsLayout, weightedDaysRefs } from '../layouts/targets';
import { monthsBetween } from '../../dates/months';
import { numberIn } from '../../workbook/formulas';

const col = CONTROL_COLUMNS;

/** The row's own cells, by column. */
export function rowRefs(row: number): Record<ControlColumn, string> {
  return Object.fromEntries(COLUMNS.map((c) => [c, cellRef(row, col[c])])) as Record<
    ControlColumn,
    string
  >;
}

/**
 * A cell computed by a KPI function: the native formula, and (when the plan asks for add-in
 * formulas) the same computation calling the custom function — KPI.ID(...) in Excel's spelling,
 * which the Sheets renderer writes KPI_ID(...). `wrap` adds the sheet's own guards around either.
 */
export function kpiCall(
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
const ofNonZero = (base: string, formula: string) => `IF(${numberIn(base)}=0,"",${formula})`;

/** The row's tolerance, or the Settings sheet's when the marketer cleared it. */
export const toleranceOf = (cell: string) => `IF(${cell}="",Tolerance,${cell})`;

/**
 * Variance, variance %, attainment and status of an actual against what it is compared with,
 * and the status in the marketer's words beside the code.
 */
export function comparison(
  ctx: SheetContext,
  r: {
    actual: string;
    targetToDate: string;
    directionCode: string;
    tolerance: string;
    status: string;
    variancePct: string;
  },
  kind: NumberKind,
): { variance: Cell; variancePct: Cell; attainment: Cell; status: Cell; verdict: Cell } {
  const [actual, compare, direction] = [r.actual, r.targetToDate, r.directionCode];
  const nonZero = (f: string) => ofNonZero(compare, f);
  return {
    variance: kpiCall(ctx, 'VARIANCE', [actual, compare], kind),
    variancePct: kpiCall(ctx, 'VARIANCE_PCT', [actual, compare], 'percent', nonZero),
    attainment: kpiCall(ctx, 'ATTAINMENT', [actual, compare, direction], 'percent', nonZero),
    status: kpiCall(ctx, 'STATUS', [actual, compare, direction, toleranceOf(r.tolerance)], 'code'),
    verdict: calc(verdictOf(ctx, r.status, r.variancePct), 'text'),
  };
}

/**
 * The row in one line: the status in the marketer's words and, off target, how far above or
 * below what was due by now ("At risk · 8% below plan to date"); "" while there is no status.
 */
export function verdictOf(ctx: SheetContext, status: string, variancePct?: string): string {
  const word = (code: string) => stringLiteral(ctx.t(`status.${code}`));
  const words =
    `IF(${status}="GREEN",${word('GREEN')},IF(${status}="AMBER",${word('AMBER')},` +
    `IF(${status}="RED",${word('RED')},"")))`;
  if (variancePct === undefined) return words;
  const side = (key: string) => stringLiteral(ctx.t(`control.verdict.${key}`));
  const pct = numberIn(variancePct);
  // Whole percents, written without TEXT (whose rounding HyperFormula does not share).
  // Rounded to six places first: engines' float noise must not tip 27.5% either way.
  const whole = `ROUND(ROUND(ABS(${pct}),6)*100,0)`;
  const gap =
    `IF(${whole}=0,""," · "&${whole}&"% "&` + `IF(${pct}<0,${side('below')},${side('above')}))`;
  return `IF(${status}="","",${words}&${gap})`;
}

/** A row of cells from a column → cell map (columns left out are blank in `blank`'s style). */
export function rowOf(cells: Partial<Record<ControlColumn, Cell>>, blank: Cell): Cell[] {
  return COLUMNS.map((c) => cells[c] ?? { ...blank });
}

type KpiLine = Extract<ControlLine, { kind: 'kpi' }>;

/** The cells of one funnel KPI row. */
export function kpiRow(ctx: SheetContext, line: KpiLine): Cell[] {
  const { t } = ctx;
  const r = line.control;
  const def = kpi(r.kpi);
  const objective = ctx.control.linkedToObjectives ? r.objective : undefined;
  // Formatted by the unit of the KPI the plan gives the row (a KPI changed on the Objectives
  // sheet to one of another unit keeps this format until the plan is generated again).
  const kind: NumberKind = kindOfUnit(def.unit);
  const ref = rowRefs(line.row);
  const fromDef = (column: string) => calc(definition(ref, column), 'text');
  const notYet = (f: string) => `IF(ReportDate<${ref.start},"",${f})`;
  const volume = line.phased !== undefined ? volumeTargetFormula(ref) : '""';
  const pathArgs = [ref.baseline, ref.target, ref.start, ref.end, comparedAt(ref)];
  const counted = totalCounted(ctx, r, objective);
  const totalWords = stringLiteral(` · ${t('targetIs.total')}`);
  return rowOf(
    {
      kpi: objective !== undefined ? objectiveKpi(objective) : label(r.kpi, 'calc.code'),
      name:
        counted === undefined
          ? fromDef(KPI_DEF.name)
          : calc(
              `${definition(ref, KPI_DEF.name)}&IF(AND(${counted},${ref.denominator}=""),${totalWords},"")`,
              'text',
            ),
      race: fromDef(KPI_DEF.race),
      aisas: fromDef(KPI_DEF.aisas),
      fiveS:
        objective !== undefined
          ? fromObjective(objective, OBJECTIVE_NAMES.fiveS, label(null, 'calc.text'))
          : label(t(`fiveS.${r.fiveS}.name`), 'calc.text'),
      unit: fromDef(KPI_DEF.unit),
      direction: fromDef(KPI_DEF.direction),
      directionCode: calc(definition(ref, KPI_DEF.directionCode), 'code'),
      baseline: fromObjective(objective, OBJECTIVE_NAMES.baseline, input(r.baseline, kind)),
      target: fromObjective(objective, OBJECTIVE_NAMES.target, input(r.target, kind)),
      start: input(r.start, 'date'),
      end: fromObjective(objective, OBJECTIVE_NAMES.deadline, input(r.end, 'date')),
      tolerance: { formula: 'Tolerance', style: 'input.percent' },
      actual: calc(actualFormula(ref), kind),
      targetToDate: kpiCall(ctx, 'TARGET_PATH', pathArgs, kind, (f) =>
        notYet(`IF(${ref.denominator}="",${volume},${f})`),
      ),
      ...comparison(ctx, ref, kind),
      pace: calc(paceFormula(ref, ref.targetToDate), 'percent'),
      forecast: calc(forecastFormula(ref), kind),
      through: calc(throughFormula(ref), 'date'),
      share:
        line.phased !== undefined ? shareCell(ctx, ref, line.phased) : label(null, 'calc.percent'),
      numerator: calc(definition(ref, KPI_DEF.numerator), 'code'),
      denominator: calc(definition(ref, KPI_DEF.denominator), 'code'),
      countsFrom:
        counted === undefined
          ? { value: 0, style: 'calc.decimal' }
          : calc(countsFromFormula(ref, counted), 'decimal'),
    },
    label(null, 'calc.text'),
  );
}

/**
 * The condition "the row's target is a total with the baseline counted in": an objective's
 * choice on its SMART row, or the plan's for a row that does not read them; undefined for a row
 * whose target is what the plan adds and cannot be changed to a total.
 */
function totalCounted(ctx: SheetContext, r: ControlRow, objective: number | undefined) {
  if (objective !== undefined) {
    const words = stringLiteral(ctx.t('targetIs.total'));
    return `INDEX(${OBJECTIVE_NAMES.targetIs},${objective})=${words}`;
  }
  return r.targetIs === 'total' ? 'TRUE' : undefined;
}

/** The phased share to date, read from the row's column of weighted days on Targets. */
function shareCell(ctx: SheetContext, ref: RowRefs, phased: number): Cell {
  const layout = targetsLayout(monthsBetween(ctx.plan.start, ctx.plan.end).length);
  const { range, total } = weightedDaysRefs(layout, phased);
  const targets = sheetPrefix(ctx.titleOf('targets'));
  return calc(shareFormula(ref, `${targets}${range}`, `${targets}${total}`), 'percent');
}

/**
 * The KPI an objective names on the Objectives sheet (by its name in the drop-down, or by its
 * id), as the id the definitions table is keyed by.
 */
function objectiveKpi(objective: number): Cell {
  const chosen = `INDEX(${OBJECTIVE_NAMES.kpi},${objective})`;
  const position = `IFERROR(MATCH(${chosen},${KPI_DEF.name},0),MATCH(${chosen},${KPI_DEF.id},0))`;
  return calc(`IFERROR(INDEX(${KPI_DEF.id},${position}),"")`, 'code');
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
  const ref = rowRefs(row);
  // The members share a direction and a tolerance (KPI_GROUPS): the first member's.
  const first = rowRefs(members[0].row);
  const own = { ...ref, directionCode: first.directionCode, tolerance: first.tolerance };
  return rowOf(
    {
      name: label(title, 'subtotal'),
      target: calc(
        `IF(OR(${targets.map((x) => `${x}=""`).join(',')}),"",SUM(${targets.join(',')}))`,
        kind,
      ),
      actual: calc(sumOf(a), kind),
      targetToDate: calc(sumOf(t), kind),
      ...comparison(ctx, own, kind),
    },
    label(null, 'subtotal'),
  );
}

/** An objective's row reads the cell from the Objectives sheet; other rows are inputs here. */
function fromObjective(objective: number | undefined, name: string, own: Cell): Cell {
  if (objective === undefined) return own;
  const item = `INDEX(${name},${objective})`;
  return { formula: `IF(${item}="","",${item})`, style: own.style?.replace('input.', 'calc.') };
}
