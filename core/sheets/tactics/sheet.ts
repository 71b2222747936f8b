/**
 * Tactics (how exactly?): the channel and communications mix — each channel's role, stage,
 * tactics, budget (from the Budget sheet) and the tasks that carry it out (from Actions), and
 * beside that plan what the channel has done so far (from its section of the Control sheet):
 * spend to date and its status against the budget, CPA and ROAS.
 */
import { cellRef, rangeRef } from '../../workbook/a1';
import { SheetBuilder } from '../../workbook/builder';
import type { Cell } from '../../workbook/spec';
import { calc, header, input, label, type SheetContext, type SheetEntry } from '../context';
import { fromControl } from '../formulas/control-refs';
import { LIST_NAMES } from '../names';
import { checklist, stageChecklist, stageIntro } from '../sections/guidance';
import { organisation } from '../sections/organisation';
import { numberIn } from '../../workbook/formulas';

const COLUMNS = [
  'channel',
  'role',
  'stage',
  'tactics',
  'budget',
  'share',
  'tasks',
  'taskBudget',
  'owner',
  'spend',
  'spendStatus',
  'cpa',
  'roas',
];

export function tacticsSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t, plan } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  sheet.cell(1, 1, label(t('sheet.tactics'), 'title'));
  stageIntro(sheet, ctx, 'tactics', 2, 9);
  sheet.cell(4, 1, label(t('tactics.mix'), 'section'));
  sheet.row(
    5,
    1,
    COLUMNS.map((c) => header(t(`tactics.col.${c}`))),
  );
  const channels = plan.channels.length > 0 ? plan.channels.map((c) => c.name) : [''];
  const first = 6;
  sheet.block(
    first,
    1,
    channels.map((name, i) => {
      const r = first + i;
      const channel = cellRef(r, 1);
      const budget = cellRef(r, 5);
      // A criterion on an empty cell means different things to different engines.
      const ifChannel = (formula: string) => `IF(${channel}="","",${formula})`;
      return [
        input(name || null),
        input(null),
        input(null),
        input(null),
        calc(ifChannel(`SUMIFS(Budget_Planned,Budget_Channel,${channel})`), 'currency'),
        calc(`IF(${numberIn('Budget_Total')}=0,"",${numberIn(budget)}/Budget_Total)`, 'percent'),
        calc(ifChannel(`COUNTIFS(Tasks_Channel,${channel})`), 'integer'),
        calc(ifChannel(`SUMIFS(Tasks_Budget,Tasks_Channel,${channel})`), 'currency'),
        input(null),
        ...results(ctx, i),
      ];
    }),
  );
  const last = first + channels.length - 1;
  sheet.validate({
    kind: 'list',
    range: rangeRef(first, 3, last, 3),
    // Tactics and strategies serve stages of the customer journey, not of the plan.
    source: LIST_NAMES.funnel,
    allowBlank: true,
  });
  const next = checklist(sheet, ctx, stageChecklist(ctx, 'tactics'), last + 2);
  // The Action stage beside the mix it carries out: who does the work (PR Smith's 3Ms: men,
  // money, minutes) and its checklist; its schedule is the Schedule sheet.
  const action = ctx.fw.scheduleStage;
  const after = organisation(sheet, ctx, next) + 1;
  if (action) checklist(sheet, ctx, stageChecklist(ctx, action), after, action);
  sheet.widths(1, [18, 30, 14, 40, 14, 10, 8, 14, 14, 14, 10, 12, 10]);
  sheet.height(5, 30);
  // Rows only: the guidance and checklist span the first columns (Sheets cannot merge frozen
  // with unfrozen cells).
  return sheet.freeze(5, 0);
}

/** The channel's results from its section of the Control sheet (none for a blank row). */
function results(ctx: SheetContext, index: number): Cell[] {
  const block = ctx.control.channels[index];
  if (!block)
    return [
      label(null, 'calc.currency'),
      label(null, 'calc.text'),
      label(null, 'calc.currency'),
      label(null, 'calc.ratio'),
    ];
  return [
    calc(fromControl(ctx, block.rows.spend, 'actual'), 'currency'),
    calc(fromControl(ctx, block.rows.spend, 'verdict'), 'text'),
    calc(fromControl(ctx, block.rows.cpa, 'actual'), 'currency'),
    calc(fromControl(ctx, block.rows.roas, 'actual'), 'ratio'),
  ];
}
