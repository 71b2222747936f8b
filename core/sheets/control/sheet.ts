/**
 * Control: one section per stage of the framework's funnel (RACE or AISAS), each KPI row with
 * its RACE stage, AISAS stage and 5S objective, actual to date, target to date, variance,
 * attainment, pace, forecast, its own tolerance and GREEN/AMBER/RED status; subtotal rows where
 * volumes add up; a header summary of KPIs on track, at risk and off track. Within a section
 * the plan's objectives come first. A volume KPI is compared with its phased target to date
 * (Targets sheet), a rate with where its straight path from baseline to target stands; both
 * through the same day. Below the funnel, a section per channel (control-channels.ts).
 */
import { kpi } from '../../kpi/catalogue';
import { cellRef, rangeRef, stringLiteral } from '../../workbook/a1';
import { SheetBuilder } from '../../workbook/builder';
import type { Cell } from '../../workbook/spec';
import { calc, defineColumns, header, label, type SheetContext, type SheetEntry } from '../context';
import {
  CONTROL_COLUMNS as col,
  CONTROL_HEADERS,
  CONTROL_VISIBLE,
  CONTROL_HEADER_ROW as HEADER_ROW,
  CONTROL_SUMMARY_ROW as SUMMARY_ROW,
} from '../layouts/control';
import { channelRows } from './channels';
import { kpiRow, rowOf, subtotalRow } from './rows';
import { checklist, intro, stageChecklist, stageGuidance } from '../sections/guidance';
import { LEGEND } from '../styles';

/** The most rows Control prints on one page (landscape A4, one page wide). */
const ONE_PAGE_ROWS = 55;

export function controlSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  sheet.cell(1, 1, label(t('sheet.control'), 'title'));
  // The review log, where each review's answers and decisions are kept.
  sheet.cell(1, 3, {
    value: t('control.reviewLog', { sheet: ctx.titleOf('reviews') }),
    style: 'link',
    linkToSheet: 'reviews',
  } as Cell);
  // A framework with a measuring stage (SOSTAC's Control) speaks in its words; others share one.
  const measure = ctx.fw.measureStage;
  const guidance = measure ? stageGuidance(ctx, measure) : t('control.intro');
  // Across the name and the figures beside it.
  intro(sheet, guidance, 2, CONTROL_VISIBLE, 150);
  sheet.row(
    HEADER_ROW,
    1,
    CONTROL_HEADERS.map((c) => header(t(`control.col.${c}`))),
  );
  const { firstRow, lastRow, bodyLastRow } = ctx.control;
  sheet.block(firstRow, 1, controlBody(ctx));
  if (ctx.control.channels.length > 0) {
    sheet.cell(ctx.control.channelsRow, 1, label(t('control.channels'), 'section'));
    for (const block of ctx.control.channels) {
      for (const [row, cells] of channelRows(ctx, block)) sheet.row(row, 1, cells);
    }
  }
  const { untargetedRow } = ctx.control;
  if (untargetedRow !== undefined) {
    sheet.cell(untargetedRow, 1, label(t('control.untargeted'), 'section'));
    sheet.groupRows(untargetedRow + 1, ctx.control.bodyLastRow);
  }
  writeSummary(sheet, ctx);
  statusRules(ctx).forEach((rule) => sheet.rule(rule));
  const column = (c: number, last = lastRow) => rangeRef(firstRow, c, last, c);
  sheet.validate({ kind: 'date', range: column(col.start) });
  sheet.validate({ kind: 'date', range: column(col.end) });
  sheet.validate({ kind: 'number', range: column(col.tolerance, bodyLastRow), min: 0, max: 0.99 });
  const names: [string, number][] = [
    ['KPI_ID', col.kpi],
    ['KPI_Target', col.target],
    ['KPI_Actual', col.actual],
    ['KPI_Variance', col.variance],
    ['KPI_Status', col.status],
  ];
  defineColumns(ctx, sheet.id, [firstRow, lastRow], names);
  // Every rated row, the channels' included: what the summaries count.
  defineColumns(
    ctx,
    sheet.id,
    [firstRow, bodyLastRow],
    [
      ['Control_ID', col.kpi],
      ['Control_Status', col.status],
    ],
  );
  const review = measure
    ? stageChecklist(ctx, measure)
    : [1, 2, 3, 4].map((i) => t(`control.check.${i}`));
  checklist(sheet, ctx, review, bodyLastRow + 2);
  // Few distinct widths: each run of equal widths is one call for the add-ins.
  const figures = Array.from({ length: CONTROL_VISIBLE - 3 }, () => 14);
  const helpers = Array.from({ length: CONTROL_HEADERS.length - CONTROL_VISIBLE }, () => 12);
  sheet.widths(1, [28, ...figures, 9, 30, ...helpers]);
  sheet.height(HEADER_ROW, 45);
  sheet.groupColumns(CONTROL_VISIBLE + 1, CONTROL_HEADERS.length);
  // On one page while that keeps text at about 7 points or more (55 rows); longer, one page wide.
  const hidden = untargetedRow !== undefined ? ctx.control.bodyLastRow - untargetedRow : 0;
  sheet.print({
    landscape: true,
    pagesTall: ctx.control.bodyLastRow - hidden <= ONE_PAGE_ROWS ? 1 : 0,
    titleRows: { from: HEADER_ROW, to: HEADER_ROW },
    area: rangeRef(1, 1, ctx.control.bodyLastRow, CONTROL_VISIBLE),
  });
  // No frozen columns: the twelve fit a 1366-pixel screen, and the intro spans them.
  return sheet.freeze(HEADER_ROW, 0);
}

/**
 * The body, as the layout places it: a title row per funnel stage, its KPI rows and its
 * subtotal rows. Title and subtotal rows leave the KPI column empty, so KPI_ID holds only
 * KPI ids.
 */
function controlBody(ctx: SheetContext): Cell[][] {
  return ctx.control.lines.map((line): Cell[] => {
    if (line.kind === 'section') {
      const tag = ctx.fw.kpiStage;
      const title = label(ctx.t(`${tag}.${line.stage}.name`), 'section');
      return rowOf({ name: title }, label(null, 'section'));
    }
    if (line.kind === 'kpi') return kpiRow(ctx, line);
    const names = line.members.map((p) => ctx.t(`kpi.${p.kpi}`)).join(' + ');
    const title = ctx.t('control.subtotal', {
      group: ctx.t(`kpiGroup.${line.group}`),
      members: names,
    });
    const members = line.members.map((p) => ({ def: kpi(p.kpi), row: p.row }));
    return subtotalRow(ctx, title, members, line.row);
  });
}

function writeSummary(sheet: SheetBuilder, ctx: SheetContext): void {
  const { firstRow, bodyLastRow } = ctx.control;
  const statuses = rangeRef(firstRow, col.status, bodyLastRow, col.status, true);
  const ids = rangeRef(firstRow, col.kpi, bodyLastRow, col.kpi, true);
  // KPI rows and channels' rows count: section, subtotal and channel title rows have no id.
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

function statusRules(ctx: SheetContext) {
  const { firstRow, bodyLastRow } = ctx.control;
  // The code and the words beside it take the status's colour.
  const range = rangeRef(firstRow, col.status, bodyLastRow, col.verdict);
  const cell = cellRef(firstRow, col.status, { absCol: true });
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
