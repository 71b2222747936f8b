/** The guidance a sheet opens with, and checklists as input tables (owner, due date, done). */
import { rangeRef } from '../../workbook/a1';
import type { SheetBuilder } from '../../workbook/builder';
import { header, input, label, stageText, type SheetContext } from '../context';

/**
 * Writes a paragraph of guidance at `row`, merged across `width` columns. A sheet that freezes
 * columns keeps it within them (Sheets cannot merge frozen with unfrozen cells): give the
 * merged width in characters (`chars`) and the row grows to hold the wrapped text.
 */
export function intro(
  sheet: SheetBuilder,
  text: string,
  row: number,
  width: number,
  chars?: number,
): void {
  sheet.cell(row, 1, label(text, 'guidance'));
  sheet.merge(rangeRef(row, 1, row, width));
  // Italic text fits about one character in 1.1 of the width; a line is 15 points high.
  const lines = chars ? Math.ceil((text.length * 1.1) / chars) : 3;
  sheet.height(row, Math.max(48, lines * 15 + 6));
}

/** The question and guidance of a stage, as one paragraph. */
export function stageGuidance(ctx: SheetContext, stageId: string): string {
  return `${stageText(ctx, stageId, 'question')} ${stageText(ctx, stageId, 'guidance')}`;
}

/** Writes the stage's question and guidance at `row` (see intro). */
export function stageIntro(
  sheet: SheetBuilder,
  ctx: SheetContext,
  stageId: string,
  row: number,
  width: number,
): void {
  intro(sheet, stageGuidance(ctx, stageId), row, width);
}

/** The checklist items of a stage. */
export function stageChecklist(ctx: SheetContext, stageId: string): string[] {
  const count = ctx.fw.stages.find((s) => s.id === stageId)?.checklist ?? 0;
  return Array.from({ length: count }, (_, i) => stageText(ctx, stageId, `check.${i + 1}`));
}

/**
 * Writes a checklist (item, owner, due date, done) from `row`; returns the row after it. A
 * sheet that also carries another stage's checklist titles it with that stage (`stageId`).
 */
export function checklist(
  sheet: SheetBuilder,
  ctx: SheetContext,
  items: string[],
  row: number,
  stageId?: string,
): number {
  const { t } = ctx;
  const count = items.length;
  const title = stageId
    ? t('checklist.stage', { stage: stageText(ctx, stageId, 'name') })
    : t('checklist.title');
  sheet.cell(row, 1, label(title, 'section'));
  // The item spans the first two columns: sheets keep their first column narrow for ids.
  sheet.row(row + 1, 1, [
    header(t('checklist.item')),
    header(''),
    header(t('checklist.owner')),
    header(t('checklist.due')),
    header(t('checklist.done')),
  ]);
  sheet.merge(rangeRef(row + 1, 1, row + 1, 2));
  sheet.block(
    row + 2,
    1,
    items.map((item) => [
      label(item, 'guidance'),
      null,
      input(null),
      input(null, 'date'),
      input(null, 'percent'),
    ]),
  );
  for (let i = 0; i < count; i++) {
    sheet.merge(rangeRef(row + 2 + i, 1, row + 2 + i, 2));
    sheet.height(row + 2 + i, 30);
  }
  if (count > 0) {
    sheet.validate({ kind: 'date', range: rangeRef(row + 2, 4, row + 1 + count, 4) });
    sheet.validate({
      kind: 'number',
      range: rangeRef(row + 2, 5, row + 1 + count, 5),
      min: 0,
      max: 1,
    });
  }
  return row + 2 + count + 1;
}
