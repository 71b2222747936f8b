/**
 * Strategy (how do we get there?): segmentation, targeting and positioning; the TOWS matrix
 * built from the Situation sheet's SWOT; and the strategies with the segments and stages each
 * serves.
 */
import { rangeRef } from '../workbook/a1';
import { SheetBuilder } from '../workbook/builder';
import { input, label, type SheetContext, type SheetEntry } from './context';
import { LIST_NAMES } from './names';
import { checklist, stageChecklist, stageIntro } from './sections/guidance';
import { tows } from './sections/swot';
import { inputTable } from './sections/tables';

export function strategySheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  sheet.cell(1, 1, label(t('sheet.strategy'), 'title'));
  stageIntro(sheet, ctx, 'strategy', 2, 6);
  let row = inputTable(
    sheet,
    ctx,
    4,
    'strategy.segments',
    ['segment', 'description', 'size', 'needs', 'priority', 'channels'],
    4,
  );
  sheet.validate({
    kind: 'list',
    range: rangeRef(6, 5, row - 1, 5),
    source: LIST_NAMES.priorities,
    allowBlank: true,
  });
  row += 1;
  for (const key of ['targeting', 'positioning']) {
    sheet.row(row, 1, [label(t(`strategy.${key}`)), input(null)]);
    sheet.merge(rangeRef(row, 2, row, 6));
    sheet.height(row, 36);
    row += 1;
  }
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
  checklist(sheet, ctx, stageChecklist(ctx, 'strategy'), row + 1);
  sheet.widths(1, [26, 30, 30, 22, 14, 18]);
  return sheet;
}
