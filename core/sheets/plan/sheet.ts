/**
 * Plan (the planning sheet RACE and AISAS open with): the planning core on one sheet — the
 * mission and online value proposition, the business profile, current digital activities,
 * SWOT and TOWS, competitors, the target market, segmentation, targeting and positioning, 5S
 * objectives as SMART rows, the measurement plan, the strategy → planning → plan layers, the
 * organisation — and the growth timeline.
 */
import { CHECKPOINTS, checkpointDate, weekOf } from '../../plan/defaults';
import { rangeRef } from '../../workbook/a1';
import { SheetBuilder } from '../../workbook/builder';
import { header, input, label, type SheetContext, type SheetEntry } from '../context';
import { LIST_NAMES } from '../names';
import { checklist, stageChecklist, stageIntro } from '../sections/guidance';
import { fiveSGuide, smartObjectives } from '../sections/objectives';
import { measurementPlan, organisation } from '../sections/organisation';
import {
  businessProfile,
  competitors,
  missionAndValue,
  planningLayers,
  segmentation,
  targetMarket,
} from '../sections/planning';
import { swot, tows } from '../sections/swot';
import { inputTable } from '../sections/tables';

export function planSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t, fw } = ctx;
  const stage = fw.stages[0].id;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  sheet.cell(1, 1, label(t('sheet.plan'), 'title'));
  stageIntro(sheet, ctx, stage, 2, 8);
  let row = missionAndValue(sheet, ctx, 4) + 1;
  row = businessProfile(sheet, ctx, row) + 1;
  const activities = ['activity', 'channel', 'results', 'works', 'improve', 'owner'];
  row = inputTable(sheet, ctx, row, 'plan.activities', activities, 5) + 1;
  row = swot(sheet, ctx, row) + 1;
  row = tows(sheet, ctx, row) + 1;
  row = competitors(sheet, ctx, row) + 1;
  row = targetMarket(sheet, ctx, row) + 1;
  row = segmentation(sheet, ctx, row) + 1;
  row = fiveSGuide(sheet, ctx, row) + 1;
  row = smartObjectives(sheet, ctx, row) + 2;
  row = measurementPlan(sheet, ctx, row) + 1;
  row = planningLayers(sheet, ctx, row) + 1;
  row = organisation(sheet, ctx, row) + 1;
  row = growthTimeline(sheet, ctx, row) + 1;
  checklist(sheet, ctx, stageChecklist(ctx, stage), row);
  sheet.widths(1, [26, 30, 16, 16, 16, 16, 16, 16, 16, 14, 14]);
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
  sheet.block(
    row + 2,
    1,
    CHECKPOINTS.map((share) => [
      label(
        t('plan.growth.week', {
          week: weekOf(plan.start, checkpointDate(plan.start, plan.weeks, share)),
        }),
        'calc.text',
      ),
      input(checkpointDate(plan.start, plan.weeks, share), 'date'),
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
