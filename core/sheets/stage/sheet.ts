/**
 * A stage's own sheet (RACE's Reach, Act, Convert, Engage; AISAS's five): its question and
 * guidance, its checklist, its typical tactics and what the Actions sheet plans for it, its
 * KPIs with their targets and status as the Control sheet computes them, and the channels whose
 * tasks work in this stage: their plan (budget, the stage's tasks' budget) beside their results
 * (spend to date, CPA and ROAS against the channel's targets).
 */
import type { StageDefinition } from '../../frameworks';
import { kpi } from '../../kpi/catalogue';
import { cellRef, stringLiteral } from '../../workbook/a1';
import { SheetBuilder } from '../../workbook/builder';
import type { Cell } from '../../workbook/spec';
import {
  calc,
  header,
  input,
  label,
  stageText,
  type SheetContext,
  type SheetEntry,
} from '../context';
import { fromControl } from '../formulas/control-refs';
import { checklist, stageChecklist, stageIntro } from '../sections/guidance';
import { kindOfUnit, type NumberKind } from '../styles';

export function stageSheet(
  ctx: SheetContext,
  entry: SheetEntry,
  stage: StageDefinition,
): SheetBuilder {
  const name = stageText(ctx, stage.id, 'name');
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  sheet.cell(1, 1, label(name, 'title'));
  stageIntro(sheet, ctx, stage.id, 2, 7);
  let row = checklist(sheet, ctx, stageChecklist(ctx, stage.id), 4);
  row = tactics(sheet, ctx, stage, row) + 1;
  row = kpis(sheet, ctx, stage, row) + 1;
  channels(sheet, ctx, stage, row);
  sheet.widths(1, [16, 30, 14, 14, 14, 14, 12, 12]);
  return sheet;
}

/** The stage's typical tactics (inputs, prefilled) and the tasks Actions plans for it. */
function tactics(
  sheet: SheetBuilder,
  ctx: SheetContext,
  stage: StageDefinition,
  row: number,
): number {
  const { t } = ctx;
  sheet.cell(row, 1, label(t('stageSheet.tactics'), 'section'));
  const columns = ['tactic', 'channel', 'owner', 'days', 'notes'];
  sheet.row(row + 1, 1, [
    header(t('stageSheet.col.tactic')),
    header(''),
    ...columns.slice(1).map((c) => header(t(`stageSheet.col.${c}`))),
  ]);
  const rows = stage.tactics.map((d): (Cell | null)[] => [
    input(t(`task.${d.key}`)),
    null,
    input(d.channel ? t(`channel.${d.channel}`) : null),
    input(t(`role.${d.role}`)),
    // Always-on work has no length of its own: it runs from the launch to the plan's end.
    input(d.alwaysOn ? null : d.days, 'integer'),
    input(d.alwaysOn ? t('stageSheet.alwaysOn') : null),
  ]);
  sheet.block(row + 2, 1, rows);
  rows.forEach((_, i) => sheet.merge(`A${row + 2 + i}:B${row + 2 + i}`));
  const planned = row + 2 + rows.length;
  const stageName = stringLiteral(stageText(ctx, stage.id, 'name'));
  sheet.row(planned, 1, [
    label(t('stageSheet.planned'), 'label'),
    null,
    calc(`COUNTIFS(Tasks_Stage,${stageName})`, 'integer'),
    label(t('stageSheet.plannedBudget'), 'label'),
    calc(`SUMIFS(Tasks_Budget,Tasks_Stage,${stageName})`, 'currency'),
  ]);
  return planned + 1;
}

/**
 * The stage's KPIs, read from their own rows of the Control sheet (each row, even when two
 * objectives share a KPI); returns the last row.
 */
function kpis(sheet: SheetBuilder, ctx: SheetContext, stage: StageDefinition, row: number): number {
  const { t } = ctx;
  const placed = ctx.control.placed.filter((p) => p.stage === stage.id);
  sheet.cell(row, 1, label(t('stageSheet.kpis'), 'section'));
  // The status as the marketer reads it (the codes stay on the Control sheet).
  const columns = ['name', 'direction', 'target', 'targetToDate', 'actual', 'verdict'] as const;
  sheet.row(
    row + 1,
    1,
    columns.map((c) => header(t(`control.col.${c === 'verdict' ? 'status' : c}`))),
  );
  sheet.block(
    row + 2,
    1,
    placed.map((p) => {
      const kind = kindOfUnit(kpi(p.kpi).unit);
      const kinds: NumberKind[] = ['text', 'text', kind, kind, kind, 'text'];
      return columns.map((c, i) => calc(fromControl(ctx, p.row, c), kinds[i]));
    }),
  );
  return row + 1 + placed.length;
}

/** The channels with tasks in this stage: their plan beside their results so far. */
function channels(
  sheet: SheetBuilder,
  ctx: SheetContext,
  stage: StageDefinition,
  row: number,
): void {
  const { t, plan } = ctx;
  const here = new Set(
    plan.tasks.filter((task) => task.stage === stage.id).map((task) => task.channel.toLowerCase()),
  );
  const blocks = ctx.control.channels.filter((b) => here.has(b.channel.toLowerCase()));
  sheet.cell(row, 1, label(t('stageSheet.channels'), 'section'));
  if (blocks.length === 0) {
    sheet.cell(row + 1, 1, label(t('stageSheet.noChannels'), 'note'));
    return;
  }
  const columns = [
    'channel',
    'budget',
    'taskBudget',
    'spend',
    'cpa',
    'cpaTarget',
    'roas',
    'roasTarget',
  ];
  sheet.row(
    row + 1,
    1,
    columns.map((c) => header(t(`stageSheet.col.${c}`))),
  );
  const stageName = stringLiteral(stageText(ctx, stage.id, 'name'));
  sheet.block(
    row + 2,
    1,
    blocks.map((b, i) => {
      const channel = cellRef(row + 2 + i, 1);
      return [
        label(b.channel, 'calc.text'),
        calc(`SUMIFS(Budget_Planned,Budget_Channel,${channel})`, 'currency'),
        calc(`SUMIFS(Tasks_Budget,Tasks_Stage,${stageName},Tasks_Channel,${channel})`, 'currency'),
        calc(fromControl(ctx, b.rows.spend, 'actual'), 'currency'),
        calc(fromControl(ctx, b.rows.cpa, 'actual'), 'currency'),
        calc(fromControl(ctx, b.rows.cpa, 'target'), 'currency'),
        calc(fromControl(ctx, b.rows.roas, 'actual'), 'ratio'),
        calc(fromControl(ctx, b.rows.roas, 'target'), 'ratio'),
      ];
    }),
  );
}
