/**
 * Control: one section per stage of the framework's funnel (RACE or AISAS), each KPI row with
 * its RACE stage, AISAS stage and 5S objective, actual to date, target to date, variance,
 * attainment, pace, forecast and GREEN/AMBER/RED status; subtotal rows where volumes add up; a
 * header summary of KPIs on track, at risk and off track. Within a section the plan's
 * objectives come first. A volume KPI is compared with its target to date, a rate with its
 * target.
 */
import { KPI_GROUPS, TAG_STAGES, kpi, type KpiDefinition } from '../kpi/catalogue';
import { cellRef, rangeRef, stringLiteral } from '../workbook/a1';
import { SheetBuilder } from '../workbook/builder';
import type { Cell } from '../workbook/spec';
import { calc, defineName, header, label, type SheetContext } from './context';
import {
  CONTROL_COLUMNS as col,
  CONTROL_HEADERS,
  controlRows,
  kpiRow,
  subtotalRow,
} from './control-rows';
import { OBJECTIVE_NAMES } from './objectives';
import { LIST_NAMES } from './settings';
import { checklist, intro, stageChecklist, stageIntro } from './stage-intro';
import { LEGEND } from './styles';

export { CONTROL_COLUMNS, controlRows, type ControlRow } from './control-rows';

const SUMMARY_ROW = 4;
const HEADER_ROW = 6;
const FIRST_ROW = 7;

export function controlSheet(ctx: SheetContext): SheetBuilder {
  const { t } = ctx;
  const sheet = new SheetBuilder('control', t('sheet.control'), ctx.rightToLeft);
  sheet.cell(1, 1, label(t('sheet.control'), 'title'));
  // A framework with a measuring stage (SOSTAC's Control) speaks in its words; others share one.
  const measure = ctx.fw.measureStage;
  if (measure) stageIntro(sheet, ctx, measure, 2, 10);
  else intro(sheet, t('control.intro'), 2, 10);
  sheet.row(
    HEADER_ROW,
    1,
    CONTROL_HEADERS.map((c) => header(t(`control.col.${c}`))),
  );
  const body = controlBody(ctx).cells;
  sheet.block(FIRST_ROW, 1, body);
  const lastRow = FIRST_ROW + body.length - 1;
  writeSummary(sheet, ctx, lastRow);
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
  const review = measure
    ? stageChecklist(ctx, measure)
    : [1, 2, 3, 4].map((i) => t(`control.check.${i}`));
  checklist(sheet, ctx, review, lastRow + 2);
  sheet.widths(1, [16, 26, 10, 10, 9, 9, 12, 12, 12, 11, 11, 13, 13, 12, 10, 11, 9, 13, 10]);
  sheet.height(HEADER_ROW, 32);
  return sheet.freeze(HEADER_ROW, 2);
}

/** Where a KPI row sits on the Control sheet. */
export interface PlacedKpi {
  kpi: string;
  row: number;
  /** The funnel stage of the section it sits in. */
  stage: string;
}

/**
 * The body: for each stage of the framework's funnel that has KPIs, a title row, its KPI rows
 * and its subtotal rows. Title and subtotal rows leave the KPI column empty, so KPI_ID holds
 * only KPI ids.
 */
export function controlBody(ctx: SheetContext): { cells: Cell[][]; placed: PlacedKpi[] } {
  const tag = ctx.fw.kpiStage;
  const linked = ctx.names.some((n) => n.name === OBJECTIVE_NAMES.target);
  const rows = controlRows(ctx);
  const cells: Cell[][] = [];
  const placed: PlacedKpi[] = [];
  for (const stage of TAG_STAGES[tag]) {
    const members = rows.filter((r) => kpi(r.kpi)[tag] === stage);
    if (members.length === 0) continue;
    cells.push([label(null, 'section'), label(ctx.t(`${tag}.${stage}.name`), 'section')]);
    const inSection: { def: KpiDefinition; row: number }[] = [];
    for (const r of members) {
      const row = FIRST_ROW + cells.length;
      cells.push(kpiRow(ctx, r, row, linked));
      inSection.push({ def: kpi(r.kpi), row });
      placed.push({ kpi: r.kpi, row, stage });
    }
    for (const group of KPI_GROUPS) {
      const inGroup = inSection.filter((p) => group.members.includes(p.def.id));
      if (inGroup.length < 2) continue;
      const names = inGroup.map((p) => ctx.t(`kpi.${p.def.id}`)).join(' + ');
      const title = ctx.t('control.subtotal', {
        group: ctx.t(`kpiGroup.${group.id}`),
        members: names,
      });
      cells.push(subtotalRow(ctx, title, inGroup, FIRST_ROW + cells.length));
    }
  }
  return { cells, placed };
}

function writeSummary(sheet: SheetBuilder, ctx: SheetContext, lastRow: number): void {
  const statuses = rangeRef(FIRST_ROW, col.status, lastRow, col.status, true);
  const ids = rangeRef(FIRST_ROW, col.kpi, lastRow, col.kpi, true);
  // Only KPI rows count: subtotal rows have no KPI id.
  const count = (status: string) =>
    calc(`COUNTIFS(${statuses},"${status}",${ids},"<>")`, 'integer');
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
