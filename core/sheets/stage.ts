/**
 * A stage's own sheet (RACE's Reach, Act, Convert, Engage; AISAS's five): its question and
 * guidance, its checklist, its typical tactics and what the Actions sheet plans for it, and its
 * KPIs with their targets and status as the Control sheet computes them.
 */
import type { StageDefinition } from '../frameworks';
import { kpi } from '../kpi/catalogue';
import { cellRef, sheetPrefix, stringLiteral } from '../workbook/a1';
import { SheetBuilder } from '../workbook/builder';
import type { Cell } from '../workbook/spec';
import {
  calc,
  header,
  input,
  label,
  stageText,
  type SheetContext,
  type SheetEntry,
} from './context';
import { CONTROL_COLUMNS as C } from './control-rows';
import { checklist, stageChecklist, stageIntro } from './sections/guidance';
import { kindOfUnit } from './styles';

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
  kpis(sheet, ctx, stage, row);
  sheet.widths(1, [16, 30, 14, 18, 14, 14, 12]);
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
    input(d.channel),
    input(t(`role.${d.role}`)),
    input(d.days, 'integer'),
    input(null),
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

/** The stage's KPIs, read from their own rows of the Control sheet (each row, even when two
 * objectives share a KPI). */
function kpis(sheet: SheetBuilder, ctx: SheetContext, stage: StageDefinition, row: number): void {
  const { t } = ctx;
  const placed = ctx.control.placed.filter((p) => p.stage === stage.id);
  const control = sheetPrefix(ctx.titleOf('control'));
  sheet.cell(row, 1, label(t('stageSheet.kpis'), 'section'));
  const columns = ['kpi', 'name', 'direction', 'target', 'actual', 'status'] as const;
  sheet.row(
    row + 1,
    1,
    columns.map((c) => header(t(`control.col.${c}`))),
  );
  sheet.block(
    row + 2,
    1,
    placed.map((p) => {
      const kind = kindOfUnit(kpi(p.kpi).unit);
      const from = (c: number) => {
        const cell = `${control}${cellRef(p.row, c)}`;
        return `IF(${cell}="","",${cell})`;
      };
      return [
        label(p.kpi, 'calc.text'),
        label(t(`kpi.${p.kpi}`), 'calc.text'),
        calc(from(C.direction), 'text'),
        calc(from(C.target), kind),
        calc(from(C.actual), kind),
        calc(from(C.status), 'text'),
      ];
    }),
  );
}
