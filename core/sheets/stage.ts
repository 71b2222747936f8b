/**
 * A stage's own sheet (RACE's Reach, Act, Convert, Engage; AISAS's five): its question and
 * guidance, its checklist, its typical tactics and what the Actions sheet plans for it, and its
 * KPIs with their targets and status as the Control sheet computes them.
 */
import type { StageDefinition } from '../frameworks';
import { kpi } from '../kpi/catalogue';
import { cellRef, stringLiteral } from '../workbook/a1';
import { SheetBuilder } from '../workbook/builder';
import type { Cell } from '../workbook/spec';
import { calc, header, input, label, stageText, type SheetContext } from './context';
import { controlRows } from './control-rows';
import { checklist, stageChecklist, stageIntro } from './stage-intro';
import { kindOfUnit } from './styles';

/** The sheet id of a stage's own sheet. */
export function stageSheetId(stageId: string): string {
  return `stage.${stageId}`;
}

export function stageSheet(ctx: SheetContext, stage: StageDefinition): SheetBuilder {
  const name = stageText(ctx, stage.id, 'name');
  const sheet = new SheetBuilder(stageSheetId(stage.id), name, ctx.rightToLeft);
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

/** The stage's KPIs, read from the Control sheet by KPI id. */
function kpis(sheet: SheetBuilder, ctx: SheetContext, stage: StageDefinition, row: number): void {
  const { t, fw } = ctx;
  const ids = controlRows(ctx)
    .map((r) => r.kpi)
    .filter((id) => kpi(id)[fw.kpiStage] === stage.id);
  sheet.cell(row, 1, label(t('stageSheet.kpis'), 'section'));
  const columns = ['kpi', 'name', 'direction', 'target', 'actual', 'status'];
  sheet.row(
    row + 1,
    1,
    columns.map((c) => header(t(`control.col.${c}`))),
  );
  sheet.block(
    row + 2,
    1,
    ids.map((id, i) => {
      const idCell = cellRef(row + 2 + i, 1);
      const fromControl = (name: string) => {
        const item = `INDEX(${name},MATCH(${idCell},KPI_ID,0))`;
        return `IF(${item}="","",${item})`;
      };
      const kind = kindOfUnit(kpi(id).unit);
      return [
        label(id, 'calc.text'),
        label(t(`kpi.${id}`), 'calc.text'),
        label(kpi(id).direction, 'calc.text'),
        calc(fromControl('KPI_Target'), kind),
        calc(fromControl('KPI_Actual'), kind),
        calc(fromControl('KPI_Status'), 'text'),
      ];
    }),
  );
}
