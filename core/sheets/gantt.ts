/**
 * Actions: the Gantt. One row per task (id, name, stage, channel, owner, dependency, start,
 * working days, end, buffer, progress, status, budget) and a timeline whose bars are drawn only
 * by conditional formatting over empty cells, so the marketer may type in the grid.
 */
import type { Task } from '../plan/types';
import { absRef, cellRef, rangeRef, stringLiteral } from '../workbook/a1';
import { SheetBuilder } from '../workbook/builder';
import type { Cell } from '../workbook/spec';
import {
  calc,
  defineName,
  header,
  input,
  label,
  stageText,
  type SheetContext,
  type SheetEntry,
} from './context';
import { GANTT, ganttLayout, type GanttLayout } from './gantt-layout';
import { LIST_NAMES } from './names';
import { intro, stageGuidance } from './sections/guidance';
import { timelineColumns, timelineRules, writeTimelineHeader } from './timeline';

const C = GANTT.col;
const EPSILON = '0.000000001';

export function ganttSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t, plan } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  const layout = ganttLayout(plan, timelineColumns(plan));
  const rowOf = new Map(plan.tasks.map((task, i) => [task.id, layout.firstRow + i]));
  sheet.cell(1, 1, label(t('sheet.actions'), 'title'));
  // A framework with a planning stage (SOSTAC's Action) speaks in its words; others share one.
  const stage = ctx.fw.scheduleStage;
  // Within the frozen id and name columns (7 + 34 characters wide).
  intro(sheet, stage ? stageGuidance(ctx, stage) : t('gantt.intro'), 2, 2, 41);
  sheet.row(GANTT.reportDateRow, GANTT.reportDateCol - 1, [
    label(t('gantt.reportDate'), 'label.right'),
    calc('ReportDate', 'date'),
  ]);
  writeLegend(sheet, ctx);
  const headers = [
    'id',
    'name',
    'stage',
    'channel',
    'owner',
    'dependsOn',
    'lag',
    'start',
    'days',
    'end',
    'buffer',
    'bufferEnd',
    'progress',
    'status',
    'budget',
  ];
  sheet.row(
    GANTT.headerRow,
    1,
    headers.map((h) => header(t(`gantt.col.${h}`))),
  );
  const tasks: (Task | null)[] = plan.tasks.length > 0 ? plan.tasks : [null];
  const words = rowWords(ctx);
  sheet.block(
    layout.firstRow,
    1,
    tasks.map((task, i) => taskRow(task, layout.firstRow + i, rowOf, words)),
  );
  writeTimelineHeader(sheet, plan, layout);
  timelineRules(plan, layout).forEach((rule) => sheet.rule(rule));
  statusRules(ctx, layout).forEach((rule) => sheet.rule(rule));
  validations(sheet, layout);
  defineNames(ctx, sheet.id, layout);
  sheet.widths(1, [7, 34, 12, 12, 14, 9, 6, 11, 6, 11, 7, 11, 9, 12, 12, 1]);
  return sheet.freeze(GANTT.headerRow, 2);
}

/** What every task row says in the plan's language, translated once for all the rows. */
interface RowWords {
  stage: Map<string, string>;
  /** Each status as a formula's string literal. */
  status: (key: 'done' | 'notStarted' | 'late' | 'onTrack' | 'behind') => string;
}

function rowWords(ctx: SheetContext): RowWords {
  const keys = ['done', 'notStarted', 'late', 'onTrack', 'behind'] as const;
  const status = new Map(keys.map((k) => [k, stringLiteral(ctx.t(`gantt.status.${k}`))]));
  return {
    stage: new Map(ctx.fw.stages.map((st) => [st.id, stageText(ctx, st.id, 'name')])),
    status: (key) => status.get(key) as string,
  };
}

function taskRow(
  task: Task | null,
  row: number,
  rowOf: Map<string, number>,
  words: RowWords,
): Cell[] {
  const ref = (col: number) => cellRef(row, col);
  // A follower refers to its predecessor's cells directly (not through INDEX/MATCH over the
  // task columns, which engines that resolve dependencies statically would see as a cycle).
  const predecessorRow = task?.dependsOn ? (rowOf.get(task.dependsOn) ?? null) : null;
  const start: Cell =
    predecessorRow !== null
      ? calc(
          `IF(${cellRef(predecessorRow, C.end)}="","",WORKDAY(${cellRef(predecessorRow, C.end)},1+${ref(C.lag)}))`,
          'date',
        )
      : input(task ? task.fixedStart : null, 'date');
  const after: Cell =
    predecessorRow !== null ? calc(cellRef(predecessorRow, C.id), 'text') : label('', 'calc.text');
  const reportDate = absRef(GANTT.reportDateRow, GANTT.reportDateCol);
  const [s, d, e, p] = [ref(C.start), ref(C.days), ref(C.end), ref(C.progress)];
  const expected = `IF(${d}=0,0,(NETWORKDAYS(${s},${reportDate})-1)/${d})`;
  const { status } = words;
  return [
    input(task?.id ?? null),
    input(task?.name ?? null),
    input(task ? (words.stage.get(task.stage) ?? null) : null),
    input(task?.channel || null),
    input(task?.owner || null),
    after,
    input(task?.lag ?? 0, 'integer'),
    start,
    input(task?.days ?? 1, 'integer'),
    calc(`IF(${s}="","",IF(${d}=0,${s},WORKDAY(${s},${d}-1)))`, 'date'),
    input(task?.buffer ?? 0, 'integer'),
    calc(`IF(${e}="","",WORKDAY(${e},${ref(C.buffer)}))`, 'date'),
    input(task?.progress ?? 0, 'percent'),
    calc(
      `IF(${s}="","",IF(${p}>=1,${status('done')},IF(${reportDate}<${s},${status('notStarted')},` +
        `IF(${reportDate}>${e},${status('late')},IF(${p}>=${expected}-${EPSILON},${status('onTrack')},${status('behind')})))))`,
      'text',
    ),
    input(task?.budget ?? 0, 'currency'),
  ];
}

function writeLegend(sheet: SheetBuilder, ctx: SheetContext): void {
  const keys = ['task', 'done', 'buffer', 'milestone', 'today'];
  if (ctx.plan.timeline === 'day') keys.push('weekend');
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
  return colors.map(([key, color]) => ({
    id: `gantt.status.${key}`,
    range,
    formula: `${cell}=${stringLiteral(ctx.t(`gantt.status.${key}`))}`,
    format: { fontColor: color, bold: true },
  }));
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
  sheet.validate({ kind: 'number', range: col(C.lag), min: 0, max: 260, integer: true });
  sheet.validate({ kind: 'number', range: col(C.buffer), min: 0, max: 260, integer: true });
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
    ['Tasks_Start', C.start],
    ['Tasks_End', C.end],
    ['Tasks_Progress', C.progress],
    ['Tasks_Budget', C.budget],
  ];
  for (const [name, col] of column) defineName(ctx, name, sheetId, [firstRow, col, lastRow, col]);
  const lastCol = firstCol + columns - 1;
  defineName(ctx, 'Timeline_Start', sheetId, [GANTT.headerRow, firstCol, GANTT.headerRow, lastCol]);
  defineName(ctx, 'Timeline_Grid', sheetId, [firstRow, firstCol, lastRow, lastCol]);
}
