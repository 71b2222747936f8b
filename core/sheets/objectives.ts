/**
 * Objectives (where do we want to be?): the 5S explained, then SMART rows — one per objective
 * of the plan, and an open row for each 5S the plan leaves without one.
 */
import { FIVE_S, kpi } from '../kpi/catalogue';
import type { Objective } from '../plan/types';
import { cellRef, rangeRef } from '../workbook/a1';
import { SheetBuilder } from '../workbook/builder';
import type { Cell } from '../workbook/spec';
import { calc, defineName, header, input, label, type SheetContext } from './context';
import { LIST_NAMES } from './settings';
import { checklist, stageChecklist, stageIntro } from './stage-intro';
import { kindOfUnit } from './styles';

/** Workbook names of the SMART rows' columns, in the plan's objective order. */
export const OBJECTIVE_NAMES = {
  baseline: 'Objectives_Baseline',
  target: 'Objectives_Target',
  deadline: 'Objectives_Deadline',
};

const COLUMNS = [
  'fiveS',
  'specific',
  'kpi',
  'baseline',
  'target',
  'change',
  'achievable',
  'relevant',
  'deadline',
  'owner',
];

export function objectivesSheet(ctx: SheetContext): SheetBuilder {
  const { t } = ctx;
  const sheet = new SheetBuilder('objectives', t('sheet.objectives'), ctx.rightToLeft);
  sheet.cell(1, 1, label(t('sheet.objectives'), 'title'));
  stageIntro(sheet, ctx, 'objectives', 2, 8);
  const smartRow = fiveSGuide(sheet, ctx, 4) + 1;
  const last = smartObjectives(sheet, ctx, smartRow);
  checklist(sheet, ctx, stageChecklist(ctx, 'objectives'), last + 2);
  sheet.widths(1, [14, 34, 14, 12, 12, 10, 26, 26, 12, 14]);
  return sheet.freeze(smartRow + 1, 1);
}

/** The 5S explained, from `row`; returns the row after it. */
export function fiveSGuide(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  const { t } = ctx;
  sheet.cell(row, 1, label(t('objectives.fiveS'), 'section'));
  sheet.block(
    row + 1,
    1,
    FIVE_S.map((c) => [label(t(`fiveS.${c}.name`)), label(t(`fiveS.${c}.meaning`), 'guidance')]),
  );
  FIVE_S.forEach((_, i) => sheet.merge(rangeRef(row + 1 + i, 2, row + 1 + i, 8)));
  return row + 1 + FIVE_S.length;
}

/**
 * SMART rows from `row`: one per objective of the plan, then an open row for each 5S without
 * one. Defines the names the Control sheet reads objectives through; returns the last row.
 */
export function smartObjectives(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  const { t, plan } = ctx;
  sheet.cell(row, 1, label(t('objectives.smart'), 'section'));
  sheet.row(
    row + 1,
    1,
    COLUMNS.map((c) => header(t(`objectives.col.${c}`))),
  );
  sheet.height(row + 1, 30);
  const open = FIVE_S.filter((c) => !plan.objectives.some((o) => o.category === c));
  const rows: (Objective | string)[] = [...plan.objectives, ...open];
  const first = row + 2;
  sheet.block(
    first,
    1,
    rows.map((r, i) => smartRow(ctx, r, first + i)),
  );
  const last = first + rows.length - 1;
  const column = (c: number) => rangeRef(first, c, last, c);
  const linked: [string, number][] = [
    [OBJECTIVE_NAMES.baseline, 4],
    [OBJECTIVE_NAMES.target, 5],
    [OBJECTIVE_NAMES.deadline, 9],
  ];
  for (const [name, c] of linked) defineName(ctx, name, sheet.id, [first, c, last, c]);
  sheet.validate({ kind: 'list', range: column(1), source: LIST_NAMES.fiveS });
  sheet.validate({ kind: 'list', range: column(3), source: LIST_NAMES.kpis, allowBlank: true });
  sheet.validate({ kind: 'date', range: column(9) });
  return last;
}

/** A SMART row for an objective, or an open row for a 5S category without one. */
function smartRow(ctx: SheetContext, objective: Objective | string, row: number): Cell[] {
  const { t } = ctx;
  const o = typeof objective === 'string' ? null : objective;
  const category = o ? o.category : (objective as string);
  const kind = o ? kindOfUnit(kpi(o.kpi).unit) : 'number';
  const [baseline, target] = [cellRef(row, 4), cellRef(row, 5)];
  return [
    input(t(`fiveS.${category}.name`)),
    input(o ? t(`fiveS.${category}.goal`, { kpi: t(`kpi.${o.kpi}`) }) : null),
    input(o?.kpi ?? null),
    input(o?.baseline ?? null, kind),
    input(o?.target ?? null, kind),
    calc(`IF(OR(N(${baseline})=0,${target}=""),"",${target}/${baseline}-1)`, 'percent'),
    input(null),
    input(null),
    input(o?.deadline ?? null, 'date'),
    input(o?.owner || null),
  ];
}
