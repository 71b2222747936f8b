/**
 * The KPI definitions table on the Settings sheet: one row per catalogue KPI with its name in
 * the plan's language, unit, direction, RACE and AISAS stage, and how its actual is computed —
 * numerator, denominator (blank for a volume) and scale, the scale blank while the economics it
 * needs (gross margin for ROI, and purchases a year and years a customer stays for lifetime
 * value) are not filled in. The Control sheet looks a row's KPI up here by id; the Objectives
 * sheet's KPI drop-down lists the names.
 */
import {
  DIRECTIONS,
  KPI_CATALOGUE,
  economicsOf,
  type KpiDefinition,
  type Metric,
} from '../../kpi/catalogue';
import { cellRef, rangeRef, stringLiteral } from '../../workbook/a1';
import type { SheetBuilder } from '../../workbook/builder';
import type { Cell } from '../../workbook/spec';
import { calc, defineColumns, header, input, label, type SheetContext } from '../context';
import { ECONOMICS_NAMES, KPI_DEF, LIST_NAMES } from '../names';

const COLUMNS = [
  'id',
  'name',
  'unit',
  'direction',
  'directionCode',
  'race',
  'aisas',
  'numerator',
  'denominator',
  'scale',
  'how',
] as const;

/** Writes the table with its header at (row, col); returns its last row. */
export function kpiDefinitions(
  sheet: SheetBuilder,
  ctx: SheetContext,
  row: number,
  col: number,
): number {
  const { t } = ctx;
  sheet.cell(row - 1, col, label(t('settings.kpiDefinitions'), 'section'));
  sheet.row(
    row,
    col,
    COLUMNS.map((c) => header(t(`settings.def.${c}`))),
  );
  const first = row + 1;
  sheet.block(
    first,
    col,
    KPI_CATALOGUE.map((def, i) => definitionRow(ctx, def, first + i, col)),
  );
  const last = first + KPI_CATALOGUE.length - 1;
  const column = (name: (typeof COLUMNS)[number]) => col + COLUMNS.indexOf(name);
  const named: [string, number][] = [
    [KPI_DEF.id, column('id')],
    [KPI_DEF.name, column('name')],
    [LIST_NAMES.kpis, column('name')],
    [KPI_DEF.unit, column('unit')],
    [KPI_DEF.direction, column('direction')],
    [KPI_DEF.directionCode, column('directionCode')],
    [KPI_DEF.race, column('race')],
    [KPI_DEF.aisas, column('aisas')],
    [KPI_DEF.numerator, column('numerator')],
    [KPI_DEF.denominator, column('denominator')],
    [KPI_DEF.scale, column('scale')],
  ];
  defineColumns(ctx, sheet.id, [first, last], named);
  const directions = column('direction');
  sheet.validate({
    kind: 'list',
    range: rangeRef(first, directions, last, directions),
    source: LIST_NAMES.directions,
  });
  return last;
}

function definitionRow(ctx: SheetContext, def: KpiDefinition, row: number, col: number): Cell[] {
  const { t } = ctx;
  const chosen = cellRef(row, col + COLUMNS.indexOf('direction'));
  const f = def.formula;
  const [numerator, denominator] =
    f.kind === 'total' ? [f.metric, null] : [f.numerator, f.denominator];
  return [
    label(def.id, 'calc.code'),
    label(t(`kpi.${def.id}`), 'calc.text'),
    label(t(`unit.${def.unit}`), 'calc.text'),
    input(t(`direction.${def.direction}`)),
    calc(directionCode(t, chosen), 'code'),
    label(t(`race.${def.race}.name`), 'calc.text'),
    label(t(`aisas.${def.aisas}.name`), 'calc.text'),
    label(numerator, 'calc.code'),
    label(denominator, 'calc.code'),
    scaleCell(def),
    label(howItIsComputed(ctx, def), 'guidance'),
  ];
}

/**
 * The code the formulas read for the direction the marketer chose by name (or typed as a
 * code); blank, which the KPI functions read as "higher", for anything else.
 */
function directionCode(t: SheetContext['t'], chosen: string): string {
  const is = (code: string) =>
    `OR(${chosen}=${stringLiteral(t(`direction.${code}`))},${chosen}=${stringLiteral(code)})`;
  return DIRECTIONS.reduceRight(
    (otherwise, code) => `IF(${is(code)},${stringLiteral(code)},${otherwise})`,
    '""',
  );
}

/** The scale and the economic factors; blank while an economic input the KPI needs is. */
function scaleCell(def: KpiDefinition): Cell {
  const f = def.formula;
  const scale = f.kind === 'ratio' ? (f.scale ?? 1) : 1;
  const needs = economicsOf(def).map((e) => ECONOMICS_NAMES[e]);
  if (needs.length === 0) return label(scale, 'calc.decimal');
  const factors = f.kind === 'ratio' ? (f.factors ?? []).map((e) => ECONOMICS_NAMES[e]) : [];
  const product = [String(scale), ...factors].join('*');
  const missing =
    needs.length === 1 ? `${needs[0]}=""` : `OR(${needs.map((n) => `${n}=""`).join(',')})`;
  return calc(`IF(${missing},"",${product})`, 'decimal');
}

/** "Media spend ÷ Clicks × 1,000", in the marketer's words. */
function howItIsComputed(ctx: SheetContext, def: KpiDefinition): string {
  const { t } = ctx;
  const name = (m: Metric) => t(`metric.${m}`);
  const f = def.formula;
  if (f.kind === 'total') return t('settings.def.sumOf', { metric: name(f.metric) });
  const factors = (f.factors ?? []).map((e) => t(`settings.${e}`));
  const scale = f.scale && f.scale !== 1 ? [f.scale.toLocaleString('en')] : [];
  return [`${name(f.numerator)} ÷ ${name(f.denominator)}`, ...scale, ...factors].join(' × ');
}
