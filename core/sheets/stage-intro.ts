/** The guidance every stage's sheet opens with, and the stage's checklist as an input table. */
import { rangeRef } from '../workbook/a1';
import type { SheetBuilder } from '../workbook/builder';
import { header, input, label, type SheetContext } from './context';

/** Writes "question — guidance" for the stage at `row`, merged across `width` columns. */
export function stageIntro(
  sheet: SheetBuilder,
  ctx: SheetContext,
  stageId: string,
  row: number,
  width: number,
): void {
  const { t } = ctx;
  sheet.cell(
    row,
    1,
    label(`${t(`stage.${stageId}.question`)} ${t(`stage.${stageId}.guidance`)}`, 'guidance'),
  );
  sheet.merge(rangeRef(row, 1, row, width));
  sheet.height(row, 48);
}

/**
 * Writes the stage's checklist (item, owner, due date, done) from `row`; returns the first row
 * after it.
 */
export function checklist(
  sheet: SheetBuilder,
  ctx: SheetContext,
  stageId: string,
  row: number,
): number {
  const { t, fw } = ctx;
  const stage = fw.stages.find((s) => s.id === stageId);
  const count = stage?.checklist ?? 0;
  sheet.cell(row, 1, label(t('checklist.title'), 'section'));
  sheet.row(row + 1, 1, [
    header(t('checklist.item')),
    header(t('checklist.owner')),
    header(t('checklist.due')),
    header(t('checklist.done')),
  ]);
  const rows = Array.from({ length: count }, (_, i) => [
    label(t(`stage.${stageId}.check.${i + 1}`), 'guidance'),
    input(null),
    input(null, 'date'),
    input(null, 'percent'),
  ]);
  sheet.block(row + 2, 1, rows);
  if (count > 0) {
    sheet.validate({ kind: 'date', range: rangeRef(row + 2, 3, row + 1 + count, 3) });
    sheet.validate({
      kind: 'number',
      range: rangeRef(row + 2, 4, row + 1 + count, 4),
      min: 0,
      max: 1,
    });
  }
  return row + 2 + count + 1;
}
