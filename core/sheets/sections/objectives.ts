/**
 * The 5S explained and the SMART objectives: shared by the sheets that set objectives
 * (SOSTAC's Objectives, RACE's Plan). The SMART rows define the names the Control sheet reads
 * its objectives' 5S, KPI (chosen by name from the drop-down), baselines, targets, what each
 * target counts (what the plan adds, or a total with the baseline) and deadlines through.
 */
import { FIVE_S, isVolume, kpi } from '../../kpi/catalogue';
import { TARGET_MEANINGS, type Objective } from '../../plan/types';
import { cellRef, rangeRef } from '../../workbook/a1';
import type { SheetBuilder } from '../../workbook/builder';
import type { Cell } from '../../workbook/spec';
import { calc, defineColumns, header, input, label, type SheetContext } from '../context';
import { LIST_NAMES, OBJECTIVE_NAMES } from '../names';
import { numberIn } from '../../workbook/formulas';

const COLUMNS = [
  'fiveS',
  'specific',
  'kpi',
  'baseline',
  'target',
  'targetIs',
  'change',
  'achievable',
  'relevant',
  'deadline',
  'owner',
];

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
    [OBJECTIVE_NAMES.fiveS, 1],
    [OBJECTIVE_NAMES.kpi, 3],
    [OBJECTIVE_NAMES.baseline, 4],
    [OBJECTIVE_NAMES.target, 5],
    [OBJECTIVE_NAMES.targetIs, 6],
    [OBJECTIVE_NAMES.deadline, 10],
  ];
  defineColumns(ctx, sheet.id, [first, last], linked);
  sheet.validate({ kind: 'list', range: column(1), source: LIST_NAMES.fiveS });
  sheet.validate({ kind: 'list', range: column(3), source: LIST_NAMES.kpis, allowBlank: true });
  const counts = TARGET_MEANINGS.map((m) => t(`targetIs.${m}`));
  sheet.validate({ kind: 'choice', range: column(6), values: counts });
  sheet.validate({ kind: 'date', range: column(10) });
  return last;
}

/** A SMART row for an objective, or an open row for a 5S category without one. */
function smartRow(ctx: SheetContext, objective: Objective | string, row: number): Cell[] {
  const { t } = ctx;
  const o = typeof objective === 'string' ? null : objective;
  const category = o ? o.category : (objective as string);
  // The KPI may be changed to one of another unit: baseline and target show in a neutral format.
  const kind = 'any';
  const [baseline, target] = [cellRef(row, 4), cellRef(row, 5)];
  return [
    input(t(`fiveS.${category}.name`)),
    input(o ? t(`fiveS.${category}.goal`, { kpi: t(`kpi.${o.kpi}`) }) : null),
    input(o ? t(`kpi.${o.kpi}`) : null),
    input(o?.baseline ?? null, kind),
    input(o?.target ?? null, kind),
    // What a volume's target counts; blank (what the plan adds) for a rate and an open row.
    input(o && isVolume(kpi(o.kpi)) ? t(`targetIs.${o.targetIs}`) : null),
    calc(`IF(OR(${numberIn(baseline)}=0,${target}=""),"",${target}/${baseline}-1)`, 'percent'),
    input(null),
    input(null),
    input(o?.deadline ?? null, 'date'),
    input(o?.owner || null),
  ];
}
