/**
 * Strategy (how do we get there?): the mission and online value proposition; segmentation,
 * targeting and positioning; the TOWS matrix built from the Situation sheet's SWOT; the
 * strategies with the segments and stages each serves; and the strategy → planning → plan
 * layers with the platforms the plan builds on.
 */
import { rangeRef } from '../../workbook/a1';
import { SheetBuilder } from '../../workbook/builder';
import { label, type SheetContext, type SheetEntry } from '../context';
import { LIST_NAMES } from '../names';
import { checklist, stageChecklist, stageIntro } from '../sections/guidance';
import { tows } from '../sections/swot';
import { missionAndValue, planningLayers, segmentation } from '../sections/planning';
import { inputTable } from '../sections/tables';

export function strategySheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  sheet.cell(1, 1, label(t('sheet.strategy'), 'title'));
  stageIntro(sheet, ctx, 'strategy', 2, 6);
  // PR Smith's strategy: segments, targets, the online value proposition and positioning.
  let row = missionAndValue(sheet, ctx, 4) + 1;
  row = segmentation(sheet, ctx, row);
  row = tows(sheet, ctx, row + 1) + 1;
  row = inputTable(
    sheet,
    ctx,
    row,
    'strategy.list',
    ['strategy', 'type', 'segments', 'stage', 'owner', 'notes'],
    6,
  );
  sheet.validate({
    kind: 'list',
    range: rangeRef(row - 6, 2, row - 1, 2),
    source: LIST_NAMES.strategyTypes,
    allowBlank: true,
  });
  sheet.validate({
    kind: 'list',
    range: rangeRef(row - 6, 4, row - 1, 4),
    // Tactics and strategies serve stages of the customer journey, not of the plan.
    source: LIST_NAMES.funnel,
    allowBlank: true,
  });
  row = planningLayers(sheet, ctx, row + 1);
  checklist(sheet, ctx, stageChecklist(ctx, 'strategy'), row + 1);
  sheet.widths(1, [26, 30, 30, 22, 14, 18]);
  return sheet;
}
