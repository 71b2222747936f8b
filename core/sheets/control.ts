/**
 * Control: one row per KPI — the plan's objectives first, then the framework's default KPIs they
 * do not cover — with actual to date, target to date, variance, attainment, pace, forecast and
 * GREEN/AMBER/RED status, all native formulas built by core/kpi/native (KPI_FUNCTIONS.md).
 * A volume KPI is compared with its target to date, a rate KPI with its target.
 */
import { isVolume, kpi } from '../kpi/catalogue';
import * as native from '../kpi/native';
import { cellRef, rangeRef, stringLiteral } from '../workbook/a1';
import { SheetBuilder } from '../workbook/builder';
import type { Cell } from '../workbook/spec';
import { calc, defineName, header, input, label, type SheetContext } from './context';
import { actualToDateFormula } from './kpi-actual';
import { OBJECTIVE_NAMES } from './objectives';
import { LIST_NAMES } from './settings';
import { checklist, stageIntro } from './stage-intro';
import { LEGEND, kindOfUnit } from './styles';

const SUMMARY_ROW = 4;
const HEADER_ROW = 6;
const FIRST_ROW = 7;
const COLUMNS = [
  'kpi',
  'name',
  'stage',
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
export function controlRows(ctx: Pick<SheetContext, 'plan' | 'fw'>): ControlRow[] {
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
  for (const id of fw.defaultKpis) {
    if (!rows.some((r) => r.kpi === id)) {
      rows.push({
        kpi: id,
        fiveS: kpi(id).fiveS,
        baseline: null,
        target: null,
        start: plan.start,
        end: plan.end,
      });
    }
  }
  return rows;
}

export function controlSheet(ctx: SheetContext): SheetBuilder {
  const { t } = ctx;
  const sheet = new SheetBuilder('control', t('sheet.control'), ctx.rightToLeft);
  const rows = controlRows(ctx);
  const lastRow = FIRST_ROW + rows.length - 1;
  sheet.cell(1, 1, label(t('sheet.control'), 'title'));
  stageIntro(sheet, ctx, 'control', 2, 10);
  writeSummary(sheet, ctx, lastRow);
  sheet.row(
    HEADER_ROW,
    1,
    COLUMNS.map((c) => header(t(`control.col.${c}`))),
  );
  sheet.block(
    FIRST_ROW,
    1,
    rows.map((r, i) => kpiRow(ctx, r, FIRST_ROW + i)),
  );
  statusRules(lastRow).forEach((rule) => sheet.rule(rule));
  const column = (c: number) => rangeRef(FIRST_ROW, c, lastRow, c);
  sheet.validate({ kind: 'list', range: column(col.direction), source: LIST_NAMES.directions });
  sheet.validate({ kind: 'date', range: column(col.start) });
  sheet.validate({ kind: 'date', range: column(col.end) });
  const names: [string, number][] = [
    ['KPI_ID', col.kpi],
    ['KPI_Target', col.target],
    ['KPI_Actual', col.actual],
    ['KPI_Variance', col.variance],
    ['KPI_Status', col.status],
  ];
  for (const [name, c] of names) defineName(ctx, name, sheet.id, [FIRST_ROW, c, lastRow, c]);
  checklist(sheet, ctx, 'control', lastRow + 2);
  sheet.widths(1, [16, 26, 11, 10, 9, 10, 14, 12, 11, 11, 13, 13, 12, 10, 11, 9, 13, 10]);
  sheet.height(HEADER_ROW, 32);
  return sheet.freeze(HEADER_ROW, 2);
}

function writeSummary(sheet: SheetBuilder, ctx: SheetContext, lastRow: number): void {
  const statuses = rangeRef(FIRST_ROW, col.status, lastRow, col.status, true);
  const ids = rangeRef(FIRST_ROW, col.kpi, lastRow, col.kpi, true);
  const count = (status: string) => calc(`COUNTIFS(${statuses},"${status}")`, 'integer');
  const r = SUMMARY_ROW;
  sheet.row(r, 1, [
    label(ctx.t('control.summary.green'), 'legend.green'),
    count('GREEN'),
    label(ctx.t('control.summary.amber'), 'legend.amber'),
    count('AMBER'),
    label(ctx.t('control.summary.red'), 'legend.red'),
    count('RED'),
    label(ctx.t('control.summary.open'), 'label'),
    // Engines disagree on whether COUNTIFS(range,"") counts formulas that return "".
    calc(`COUNTIFS(${ids},"<>")-B${r}-D${r}-F${r}`, 'integer'),
  ]);
}

function kpiRow(ctx: SheetContext, r: ControlRow, row: number): Cell[] {
  const { t, fw } = ctx;
  const def = kpi(r.kpi);
  const kind = kindOfUnit(def.unit);
  const ref = (c: number) => cellRef(row, c);
  const [target, start, end] = [ref(col.target), ref(col.start), ref(col.end)];
  const [actual, compare, direction] = [ref(col.actual), ref(col.targetToDate), ref(col.direction)];
  // Before a KPI's period starts there is nothing to compare yet.
  const notYet = (formula: string) => `IF(ReportDate<${start},"",${formula})`;
  // Shares of a zero target are undefined (#DIV/0! in KPI_FUNCTIONS.md); the sheet shows blank,
  // and the status still follows the contract's zero-target rule.
  const ofNonZero = (base: string, formula: string) => `IF(N(${base})=0,"",${formula})`;
  const volume = isVolume(def);
  return [
    label(r.kpi, 'calc.text'),
    label(t(`kpi.${r.kpi}`), 'calc.text'),
    label(t(`stage.${def[fw.kpiStage]}.name`), 'calc.text'),
    label(t(`fiveS.${r.fiveS}.name`), 'calc.text'),
    label(t(`unit.${def.unit}`), 'calc.text'),
    input(def.direction),
    fromObjective(r, OBJECTIVE_NAMES.baseline, input(r.baseline, kind)),
    fromObjective(r, OBJECTIVE_NAMES.target, input(r.target, kind)),
    input(r.start, 'date'),
    fromObjective(r, OBJECTIVE_NAMES.deadline, input(r.end, 'date')),
    calc(actualToDateFormula(def, start, end), kind),
    calc(
      volume
        ? notYet(native.targetToDateFormula(target, start, end, 'ReportDate'))
        : `IF(${target}="","",${target})`,
      kind,
    ),
    calc(native.varianceFormula(actual, compare), kind),
    calc(ofNonZero(compare, native.variancePctFormula(actual, compare)), 'percent'),
    calc(ofNonZero(compare, native.attainmentFormula(actual, compare, direction)), 'percent'),
    volume
      ? calc(
          notYet(ofNonZero(compare, native.paceFormula(actual, target, start, end, 'ReportDate'))),
          'decimal',
        )
      : label(null, 'calc.decimal'),
    volume
      ? calc(notYet(native.forecastFormula(actual, start, end, 'ReportDate')), kind)
      : label(null, `calc.${kind}`),
    calc(native.statusFormula(actual, compare, direction, 'Tolerance'), 'text'),
  ];
}

/** An objective's row reads the cell from the Objectives sheet; other rows are inputs here. */
function fromObjective(r: ControlRow, name: string, own: Cell): Cell {
  if (r.objective === undefined) return own;
  const item = `INDEX(${name},${r.objective})`;
  return { formula: `IF(${item}="","",${item})`, style: own.style?.replace('input.', 'calc.') };
}

function statusRules(lastRow: number) {
  const range = rangeRef(FIRST_ROW, col.status, lastRow, col.status);
  const cell = cellRef(FIRST_ROW, col.status, { absCol: true });
  const colors: [string, string][] = [
    ['GREEN', LEGEND.green],
    ['AMBER', LEGEND.amber],
    ['RED', LEGEND.red],
  ];
  return colors.map(([status, fill]) => ({
    id: `control.status.${status.toLowerCase()}`,
    range,
    formula: `${cell}=${stringLiteral(status)}`,
    format: { fill, bold: true },
  }));
}
