/**
 * Plan (RACE's first step): current digital activities, SWOT and TOWS, SMART objectives, the
 * target market's needs and expectations, and the growth timeline.
 */
import { rangeRef } from '../workbook/a1';
import { SheetBuilder } from '../workbook/builder';
import { header, input, label, type SheetContext, type SheetEntry } from './context';
import { LIST_NAMES } from './names';
import { checklist, stageChecklist, stageIntro } from './sections/guidance';
import { fiveSGuide, smartObjectives } from './sections/objectives';
import { swot, tows } from './sections/swot';
import { inputTable } from './sections/tables';

/** The growth timeline's checkpoints, as shares of the plan's length. */
const CHECKPOINTS = [0.25, 0.5, 0.75, 1];

export function planSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t, fw } = ctx;
  const stage = fw.stages[0].id;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  sheet.cell(1, 1, label(t('sheet.plan'), 'title'));
  stageIntro(sheet, ctx, stage, 2, 8);
  const activities = ['activity', 'channel', 'results', 'works', 'improve', 'owner'];
  let row = inputTable(sheet, ctx, 4, 'plan.activities', activities, 5) + 1;
  row = swot(sheet, ctx, row) + 1;
  row = tows(sheet, ctx, row) + 1;
  row = fiveSGuide(sheet, ctx, row) + 1;
  row = smartObjectives(sheet, ctx, row) + 2;
  row =
    inputTable(
      sheet,
      ctx,
      row,
      'situation.market',
      ['segment', 'needs', 'expectations', 'channels'],
      4,
    ) + 1;
  row = growthTimeline(sheet, ctx, row) + 1;
  checklist(sheet, ctx, stageChecklist(ctx, stage), row);
  sheet.widths(1, [26, 30, 16, 16, 16, 16, 16, 16, 14, 14]);
  return sheet;
}

/** Checkpoints through the plan (dates prefilled), each with the goal to reach by then. */
function growthTimeline(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  const { t, plan } = ctx;
  sheet.cell(row, 1, label(t('plan.growth'), 'section'));
  const columns = ['checkpoint', 'date', 'goal', 'kpi', 'target', 'owner'];
  sheet.row(
    row + 1,
    1,
    columns.map((c) => header(t(`plan.growth.${c}`))),
  );
  const days = plan.end - plan.start + 1;
  sheet.block(
    row + 2,
    1,
    CHECKPOINTS.map((share) => [
      label(t('plan.growth.week', { week: Math.round(plan.weeks * share) }), 'calc.text'),
      input(plan.start + Math.round(days * share) - 1, 'date'),
      input(null),
      input(null),
      input(null, 'number'),
      input(null),
    ]),
  );
  const last = row + 1 + CHECKPOINTS.length;
  sheet.validate({ kind: 'date', range: rangeRef(row + 2, 2, last, 2) });
  sheet.validate({
    kind: 'list',
    range: rangeRef(row + 2, 4, last, 4),
    source: LIST_NAMES.kpis,
    allowBlank: true,
  });
  return last + 1;
}
