/**
 * Settings: the report date, tolerance and plan period that every formula refers to by name,
 * the business's economics (gross margin, purchases a year, years a customer stays), the lists
 * behind every drop-down, and the KPI definitions table the Control sheet looks KPIs up in.
 */
import { languagePack } from '../../i18n';
import { stageKey } from '../../frameworks';
import { DIRECTIONS, ECONOMICS, FIVE_S, TAG_STAGES } from '../../kpi/catalogue';
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

const FIRST_ROW = 5;

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
  const rows: [string, Cell, string][] = [
    ['settings.reportDate', input(plan.reportDate, 'date'), 'ReportDate'],
    ['settings.tolerance', input(plan.tolerance, 'percent'), 'Tolerance'],
    ['settings.planStart', input(plan.start, 'date'), 'PlanStart'],
    ['settings.planEnd', calc(`B${FIRST_ROW + 2}+B${FIRST_ROW + 4}*7-1`, 'date'), 'PlanEnd'],
    ['settings.weeks', label(plan.weeks, 'calc.integer'), ''],
    ['settings.framework', label(t(`framework.${plan.framework}.name`), 'calc.text'), ''],
    ['settings.language', label(languagePack(plan.language).name, 'calc.text'), ''],
    ['settings.currency', label(plan.business.currency, 'calc.text'), ''],
    ['settings.timeline', label(t(`timeline.${plan.timeline}`), 'calc.text'), ''],
    ...ECONOMICS.map((e): [string, Cell, string] => [
      `settings.${e}`,
      input(plan.economics[e] ?? null, e === 'grossMargin' ? 'percent' : 'decimal'),
      ECONOMICS_NAMES[e],
    ]),
    // What made the workbook, as plain cells: what `planbook read` and later versions go by.
    ['settings.country', label(plan.business.country || null, 'calc.text'), ''],
    ['settings.planbook', label(`planbook ${PLANBOOK_VERSION}`, 'calc.text'), ''],
    ['settings.planId', label(plan.id, 'calc.text'), ''],
  ];
  const economicsRow = FIRST_ROW + rows.findIndex(([key]) => key === `settings.${ECONOMICS[0]}`);
  sheet.block(
    FIRST_ROW,
    1,
    rows.map(([key, cell]) => [label(t(key)), cell, label(t(`${key}.note`), 'guidance')]),
  );
  rows.forEach(([, , name], i) => {
    if (name) defineName(ctx, name, sheet.id, [FIRST_ROW + i, 2]);
  });
  sheet.validate({ kind: 'date', range: `B${FIRST_ROW}` });
  sheet.validate({ kind: 'number', range: `B${FIRST_ROW + 1}`, min: 0, max: 0.99 });
  sheet.validate({ kind: 'date', range: `B${FIRST_ROW + 2}` });
  sheet.validate({ kind: 'number', range: `B${economicsRow}`, min: 0, max: 1 });
  sheet.validate({
    kind: 'number',
    range: `B${economicsRow + 1}:B${economicsRow + ECONOMICS.length - 1}`,
    min: 0,
  });

  const firstListCol = 5;
  lists(ctx).forEach((list, i) => {
    const col = firstListCol + i;
    sheet.cell(4, col, header(t(list.titleKey)));
    const values: (string | null)[] = list.values.length > 0 ? list.values : [null];
    sheet.block(
      FIRST_ROW,
      col,
      values.map((v) => [input(v)]),
    );
    defineName(ctx, list.name, sheet.id, [FIRST_ROW, col, FIRST_ROW + values.length - 1, col]);
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
