/**
 * From a plan input to a WorkbookSpec: generateWorkbook (a validated Plan → its spec) and
 * buildPlan, the one pipeline every caller uses (the CLI, the playground and both add-ins):
 * validation, generation and the summary.
 */
import type { HolidaySource } from './plan/calendar';
import { framework, type SheetKind } from './frameworks';
import { languagePack, translator } from './i18n';
import type { Plan, PlanError } from './plan/types';
import { formatPlanError } from './plan/types';
import { validatePlan } from './plan/validate';
import { budgetSheet } from './sheets/budget/sheet';
import { holidaysSheet } from './sheets/holidays/sheet';
import type { SheetContext, SheetEntry } from './sheets/context';
import { controlSheet } from './sheets/control/sheet';
import { controlLayout, type ControlLayout } from './sheets/layouts/control';
import { dataSheet } from './sheets/data/sheet';
import { scheduleSheet } from './sheets/schedule/sheet';
import { objectivesSheet } from './sheets/objectives/sheet';
import { overviewSheet } from './sheets/overview/sheet';
import { planSheet } from './sheets/plan/sheet';
import { reviewsSheet } from './sheets/reviews/sheet';
import { settingsSheet } from './sheets/settings/sheet';
import { situationSheet } from './sheets/situation/sheet';
import { stageSheet } from './sheets/stage/sheet';
import { strategySheet } from './sheets/strategy/sheet';
import { workbookStyles } from './sheets/styles';
import { tacticsSheet } from './sheets/tactics/sheet';
import { targetsSheet } from './sheets/targets/sheet';
import { totalsSheet } from './sheets/totals/sheet';
import { plannedSheets } from './sheets/titles';
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
  schedule: scheduleSheet,
  holidays: holidaysSheet,
  data: dataSheet,
  control: controlSheet,
  reviews: reviewsSheet,
  targets: targetsSheet,
  totals: totalsSheet,
  budget: budgetSheet,
  settings: settingsSheet,
};

/** The sheet kinds whose builders write the SMART objectives (sections/objectives.ts). */
const SMART_SHEETS: readonly SheetKind[] = ['objectives', 'plan'];

function builderOf(entry: SheetEntry): Builder {
  const { sheet } = entry;
  return sheet.kind === 'stage'
    ? (ctx, e) => stageSheet(ctx, e, sheet.stage)
    : BUILDERS[sheet.kind];
}

export interface GenerateOptions {
  /** Sheet titles the target workbook already has; new sheets get numbered titles beside them. */
  existingTitles?: readonly string[];
}

/** A validated plan's workbook. */
export function generateWorkbook(plan: Plan, options: GenerateOptions = {}): WorkbookSpec {
  return generate(plan, options).spec;
}

/** The workbook and the Control layout it was built with (computed once, read by all). */
function generate(
  plan: Plan,
  options: GenerateOptions,
): { spec: WorkbookSpec; control: ControlLayout } {
  const fw = framework(plan.framework);
  const pack = languagePack(plan.language);
  const t = translator(plan.language);
  const entries = plannedSheets(fw, t, options.existingTitles);
  const titles = new Map(entries.map((e) => [e.id, e.title]));
  const control = controlLayout(
    plan,
    fw,
    fw.sheets.some((k) => SMART_SHEETS.includes(k)),
  );
  const ctx: SheetContext = {
    plan,
    fw,
    t,
    rightToLeft: pack.rightToLeft,
    sheets: entries,
    titleOf: (id) => {
      const title = titles.get(id);
      if (title === undefined) throw new Error(`the workbook has no sheet ${id}`);
      return title;
    },
    control,
    names: [],
  };
  // Every sheet prints landscape, one page wide; the Gantt's timeline runs on across pages.
  const sheets = entries.map((entry) =>
    builderOf(entry)(ctx, entry)
      .print(true, entry.id !== 'schedule')
      .build(),
  );
  const spec: WorkbookSpec = {
    title: t('workbook.title', {
      business: plan.business.name,
      framework: t(`framework.${fw.id}.name`),
    }),
    formulaStyle: plan.formulaStyle,
    sheets,
    names: ctx.names,
    styles: workbookStyles(plan.business.currency),
    ...(pack.dateDisplay ? { dateDisplay: pack.dateDisplay } : {}),
  };
  return { spec, control };
}

/** What a plan's workbook holds, for the CLI's and the sidebar's summaries. */
export interface PlanSummary {
  /** The sheets' titles in tab order. */
  sheets: string[];
  tasks: number;
  kpis: number;
  /** What the marketer should know about the plan (formatted, input escaped). */
  warnings: string[];
}

export type BuildResult =
  | { ok: true; plan: Plan; spec: WorkbookSpec; summary: PlanSummary; warnings: PlanError[] }
  | { ok: false; errors: PlanError[] };

export interface BuildOptions extends GenerateOptions {
  /** Today's serial, for the defaults that depend on it (start date, report date). */
  today: number;
  /** The language of the messages (errors, warnings); by default the plan's own. */
  language?: string;
  /**
   * Where a country's public holidays come from (core/holidays/public-holidays). The Sheets
   * add-on's server leaves it out: its sidebar sends the holidays with the plan, so that the
   * holiday library stays out of Code.js, which Sheets loads for every custom-function call.
   */
  holidays?: HolidaySource;
}

/** The one pipeline: validate the input, generate its workbook, and say what it holds. */
export function buildPlan(input: unknown, options: BuildOptions): BuildResult {
  const result = validatePlan(input, {
    today: options.today,
    language: options.language,
    holidays: options.holidays,
  });
  if (!result.ok) return result;
  const { spec, control } = generate(result.plan, options);
  const summary: PlanSummary = {
    sheets: spec.sheets.map((s) => s.title),
    tasks: result.plan.tasks.length,
    kpis: control.placed.length,
    warnings: result.warnings.map(formatPlanError),
  };
  return { ok: true, plan: result.plan, spec, summary, warnings: result.warnings };
}
