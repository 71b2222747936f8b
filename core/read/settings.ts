/**
 * The Settings sheet read back: what made the workbook (planbook's version, the framework, the
 * language, the plan id) and the plan's settings, at the rows the Settings builder writes them
 * (layouts/settings.ts); the business's name from the Overview; the working week and days off.
 */
import { FRAMEWORKS, findFramework, type FrameworkDefinition } from '../frameworks';
import { LANGUAGES, languagePack, translator } from '../i18n';
import { TIMELINES, type PlanInput } from '../plan/types';
import { plannedSheets } from '../sheets/titles';
import { settingsRow, type SettingsKey } from '../sheets/layouts/settings';
import { PLANBOOK_VERSION } from '../version';
import { ReadError, type Reader } from './cells';

/** The framework and language a workbook was written in; refused when planbook cannot read it. */
export function readProvenance(r: Reader): { fw: FrameworkDefinition; language: string } {
  const sheet = r.at('ReportDate').sheet;
  const setting = (key: SettingsKey) => r.text(r.value(sheet, settingsRow(key), 2));
  const version = setting('planbook');
  const written = /^planbook (\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!written) throw new ReadError('not a planbook workbook: its Settings sheet names no version');
  if (Number(written[1]) > Number(PLANBOOK_VERSION.split('.')[0])) {
    throw new ReadError(`written by ${version}, newer than planbook ${PLANBOOK_VERSION}`);
  }
  // The framework's name in any language (the workbook's language is read beside it).
  const named = setting('framework');
  const fw = FRAMEWORKS.find((f) =>
    LANGUAGES.some((code) => translator(code)(`framework.${f.id}.name`) === named),
  );
  const language = LANGUAGES.find((code) => languagePack(code).name === setting('language'));
  if (!fw || !language) {
    throw new ReadError(
      'not a planbook workbook: its framework or language is not one planbook knows',
    );
  }
  return { fw: findFramework(fw.id) as FrameworkDefinition, language };
}

/** The plan's settings, business, working week and days off. */
export function readSettings(r: Reader, fw: FrameworkDefinition, language: string): PlanInput {
  const t = translator(language);
  const sheet = r.at('ReportDate').sheet;
  const cell = (key: SettingsKey) => r.value(sheet, settingsRow(key), 2);
  const timelines = TIMELINES.map((x): [string, string] => [x, t(`timeline.${x}`)]);
  const overview = plannedSheets(fw, t).find((s) => s.id === 'overview')?.title ?? '';
  const plan: PlanInput = {
    framework: fw.id,
    id: r.text(cell('planId')) || undefined,
    language,
    business: {
      name: r.text(r.value(overview, 1, 1)) || undefined,
      currency: r.text(cell('currency')) || undefined,
      country: r.text(cell('country')) || undefined,
    },
    period: { start: r.day(cell('planStart')), weeks: r.num(cell('weeks')) },
    timeline: r.choice(timelines, sheet, settingsRow('timeline'), 2) as PlanInput['timeline'],
    reportDate: r.day(cell('reportDate')),
    tolerance: r.num(cell('tolerance')),
  };
  const economics = Object.fromEntries(
    (['grossMargin', 'purchasesPerYear', 'lifespanYears'] as const).flatMap((e) => {
      const v = r.num(cell(e));
      return v === undefined ? [] : [[e, v]];
    }),
  );
  if (Object.keys(economics).length > 0) plan.economics = economics;
  // The working week (a 1 under each day worked) and the days off with their names.
  const week = r.at('WorkWeek');
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  plan.workingDays = days.filter((_, i) => r.value(week.sheet, week.row1, week.col1 + i) === 1);
  const holidays = r.column('Holidays');
  plan.holidays = holidays.rows.flatMap((row) => {
    const date = r.day(holidays.get(row));
    const name = r.text(holidays.get(row, holidays.col1 + 1));
    return date ? [name ? { date, name } : date] : [];
  });
  return plan;
}
