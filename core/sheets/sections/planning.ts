/**
 * The planning core every framework's workbook carries (FRAMEWORKS.md), placed where each
 * framework puts it: the mission and online value proposition, the business profile,
 * competitors, segmentation, targeting and positioning, and the strategy → planning → plan
 * layers with the platforms the plan builds on. Each writer starts at `row` and returns the row
 * after what it wrote.
 */
import { rangeRef } from '../../workbook/a1';
import type { SheetBuilder } from '../../workbook/builder';
import { header, input, label, type SheetContext } from '../context';
import { LIST_NAMES } from '../names';
import { inputTable } from './tables';

/** A question on the left and the marketer's answer merged across columns 2…`width`. */
function answerRows(
  sheet: SheetBuilder,
  ctx: SheetContext,
  row: number,
  keys: string[],
  width: number,
): number {
  keys.forEach((key, i) => {
    sheet.row(row + i, 1, [label(ctx.t(key), 'guidance'), input(null)]);
    sheet.merge(rangeRef(row + i, 2, row + i, width));
    sheet.height(row + i, 36);
  });
  return row + keys.length;
}

/** The mission and the online value proposition (the RACE seed's first step). */
export function missionAndValue(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  sheet.cell(row, 1, label(ctx.t('core.mission'), 'section'));
  return answerRows(sheet, ctx, row + 1, ['core.mission.mission', 'core.mission.ovp'], 8);
}

/** Who we are, what we do, core strengths, how we make money, our goal. */
export function businessProfile(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  sheet.cell(row, 1, label(ctx.t('situation.profile'), 'section'));
  const questions = ['who', 'what', 'strengths', 'money', 'goal'];
  return answerRows(
    sheet,
    ctx,
    row + 1,
    questions.map((q) => `situation.profile.${q}`),
    8,
  );
}

export function competitors(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  const columns = ['name', 'website', 'strengths', 'weaknesses', 'channels', 'notes'];
  return inputTable(sheet, ctx, row, 'situation.competitors', columns, 5);
}

/** The target market: its segments, their needs and expectations, and where they are. */
export function targetMarket(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  const columns = ['segment', 'needs', 'expectations', 'channels'];
  return inputTable(sheet, ctx, row, 'situation.market', columns, 4);
}

/** Segmentation (with each segment's priority), then targeting and positioning. */
export function segmentation(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  const columns = ['segment', 'description', 'size', 'needs', 'priority', 'channels'];
  const next = inputTable(sheet, ctx, row, 'strategy.segments', columns, 4);
  sheet.validate({
    kind: 'list',
    range: rangeRef(row + 2, 5, next - 1, 5),
    source: LIST_NAMES.priorities,
    allowBlank: true,
  });
  return answerRows(sheet, ctx, next + 1, ['strategy.targeting', 'strategy.positioning'], 6);
}

/** The platforms the plan builds on, prefilled with the usual own and third-party ones. */
const PLATFORMS: [string, 'own' | 'thirdParty'][] = [
  ['website', 'own'],
  ['social', 'thirdParty'],
  ['marketplace', 'thirdParty'],
];

/**
 * The strategy → planning → plan layers of the Chinese seed, each a question to answer, and the
 * platforms: own site or third-party, each with its role and how it is promoted.
 */
export function planningLayers(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  const { t } = ctx;
  sheet.cell(row, 1, label(t('core.layers'), 'section'));
  sheet.cell(row + 1, 1, label(t('core.layers.note', { sheet: ctx.titleOf('schedule') }), 'note'));
  let next = answerRows(
    sheet,
    ctx,
    row + 2,
    ['strategy', 'planning', 'plan'].map((layer) => `core.layers.${layer}`),
    8,
  );
  next += 1;
  sheet.cell(next, 1, label(t('core.platforms'), 'section'));
  const columns = ['platform', 'type', 'role', 'promotion', 'owner'];
  sheet.row(
    next + 1,
    1,
    columns.map((c) => header(t(`core.platforms.${c}`))),
  );
  const rows = [
    ...PLATFORMS.map(([key, type]) => [
      input(t(`core.platforms.${key}`)),
      input(t(`core.platformType.${type}`)),
    ]),
    [input(null), input(null)],
    [input(null), input(null)],
  ];
  sheet.block(
    next + 2,
    1,
    rows.map((cells) => [...cells, input(null), input(null), input(null)]),
  );
  const last = next + 1 + rows.length;
  sheet.validate({
    kind: 'list',
    range: rangeRef(next + 2, 2, last, 2),
    source: LIST_NAMES.platformTypes,
    allowBlank: true,
  });
  return last + 1;
}
