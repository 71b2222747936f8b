/**
 * Settings: the report date, tolerance and plan period that every formula refers to by name,
 * the business's economics (gross margin, purchases a year, years a customer stays), the lists
 * behind every drop-down, and the KPI definitions table the Control sheet looks KPIs up in.
 */
import { languagePack } from '../../i18n';
import { stageKey } from '../../frameworks';
import { DIRECTIONS, FIVE_S, TAG_STAGES, type Economic } from '../../kpi/catalogue';
import { SheetBuilder } from '../../workbook/builder';
import type { Cell } from '../../workbook/spec';
import {
  calc,
  defineName,
  header,
  input,
  label,
  stageText,
  type SheetContext,
  type SheetEntry,
} from '../context';
import { kpiDefinitions } from './kpi-definitions';
import { ECONOMICS_NAMES, LIST_NAMES } from '../names';
import { PLANBOOK_VERSION } from '../../version';
import {
  SETTINGS_FIRST_ROW,
  SETTINGS_KEYS,
  settingsRow,
  type SettingsKey,
} from '../layouts/settings';
import { ATTRIBUTION_MODELS } from '../sections/organisation';

/** A drop-down list on the Settings sheet: its workbook name and values. */
interface SettingsList {
  name: string;
  titleKey: string;
  values: string[];
}

function lists(ctx: SheetContext): SettingsList[] {
  const { t, fw, plan } = ctx;
  return [
    {
      name: LIST_NAMES.stages,
      titleKey: 'settings.list.stages',
      values: fw.stages.map((s) => stageText(ctx, s.id, 'name')),
    },
    {
      name: LIST_NAMES.funnel,
      titleKey: 'settings.list.funnel',
      values: TAG_STAGES[fw.kpiStage].map((id) => t(stageKey(fw.kpiStage, id, 'name'))),
    },
    {
      name: LIST_NAMES.fiveS,
      titleKey: 'settings.list.fiveS',
      values: FIVE_S.map((c) => t(`fiveS.${c}.name`)),
    },
    {
      name: LIST_NAMES.directions,
      titleKey: 'settings.list.directions',
      values: DIRECTIONS.map((d) => t(`direction.${d}`)),
    },
    {
      name: LIST_NAMES.channels,
      titleKey: 'settings.list.channels',
      values: plan.channels.map((c) => c.name),
    },
    {
      name: LIST_NAMES.priorities,
      titleKey: 'settings.list.priorities',
      values: ['high', 'medium', 'low'].map((p) => t(`priority.${p}`)),
    },
    {
      name: LIST_NAMES.strategyTypes,
      titleKey: 'settings.list.strategyTypes',
      values: ['SO', 'WO', 'ST', 'WT'],
    },
    {
      name: LIST_NAMES.platformTypes,
      titleKey: 'settings.list.platformTypes',
      values: ['own', 'thirdParty'].map((p) => t(`core.platformType.${p}`)),
    },
    {
      name: LIST_NAMES.staffing,
      titleKey: 'settings.list.staffing',
      values: ['inHouse', 'agency', 'freelance'].map((s) => t(`core.staffing.${s}`)),
    },
    {
      name: LIST_NAMES.attribution,
      titleKey: 'settings.list.attribution',
      values: ATTRIBUTION_MODELS.map((m) => t(`core.attribution.${m}`)),
    },
  ];
}

export function settingsSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t, plan } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  sheet.cell(1, 1, label(t('sheet.settings'), 'title'));
  sheet.cell(2, 1, label(t('settings.intro'), 'subtitle'));
  sheet.row(4, 1, [
    header(t('settings.setting')),
    header(t('settings.value')),
    header(t('settings.notes')),
  ]);
  // Each setting's value and workbook name, written in SETTINGS_KEYS' order.
  const row = (key: SettingsKey) => `B${settingsRow(key)}`;
  const economic = (e: Economic): [Cell, string] => [
    input(plan.economics[e] ?? null, e === 'grossMargin' ? 'percent' : 'decimal'),
    ECONOMICS_NAMES[e],
  ];
  const values: Record<SettingsKey, [Cell, string]> = {
    reportDate: [input(plan.reportDate, 'date'), 'ReportDate'],
    tolerance: [input(plan.tolerance, 'percent'), 'Tolerance'],
    planStart: [input(plan.start, 'date'), 'PlanStart'],
    planEnd: [calc(`${row('planStart')}+${row('weeks')}*7-1`, 'date'), 'PlanEnd'],
    weeks: [label(plan.weeks, 'calc.integer'), ''],
    framework: [label(t(`framework.${plan.framework}.name`), 'calc.text'), ''],
    language: [label(languagePack(plan.language).name, 'calc.text'), ''],
    currency: [label(plan.business.currency, 'calc.text'), ''],
    timeline: [label(t(`timeline.${plan.timeline}`), 'calc.text'), ''],
    grossMargin: economic('grossMargin'),
    purchasesPerYear: economic('purchasesPerYear'),
    lifespanYears: economic('lifespanYears'),
    // What made the workbook, as plain cells: what `planbook read` and later versions go by.
    country: [label(plan.business.country || null, 'calc.text'), ''],
    planbook: [label(`planbook ${PLANBOOK_VERSION}`, 'calc.text'), ''],
    planId: [label(plan.id, 'calc.text'), ''],
  };
  sheet.block(
    SETTINGS_FIRST_ROW,
    1,
    SETTINGS_KEYS.map((key) => [
      label(t(`settings.${key}`)),
      values[key][0],
      label(t(`settings.${key}.note`), 'guidance'),
    ]),
  );
  for (const key of SETTINGS_KEYS) {
    const name = values[key][1];
    if (name) defineName(ctx, name, sheet.id, [settingsRow(key), 2]);
  }
  sheet.validate({ kind: 'date', range: row('reportDate') });
  sheet.validate({ kind: 'number', range: row('tolerance'), min: 0, max: 0.99 });
  sheet.validate({ kind: 'date', range: row('planStart') });
  sheet.validate({ kind: 'number', range: row('grossMargin'), min: 0, max: 1 });
  sheet.validate({
    kind: 'number',
    range: `${row('purchasesPerYear')}:${row('lifespanYears')}`,
    min: 0,
  });

  const firstListCol = 5;
  lists(ctx).forEach((list, i) => {
    const col = firstListCol + i;
    sheet.cell(4, col, header(t(list.titleKey)));
    const values: (string | null)[] = list.values.length > 0 ? list.values : [null];
    sheet.block(
      SETTINGS_FIRST_ROW,
      col,
      values.map((v) => [input(v)]),
    );
    defineName(ctx, list.name, sheet.id, [
      SETTINGS_FIRST_ROW,
      col,
      SETTINGS_FIRST_ROW + values.length - 1,
      col,
    ]);
  });
  const defsCol = firstListCol + lists(ctx).length + 1;
  kpiDefinitions(sheet, ctx, 4, defsCol);
  sheet.widths(1, [22, 16, 48]);
  sheet.widths(
    firstListCol,
    lists(ctx).map(() => 18),
  );
  // The lists' width for every short column of the definitions: few runs, few add-in calls.
  sheet.widths(defsCol, [18, 30, 18, 18, 18, 18, 18, 18, 18, 18, 40]);
  return sheet.freeze(4, 1);
}
