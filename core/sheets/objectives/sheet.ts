/**
 * Objectives (where do we want to be?): the 5S explained, then SMART rows — one per objective
 * of the plan, and an open row for each 5S the plan leaves without one.
 */
import { SheetBuilder } from '../../workbook/builder';
import { label, type SheetContext, type SheetEntry } from '../context';
import { checklist, stageChecklist, stageIntro } from '../sections/guidance';
import { fiveSGuide, smartObjectives } from '../sections/objectives';
import { measurementPlan } from '../sections/organisation';

export function objectivesSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  sheet.cell(1, 1, label(t('sheet.objectives'), 'title'));
  stageIntro(sheet, ctx, 'objectives', 2, 8);
  const smartRow = fiveSGuide(sheet, ctx, 4) + 1;
  const last = smartObjectives(sheet, ctx, smartRow);
  const next = measurementPlan(sheet, ctx, last + 2) + 1;
  checklist(sheet, ctx, stageChecklist(ctx, 'objectives'), next);
  sheet.widths(1, [14, 34, 14, 12, 12, 18, 10, 26, 26, 12, 14]);
  // Rows only: the guidance and checklist span the first columns (Sheets cannot merge frozen
  // with unfrozen cells).
  return sheet.freeze(smartRow + 1, 0);
}
