/**
 * The workbook of a validated plan: every sheet its framework lists, each from its kind's
 * builder, in tab order, with titles numbered beside those the workbook already has, and the
 * Control layout computed once for all. What the sheets are is decided here; core/generate.ts
 * only runs the pipeline.
 */
import { framework, type SheetKind } from '../frameworks';
import { languagePack, translator } from '../i18n';
import type { Plan, PlanError } from '../plan/types';
import { budgetSheet } from './budget/sheet';
import { holidaysSheet } from './holidays/sheet';
import type { SheetContext, SheetEntry } from './context';
import { controlSheet } from './control/sheet';
import { controlLayout, type ControlLayout } from './layouts/control';
import { dataSheet } from './data/sheet';
import { scheduleSheet } from './schedule/sheet';
import { objectivesSheet } from './objectives/sheet';
import { overviewSheet } from './overview/sheet';
import { planSheet } from './plan/sheet';
import { reviewsSheet } from './reviews/sheet';
import { settingsSheet } from './settings/sheet';
import { situationSheet } from './situation/sheet';
import { stageSheet } from './stage/sheet';
import { strategySheet } from './strategy/sheet';
import { workbookStyles } from './styles';
import { figureWidths, widenFigureColumns } from './layouts/widths';
import { writeTypedCells } from './typed-cells';
import { tacticsSheet } from './tactics/sheet';
import { targetsSheet } from './targets/sheet';
import { totalsSheet } from './totals/sheet';
import { plannedSheets } from './titles';
import type { SheetBuilder } from '../workbook/builder';
import type { WorkbookSpec } from '../workbook/spec';

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
  return buildWorkbook(plan, options).spec;
}

/** The workbook and the Control layout it was built with (computed once, read by all). */
export function buildWorkbook(
  plan: Plan,
  options: GenerateOptions,
): { spec: WorkbookSpec; control: ControlLayout; cellWarnings: PlanError[] } {
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
  const figures = figureWidths(plan);
  // Every sheet prints one page wide; landscape unless its builder set its own page setup.
  const sheets = entries.map((entry) => {
    const sheet = builderOf(entry)(ctx, entry).build();
    // The frozen header rows and columns repeat on every printed page.
    const { rows = 0, cols = 0 } = sheet.freeze ?? {};
    sheet.print ??= {
      landscape: true,
      pagesTall: 0,
      ...(rows > 0 ? { titleRows: { from: 1, to: rows } } : {}),
      ...(cols > 0 ? { titleColumns: { from: 1, to: cols } } : {}),
    };
    widenFigureColumns(sheet, figures);
    return sheet;
  });
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
  // The cells typed in the plan's workbook (planbook read), onto the same input cells.
  const cellWarnings = writeTypedCells(spec, plan.cells, t);
  return { spec, control, cellWarnings };
}
