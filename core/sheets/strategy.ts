/**
 * Strategy (how do we get there?): segmentation, targeting and positioning; the TOWS matrix
 * built from the Situation sheet's SWOT; and the strategies with the segments and stages each
 * serves.
 */
import { rangeRef } from '../workbook/a1';
import { SheetBuilder } from '../workbook/builder';
import { calc, header, input, label, type SheetContext } from './context';
import { LIST_NAMES } from './settings';
import { SWOT_NAMES, SWOT_ROWS, inputTable } from './situation';
import { checklist, stageChecklist, stageIntro } from './stage-intro';

export function strategySheet(ctx: SheetContext): SheetBuilder {
  const { t } = ctx;
  const sheet = new SheetBuilder('strategy', t('sheet.strategy'), ctx.rightToLeft);
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
    source: LIST_NAMES.stages,
    allowBlank: true,
  });
  checklist(sheet, ctx, stageChecklist(ctx, 'strategy'), row + 1);
  sheet.widths(1, [26, 30, 30, 22, 14, 18]);
  return sheet;
}

/** SWOT item k of a quadrant, blank while the Situation sheet leaves it empty. */
function swotItem(name: string, k: number): string {
  return `IF(INDEX(${name},${k})="","",INDEX(${name},${k}))`;
}

/**
 * The TOWS matrix: the SWOT's opportunities and threats across the top, its strengths and
 * weaknesses down the side, and input cells where they cross for the SO, ST, WO and WT
 * strategies they suggest.
 */
export function tows(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  const { t } = ctx;
  const [strengths, weaknesses, opportunities, threats] = SWOT_NAMES;
  const items = (name: string) =>
    Array.from({ length: SWOT_ROWS }, (_, i) => swotItem(name, i + 1));
  sheet.cell(row, 1, label(t('strategy.tows'), 'section'));
  sheet.cell(row + 1, 1, label(t('strategy.tows.intro'), 'guidance'));
  sheet.merge(rangeRef(row + 1, 1, row + 1, 6));
  let top = row + 2;
  sheet.row(top, 1, [
    label(''),
    header(t('situation.swot.opportunities')),
    header(t('situation.swot.threats')),
  ]);
  const [o, th] = [items(opportunities), items(threats)];
  sheet.block(
    top + 1,
    1,
    o.map((f, i) => [label(''), calc(f, 'text'), calc(th[i], 'text')]),
  );
  top += 1 + SWOT_ROWS;
  for (const [side, key] of [
    [strengths, 's'],
    [weaknesses, 'w'],
  ]) {
    sheet.row(top, 1, [
      header(t(`situation.swot.${key === 's' ? 'strengths' : 'weaknesses'}`)),
      header(t(`strategy.tows.${key}o`)),
      header(t(`strategy.tows.${key}t`)),
    ]);
    sheet.block(
      top + 1,
      1,
      items(side).map((f) => [calc(f, 'text'), input(null), input(null)]),
    );
    top += 1 + SWOT_ROWS;
  }
  return top;
}
