/**
 * The SWOT grid and the TOWS matrix built from it: shared by the sheets that analyse the
 * situation (SOSTAC's Situation and Strategy, RACE's Plan).
 */
import { rangeRef } from '../../workbook/a1';
import type { SheetBuilder } from '../../workbook/builder';
import {
  calc,
  defineName,
  header,
  input,
  label,
  titleOfFirst,
  type SheetContext,
} from '../context';
import { SWOT_NAMES } from '../names';

/** The sheets that carry the SWOT, in the order a workbook can have them. */
const SWOT_SHEETS = ['situation', 'plan'];

/** Items per SWOT quadrant. */
const SWOT_ROWS = 5;

/** The SWOT grid from `row`, its quadrants named SWOT_*; returns the row after it. */
export function swot(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  const { t } = ctx;
  sheet.cell(row, 1, label(t('situation.swot'), 'section'));
  const quadrants = ['strengths', 'weaknesses', 'opportunities', 'threats'];
  // Two quadrants side by side: Strengths | Weaknesses above Opportunities | Threats.
  [0, 2].forEach((first, band) => {
    const top = row + 1 + band * (SWOT_ROWS + 1);
    [first, first + 1].forEach((q, side) => {
      const col = 1 + side * 4;
      sheet.cell(top, col, header(t(`situation.swot.${quadrants[q]}`)));
      sheet.merge(rangeRef(top, col, top, col + 3));
      for (let i = 0; i < SWOT_ROWS; i++) {
        sheet.cell(top + 1 + i, col, input(null));
        sheet.merge(rangeRef(top + 1 + i, col, top + 1 + i, col + 3));
      }
      defineName(ctx, SWOT_NAMES[q], sheet.id, [top + 1, col, top + SWOT_ROWS, col]);
    });
  });
  return row + 1 + 2 * (SWOT_ROWS + 1);
}

/** SWOT item k of a quadrant, blank while the SWOT leaves it empty. */
function swotItem(name: string, k: number): string {
  return `IF(INDEX(${name},${k})="","",INDEX(${name},${k}))`;
}

/**
 * The TOWS matrix: the SWOT's opportunities and threats across the top, its strengths and
 * weaknesses down the side, and input cells where they cross for the SO, ST, WO and WT
 * strategies they suggest. Returns the row after it.
 */
export function tows(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  const { t } = ctx;
  const [strengths, weaknesses, opportunities, threats] = SWOT_NAMES;
  const items = (name: string) =>
    Array.from({ length: SWOT_ROWS }, (_, i) => swotItem(name, i + 1));
  sheet.cell(row, 1, label(t('strategy.tows'), 'section'));
  sheet.cell(
    row + 1,
    1,
    label(t('strategy.tows.intro', { sheet: titleOfFirst(ctx, SWOT_SHEETS) }), 'guidance'),
  );
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
