/**
 * Schedule: the Gantt. One row per task (id, name, stage, channel, owner, links, not-before
 * date, start, working days, end, buffer, progress, status, budget, baseline, slip, late finish,
 * slack) and a timeline whose bars are drawn only by conditional formatting over empty cells,
 * so the marketer may type in the grid. Dates count working days of the Holidays sheet's week.
 */
import type { Task } from '../../plan/types';
import { cellRef, rangeRef, stringLiteral } from '../../workbook/a1';
import { SheetBuilder } from '../../workbook/builder';
import {
  calc,
  defineColumns,
  defineName,
  header,
  label,
  stageText,
  type SheetContext,
  type SheetEntry,
} from '../context';
import { GANTT, GANTT_COLUMNS, ganttLayout, type GanttLayout } from '../layouts/schedule';
import { LINK_TYPES } from '../../plan/links';
import { MAX_LAG_DAYS } from '../../plan/limits';
import { taskRow, type RowContext } from './rows';
import { LIST_NAMES } from '../names';
import { intro, stageGuidance } from '../sections/guidance';
import { LEGEND } from '../styles';
import { openingView, timelineColumns, timelineRules, writeTimelineHeader } from './timeline';
import { figureWidths } from '../layouts/widths';
import { daysWorkedAWeek } from '../formulas/working-days';

const C = GANTT.col;
/** The task's id and name stay on screen. */
const FROZEN_COLUMNS = 2;

export function scheduleSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t, plan } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  const layout = ganttLayout(plan, timelineColumns(plan));
  sheet.cell(1, 1, label(t('sheet.schedule'), 'title'));
  // A framework with a planning stage (SOSTAC's Action) speaks in its words; others share one.
  const stage = ctx.fw.scheduleStage;
  // Within the frozen id and name columns (7 + 30 characters wide).
  intro(sheet, stage ? stageGuidance(ctx, stage) : t('gantt.intro'), 2, 2, 37);
  sheet.row(GANTT.reportDateRow, GANTT.reportDateCol - 1, [
    label(t('gantt.reportDate'), 'label.right'),
    calc('ReportDate', 'date'),
  ]);
  writeLegend(sheet, ctx);
  sheet.row(GANTT.projectEndRow, GANTT.reportDateCol - 1, [
    label(t('gantt.projectEnd'), 'label.right'),
    calc(`MAX(${rangeRef(layout.firstRow, C.end, layout.lastRow, C.end)})`, 'date'),
  ]);
  sheet.row(GANTT.projectEndRow, GANTT.weekDaysCol - 1, [
    label(t('gantt.weekDays'), 'label.right'),
    calc(daysWorkedAWeek, 'integer'),
  ]);
  const headers = GANTT_COLUMNS;
  sheet.row(
    GANTT.headerRow,
    1,
    headers.map((h) => header(t(`gantt.col.${h}`))),
  );
  // The plan's tasks, then spare rows: every formula, blank inputs.
  const rows = layout.lastRow - layout.firstRow + 1;
  const tasks: (Task | null)[] = Array.from({ length: rows }, (_, i) => plan.tasks[i] ?? null);
  const rc = rowContext(ctx, layout);
  sheet.block(
    layout.firstRow,
    1,
    tasks.map((task, i) => taskRow(task, layout.firstRow + i, rc)),
  );
  writeTimelineHeader(sheet, plan, layout);
  timelineRules(plan, layout).forEach((rule) => sheet.rule(rule));
  statusRules(ctx, layout).forEach((rule) => sheet.rule(rule));
  validations(sheet, layout);
  defineNames(ctx, sheet.id, layout);
  // Equal neighbours make one call for the Sheets add-on: the collapsed groups are one width.
  const widths = [
    // id … owner, four predecessors, their types and lags, the check
    ...[7, 30, 10, 10, 12],
    ...[9, 9, 9, 9, 6, 6, 6, 6, 6, 6, 6, 6, 14],
    // not before … budget
    ...[11, 11, 6, 11, 7, 9, 12, 12],
    // the group: bar ends … budget offset, then the links' workings
    ...Array<number>(C.linkBound4 - C.bufferEnd + 1).fill(11),
    1,
  ];
  sheet.widths(1, widths);
  // The links' types and lags in one collapsed group; the ends the bars are drawn from, the
  // baseline, the slack and the links' workings in another: the first bar column then opens on
  // a 1366-pixel screen beside the task's dates.
  const typesAndLags = { from: C.type1, to: C.lag4 };
  const workings = { from: C.bufferEnd, to: C.linkBound4 };
  sheet.groupColumns(typesAndLags.from, typesAndLags.to);
  sheet.groupColumns(workings.from, workings.to);
  sheet.print({
    // The plan's tasks, not the spare rows below them.
    area: rangeRef(1, 1, layout.lastTaskRow, layout.firstCol + layout.columns - 1),
    landscape: true,
    pagesTall: 0,
    titleRows: { from: GANTT.headerRow, to: GANTT.headerRow },
    titleColumns: { from: C.id, to: C.name },
  });
  // A long plan opens at the current week when the first screen would not show it.
  const shown = widths.map((w, i) => {
    const col = i + 1;
    const within = (g: { from: number; to: number }) => col >= g.from && col <= g.to;
    if (within(typesAndLags) || within(workings)) return 0;
    return col === C.budget ? Math.max(w, figureWidths(plan).money) : w;
  });
  const opens = openingView(plan, layout, shown, FROZEN_COLUMNS);
  if (opens) sheet.opensAt({ row: layout.firstRow, ...opens });
  return sheet.freeze(GANTT.headerRow, FROZEN_COLUMNS);
}

/** What every task row needs: the table's end and words in the plan's language. */
function rowContext(ctx: SheetContext, layout: GanttLayout): RowContext {
  const keys = ['done', 'notStarted', 'late', 'onTrack', 'behind'] as const;
  const status = new Map(keys.map((k) => [k, stringLiteral(ctx.t(`gantt.status.${k}`))]));
  return {
    lastRow: layout.lastRow,
    check: { missing: ctx.t('gantt.link.missing'), inserted: ctx.t('gantt.link.inserted') },
    stage: new Map(ctx.fw.stages.map((st) => [st.id, stageText(ctx, st.id, 'name')])),
    status: (key) => status.get(key) as string,
  };
}

function writeLegend(sheet: SheetBuilder, ctx: SheetContext): void {
  // Two lines high: a label longer than its column wraps.
  sheet.height(GANTT.reportDateRow, 30);
  const keys = ['task', 'done', 'critical', 'buffer', 'milestone', 'today', 'baseline'];
  if (ctx.plan.timeline !== 'month') keys.push('dayOff');
  if (ctx.plan.timeline === 'week') keys.push('holiday');
  keys.forEach((k, i) =>
    sheet.cell(
      GANTT.reportDateRow,
      GANTT.legendCols[i],
      label(ctx.t(`gantt.legend.${k}`), `legend.${k}`),
    ),
  );
}

function statusRules(ctx: SheetContext, layout: GanttLayout) {
  const range = rangeRef(layout.firstRow, C.status, layout.lastRow, C.status);
  const cell = cellRef(layout.firstRow, C.status, { absCol: true });
  const colors: [string, string][] = [
    ['late', 'C00000'],
    ['behind', 'B45F06'],
    ['done', '38761D'],
  ];
  const slack = cellRef(layout.firstRow, C.slack, { absCol: true });
  return [
    ...colors.map(([key, color]) => ({
      id: `gantt.status.${key}`,
      range,
      formula: `${cell}=${stringLiteral(ctx.t(`gantt.status.${key}`))}`,
      format: { fontColor: color, bold: true },
    })),
    {
      id: 'gantt.critical.name',
      range: rangeRef(layout.firstRow, C.id, layout.lastRow, C.name),
      formula: `AND(${slack}<>"",${slack}<=0)`,
      format: { fontColor: LEGEND.critical, bold: true },
    },
  ];
}

function validations(sheet: SheetBuilder, layout: GanttLayout): void {
  const col = (c: number) => rangeRef(layout.firstRow, c, layout.lastRow, c);
  sheet.validate({
    kind: 'list',
    range: col(C.stage),
    source: LIST_NAMES.stages,
    allowBlank: true,
  });
  sheet.validate({
    kind: 'list',
    range: col(C.channel),
    source: LIST_NAMES.channels,
    allowBlank: true,
  });
  sheet.validate({ kind: 'number', range: col(C.days), min: 0, max: 1000, integer: true });
  // One rule over each slot's block of columns: the link types, then the lags.
  const block = (from: number, to: number) => rangeRef(layout.firstRow, from, layout.lastRow, to);
  sheet.validate({ kind: 'choice', range: block(C.type1, C.type4), values: [...LINK_TYPES] });
  const lags = { min: -MAX_LAG_DAYS, max: MAX_LAG_DAYS, integer: true };
  sheet.validate({ kind: 'number', range: block(C.lag1, C.lag4), ...lags });
  for (const c of [C.notBefore, C.baselineStart, C.baselineEnd]) {
    sheet.validate({ kind: 'date', range: col(c) });
  }
  sheet.validate({ kind: 'number', range: col(C.buffer), min: 0, max: 260, integer: true });
  sheet.validate({ kind: 'number', range: col(C.internalLead), min: 0, max: 260, integer: true });
  sheet.validate({ kind: 'number', range: col(C.progress), min: 0, max: 1 });
  sheet.validate({ kind: 'number', range: col(C.budget), min: 0 });
}

function defineNames(ctx: SheetContext, sheetId: string, layout: GanttLayout): void {
  const { firstRow, lastRow, firstCol, columns } = layout;
  const column: [string, number][] = [
    ['Tasks_ID', C.id],
    ['Tasks_Name', C.name],
    ['Tasks_Stage', C.stage],
    ['Tasks_Channel', C.channel],
    ['Tasks_Owner', C.owner],
    ['Tasks_Start', C.start],
    ['Tasks_End', C.end],
    ['Tasks_Progress', C.progress],
    ['Tasks_Slack', C.slack],
    ['Tasks_Budget', C.budget],
  ];
  defineColumns(ctx, sheetId, [firstRow, lastRow], column);
  const lastCol = firstCol + columns - 1;
  defineName(ctx, 'Timeline_Start', sheetId, [GANTT.headerRow, firstCol, GANTT.headerRow, lastCol]);
  defineName(ctx, 'Timeline_Grid', sheetId, [firstRow, firstCol, lastRow, lastCol]);
}
