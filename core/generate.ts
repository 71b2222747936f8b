/** generateWorkbook: the single entry point from a validated Plan to a WorkbookSpec. */
import { framework } from './frameworks';
import type { SheetKind } from './frameworks';
import { isRightToLeft, translator } from './i18n';
import { RAW_METRICS, kpi, metricsOf } from './kpi/catalogue';
import type { Plan } from './plan/types';
import { budgetSheet } from './sheets/budget';
import type { SheetContext } from './sheets/context';
import { controlRows, controlSheet } from './sheets/control';
import { dataSheet } from './sheets/data';
import { ganttSheet } from './sheets/gantt';
import { objectivesSheet } from './sheets/objectives';
import { overviewSheet } from './sheets/overview';
import { settingsSheet } from './sheets/settings';
import { situationSheet } from './sheets/situation';
import { strategySheet } from './sheets/strategy';
import { workbookStyles } from './sheets/styles';
import { tacticsSheet } from './sheets/tactics';
import type { SheetBuilder } from './workbook/builder';
import type { WorkbookSpec } from './workbook/spec';

const BUILDERS: Record<SheetKind, (ctx: SheetContext, kinds: SheetKind[]) => SheetBuilder> = {
  overview: overviewSheet,
  situation: situationSheet,
  objectives: objectivesSheet,
  strategy: strategySheet,
  tactics: tacticsSheet,
  actions: ganttSheet,
  data: dataSheet,
  control: controlSheet,
  budget: budgetSheet,
  settings: settingsSheet,
};

/** The raw metrics the Data sheet holds: those the KPIs need, cost, and any with actuals. */
function dataMetrics(plan: Plan, kpiIds: string[]): string[] {
  const needed = new Set<string>(['cost', ...Object.keys(plan.actuals)]);
  for (const id of kpiIds) metricsOf(kpi(id)).forEach((m) => needed.add(m));
  return RAW_METRICS.filter((m) => needed.has(m));
}

export function generateWorkbook(plan: Plan): WorkbookSpec {
  const fw = framework(plan.framework);
  const t = translator(plan.language);
  const kpiIds = controlRows({ plan, fw }).map((r) => r.kpi);
  const ctx: SheetContext = {
    plan,
    fw,
    t,
    rightToLeft: isRightToLeft(plan.language),
    titles: Object.fromEntries(fw.sheets.map((k) => [k, t(`sheet.${k}`)])),
    metrics: dataMetrics(plan, kpiIds),
    names: [],
  };
  // Every sheet prints landscape, one page wide; the Gantt's timeline runs on across pages.
  const sheets = fw.sheets.map((kind) =>
    BUILDERS[kind](ctx, fw.sheets)
      .print(true, kind !== 'actions')
      .build(),
  );
  return {
    title: t('workbook.title', {
      business: plan.business.name,
      framework: t(`framework.${fw.id}.name`),
    }),
    sheets,
    names: ctx.names,
    styles: workbookStyles(plan.business.currency),
  };
}
