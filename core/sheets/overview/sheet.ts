/**
 * Overview: the plan's facts (live from Settings, Budget and Control), a linked table of
 * contents, and the framework's stages with the question each answers.
 */
import { SheetBuilder } from '../../workbook/builder';
import type { Cell } from '../../workbook/spec';
import { calc, header, label, stageText, type SheetContext, type SheetEntry } from '../context';

export function overviewSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t, plan, fw } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  sheet.cell(1, 1, { value: plan.business.name, style: 'title' });
  sheet.cell(
    2,
    1,
    label(t('overview.subtitle', { framework: t(`framework.${fw.id}.name`) }), 'subtitle'),
  );
  sheet.cell(3, 1, label(t(`framework.${fw.id}.about`), 'guidance'));
  sheet.merge('A3:D3');
  sheet.height(3, 45);

  const facts: [string, Cell][] = [
    ['overview.business', { value: plan.business.name, style: 'calc.text' }],
    ['overview.framework', label(t(`framework.${fw.id}.name`), 'calc.text')],
    ['overview.start', calc('PlanStart', 'date')],
    ['overview.end', calc('PlanEnd', 'date')],
    ['overview.reportDate', calc('ReportDate', 'date')],
    ['overview.currency', label(plan.business.currency, 'calc.text')],
    ['overview.budget', calc('Budget_Total', 'currency')],
    ['overview.tasks', calc('COUNTIFS(Tasks_ID,"<>")', 'number')],
    ['overview.kpis', calc('COUNTIFS(KPI_ID,"<>")', 'number')],
    ['overview.green', calc('COUNTIFS(Control_Status,"GREEN",Control_ID,"<>")', 'number')],
    ['overview.amber', calc('COUNTIFS(Control_Status,"AMBER",Control_ID,"<>")', 'number')],
    ['overview.red', calc('COUNTIFS(Control_Status,"RED",Control_ID,"<>")', 'number')],
  ];
  sheet.cell(5, 1, label(t('overview.facts'), 'section'));
  sheet.block(
    6,
    1,
    facts.map(([key, cell]) => [label(t(key)), cell]),
  );

  const contentsRow = 6 + facts.length + 1;
  sheet.cell(contentsRow, 1, label(t('overview.contents'), 'section'));
  sheet.row(contentsRow + 1, 1, [header(t('overview.sheet')), header(t('overview.whatFor'))]);
  const rows = ctx.sheets.map((s) => [
    { value: s.title, style: 'link', linkToSheet: s.id } as Cell,
    label(s.about, 'guidance'),
  ]);
  sheet.block(contentsRow + 2, 1, rows);

  const stagesRow = contentsRow + 2 + rows.length + 1;
  sheet.cell(stagesRow, 1, label(t('overview.stages'), 'section'));
  sheet.row(stagesRow + 1, 1, [header(t('overview.stage')), header(t('overview.question'))]);
  sheet.block(
    stagesRow + 2,
    1,
    fw.stages.map((s) => [
      label(stageText(ctx, s.id, 'name')),
      label(stageText(ctx, s.id, 'question'), 'guidance'),
    ]),
  );
  sheet.widths(1, [26, 70, 14, 14]);
  // The plan on one page, upright.
  sheet.print({ landscape: false, pagesTall: 1 });
  return sheet;
}
