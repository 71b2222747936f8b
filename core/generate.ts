/** generateWorkbook: the single entry point from a validated Plan to a WorkbookSpec. */
import {
  framework,
  stageKey,
  workbookSheets,
  type FrameworkDefinition,
  type SheetKind,
} from './frameworks';
import { isRightToLeft, translator, type Translate } from './i18n';
import { RAW_METRICS, kpi, metricsOf } from './kpi/catalogue';
import type { Plan } from './plan/types';
import { budgetSheet } from './sheets/budget';
import type { SheetContext, SheetEntry } from './sheets/context';
import { controlRows, controlSheet } from './sheets/control';
import { dataSheet } from './sheets/data';
import { ganttSheet } from './sheets/gantt';
import { objectivesSheet } from './sheets/objectives';
import { overviewSheet } from './sheets/overview';
import { planSheet } from './sheets/plan';
import { settingsSheet } from './sheets/settings';
import { situationSheet } from './sheets/situation';
import { stageSheet, stageSheetId } from './sheets/stage';
import { strategySheet } from './sheets/strategy';
import { workbookStyles } from './sheets/styles';
import { tacticsSheet } from './sheets/tactics';
import type { SheetBuilder } from './workbook/builder';
import type { WorkbookSpec } from './workbook/spec';

type Builder = (ctx: SheetContext, entry: SheetEntry) => SheetBuilder;

const BUILDERS: Record<Exclude<SheetKind, 'stages'>, Builder> = {
  overview: overviewSheet,
  situation: situationSheet,
  objectives: objectivesSheet,
  strategy: strategySheet,
  tactics: tacticsSheet,
  plan: planSheet,
  actions: ganttSheet,
  data: dataSheet,
  control: controlSheet,
  budget: budgetSheet,
  settings: settingsSheet,
};

/** The workbook's sheets in tab order, each with its title, what it is for and its builder. */
function sheetEntries(fw: FrameworkDefinition, t: Translate): SheetEntry[] {
  return workbookSheets(fw).map((sheet) => {
    if (sheet.kind !== 'stage') {
      const kind = sheet.kind;
      return {
        id: kind,
        title: t(`sheet.${kind}`),
        about: t(`contents.${kind}`),
        build: BUILDERS[kind],
      };
    }
    const { stage } = sheet;
    return {
      id: stageSheetId(stage.id),
      title: t(stageKey(fw.id, stage.id, 'name')),
      about: t(stageKey(fw.id, stage.id, 'question')),
      build: (ctx: SheetContext) => stageSheet(ctx, stage),
    };
  });
}

/** The raw metrics the Data sheet holds: those the KPIs need, cost, and any with actuals. */
function dataMetrics(plan: Plan, kpiIds: string[]): string[] {
  const needed = new Set<string>(['cost', ...Object.keys(plan.actuals)]);
  for (const id of kpiIds) metricsOf(kpi(id)).forEach((m) => needed.add(m));
  return RAW_METRICS.filter((m) => needed.has(m));
}

/** What a plan's workbook holds, for the CLI's and the sidebar's summaries. */
export function planSummary(plan: Plan): { tasks: number; kpis: number } {
  return {
    tasks: plan.tasks.length,
    kpis: controlRows({ plan, fw: framework(plan.framework) }).length,
  };
}

export function generateWorkbook(plan: Plan): WorkbookSpec {
  const fw = framework(plan.framework);
  const t = translator(plan.language);
  const entries = sheetEntries(fw, t);
  const ctx: SheetContext = {
    plan,
    fw,
    t,
    rightToLeft: isRightToLeft(plan.language),
    sheets: entries,
    metrics: dataMetrics(
      plan,
      controlRows({ plan, fw }).map((r) => r.kpi),
    ),
    names: [],
  };
  // Every sheet prints landscape, one page wide; the Gantt's timeline runs on across pages.
  const sheets = entries.map((entry) =>
    entry
      .build(ctx, entry)
      .print(true, entry.id !== 'actions')
      .build(),
  );
  return {
    title: t('workbook.title', {
      business: plan.business.name,
      framework: t(`framework.${fw.id}.name`),
    }),
    formulaStyle: plan.formulaStyle,
    sheets,
    names: ctx.names,
    styles: workbookStyles(plan.business.currency),
  };
}
