/**
 * validatePlan: checks a plan input against the contract and returns every problem at once,
 * each with its field path, or the Plan with every default filled in.
 */
import { FRAMEWORKS, findFramework } from '../frameworks';
import type { FrameworkDefinition } from '../frameworks';
import { LANGUAGES, translator } from '../i18n';
import type { HolidaySource } from './calendar';
import { languagePack } from '../i18n';
import { LAST_DATE, isoDate } from '../dates/serial';
import { WorkCalendar } from './calendar';
import { seedChannels, seedObjectives, seedTasks } from './defaults';
import { FieldReader } from './fields';
import { MAX_CHANNELS, MAX_WEEKS, TEXT_MAX } from './limits';
import { mergeResults, readActuals, readChannelResults, readEconomics } from './results';
import { checkTaskEnds, predecessorsFirst, readTasks } from './tasks';
import { planCalendar, readCountry, readHolidays, readWorkingDays } from './work-week';
import { CHANNEL_KINDS, CHANNEL_KPIS, FORMULA_STYLES, TIMELINES } from './types';
import { catalogueKind } from './channel-kinds';
import { PLAN_ID, newPlanId } from './plan-id';
import { readObjectives } from './objectives';
import { readTypedCells } from './typed-cells';
import type { Channel, Plan, ValidationResult } from './types';

const TOP_KEYS = [
  'framework',
  'id',
  'language',
  'business',
  'period',
  'workingDays',
  'holidays',
  'timeline',
  'reportDate',
  'tolerance',
  'channels',
  'objectives',
  'tasks',
  'actuals',
  'channelResults',
  'economics',
  'formulaStyle',
  'cells',
];

export interface ValidateOptions {
  /** Today's serial, for the defaults that depend on it (start date, report date). */
  today: number;
  /** The language of the messages; by default the plan's own (English if it has none). */
  language?: string;
  /** Where a country's public holidays come from (none: a country brings only its week). */
  holidays?: HolidaySource;
}

/** The messages' language: the one asked for, else the plan's when it is one planbook has. */
function messageLanguage(input: unknown, options: ValidateOptions): string {
  if (options.language !== undefined) return options.language;
  const asked = (input as { language?: unknown } | null)?.language;
  return typeof asked === 'string' && (LANGUAGES as readonly string[]).includes(asked)
    ? asked
    : 'en';
}

/** Validates a plan input (any JSON value) and fills in the defaults. */
export function validatePlan(input: unknown, options: ValidateOptions): ValidationResult {
  const r = new FieldReader(translator(messageLanguage(input, options)));
  if (!r.isObject(input)) {
    r.error('plan', r.t('error.notPlan'));
    return { ok: false, errors: r.errors };
  }
  r.knownKeys('', input, TOP_KEYS);
  const fw = readFramework(r, input.framework);
  const id = r.text('id', input.id, { max: 19 });
  if (id !== undefined && !PLAN_ID.test(id)) r.error('id', r.t('error.planId'));
  const language = r.oneOf('language', input.language, LANGUAGES) ?? 'en';
  const business = r.object('business', input.business) ?? {};
  r.knownKeys('business', business, ['name', 'currency', 'country']);
  // Leaving the name out means the default; giving an empty one is a mistake to point out.
  const name = r.text('business.name', business.name, {
    max: TEXT_MAX.business,
    required: 'name' in business,
  });
  const currency = readCurrency(r, business.currency);
  const country = readCountry(r, business.country);
  const workingDays = readWorkingDays(r, input.workingDays);
  const holidays = readHolidays(r, input.holidays);
  const period = r.object('period', input.period) ?? {};
  r.knownKeys('period', period, ['start', 'weeks']);
  const typedStart = r.date('period.start', period.start);
  const weeks = r.number('period.weeks', period.weeks, {
    min: 1,
    max: MAX_WEEKS,
    integer: true,
    what: 'what.weeks',
  });
  // Before the plan's calendar is known, its default start is the next weekday.
  const start = typedStart ?? WorkCalendar.STANDARD.nextWorkingDay(options.today);
  const planWeeks = weeks ?? fw?.defaultWeeks ?? 26;
  const end = start + planWeeks * 7 - 1;
  if (end > LAST_DATE) {
    r.error(
      typedStart !== undefined ? 'period.start' : 'period.weeks',
      r.t('error.planTooLate', { last: isoDate(LAST_DATE) }),
    );
  }
  const calendar = planCalendar(country, workingDays, holidays, {
    start,
    end: Math.min(end, LAST_DATE),
    language,
    source: options.holidays,
  });
  const { cal } = calendar;
  const timeline = r.oneOf('timeline', input.timeline, TIMELINES) ?? 'week';
  const reportDate = r.date('reportDate', input.reportDate);
  const tolerance = r.number('tolerance', input.tolerance, {
    min: 0,
    below: 1,
    what: 'what.tolerance',
  });
  const channels = readChannels(r, input.channels);
  const objectives = readObjectives(r, input.objectives, start, end);
  const tasks = readTasks(r, input.tasks, fw, { start, end, cal });
  const actuals = readActuals(r, input.actuals, { start, end });
  const rows = readChannelResults(r, input.channelResults, { start, end });
  const economics = readEconomics(r, input.economics);
  const formulaStyle = r.oneOf('formulaStyle', input.formulaStyle, FORMULA_STYLES) ?? 'native';
  if (r.errors.length > 0 || !fw) return { ok: false, errors: r.errors };

  const allChannels = channels ?? seedChannels(fw, translator(language));
  const planObjectives = objectives ?? seedObjectives(fw, end);
  const planTasks =
    tasks ??
    seedTasks(
      fw,
      translator(language),
      { start, end, weeks: planWeeks, deadlines: planObjectives.map((o) => o.deadline) },
      cal,
    );
  checkTaskEnds(r, planTasks, end, tasks !== undefined, cal);
  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  for (const t of planTasks) {
    const same = (c: Channel) => c.name.toLowerCase() === t.channel.toLowerCase();
    if (t.channel && !allChannels.some(same)) {
      const kind = catalogueKind(t.channel) ?? 'owned';
      allChannels.push({ name: t.channel, kind, budget: 0, targets: {} });
    }
  }
  const names = allChannels.map((c) => c.name);
  const cells = readTypedCells(r, input.cells);
  const results = mergeResults(r, actuals, rows, names);
  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  const plan: Plan = {
    framework: fw.id,
    id: id ?? newPlanId(input, options.today),
    language,
    business: {
      name: name ?? translator(language)('business.default'),
      currency: currency ?? languagePack(language).currency,
      country: calendar.country,
    },
    weekend: calendar.weekend,
    holidays: calendar.holidays,
    start,
    weeks: planWeeks,
    end,
    timeline,
    reportDate: reportDate ?? Math.min(Math.max(options.today, start), end),
    tolerance: tolerance ?? 0.1,
    channels: allChannels,
    objectives: planObjectives,
    // Error paths above count the tasks as given; the sheet needs each predecessor first.
    tasks: predecessorsFirst(planTasks),
    results,
    economics,
    formulaStyle,
    cells,
  };
  return { ok: true, plan, warnings: r.warnings };
}

function readFramework(r: FieldReader, value: unknown): FrameworkDefinition | undefined {
  const ids = FRAMEWORKS.map((f) => f.id).join(', ');
  if (value === undefined || value === null || value === '') {
    r.error('framework', r.t('error.requiredOneOf', { options: ids }));
    return undefined;
  }
  const fw = typeof value === 'string' ? findFramework(value.toLowerCase()) : undefined;
  if (!fw) {
    const shown = JSON.stringify(value);
    r.error('framework', r.t('error.unknownFramework', { value: shown, options: ids }));
  }
  return fw;
}

function readCurrency(r: FieldReader, value: unknown): string | undefined {
  const code = r.text('business.currency', value, { max: 3 });
  if (code !== undefined && !/^[A-Z]{3}$/.test(code)) {
    r.error('business.currency', r.t('error.currency', { code }));
    return undefined;
  }
  return code;
}

function readChannels(r: FieldReader, value: unknown): Channel[] | undefined {
  const list = r.array('channels', value, MAX_CHANNELS, 'what.channels');
  if (!list) return undefined;
  const seen = new Set<string>();
  return list.flatMap((item, i) => {
    const path = `channels[${i}]`;
    const raw = r.item(path, item);
    if (!raw) return [];
    r.knownKeys(path, raw, ['name', 'kind', 'budget', 'targets']);
    const name = r.channelName(`${path}.name`, raw.name, true);
    const given = r.oneOf(`${path}.kind`, raw.kind, CHANNEL_KINDS);
    const budget = r.amount(`${path}.budget`, raw.budget, { min: 0, what: 'what.budget' });
    const targets = readChannelTargets(r, `${path}.targets`, raw.targets);
    if (name === undefined) return [];
    // Spreadsheet criteria match channels case-insensitively, so "SEO" and "seo" are one.
    if (seen.has(name.toLowerCase())) r.error(`${path}.name`, r.t('error.listedTwice', { name }));
    seen.add(name.toLowerCase());
    const kind = given ?? catalogueKind(name);
    if (kind === undefined && raw.kind === undefined) {
      r.warn(`${path}.kind`, r.t('warning.channelKind', { name }));
    }
    return [{ name, kind: kind ?? 'owned', budget: budget ?? 0, targets }];
  });
}

function readChannelTargets(r: FieldReader, path: string, value: unknown): Channel['targets'] {
  const raw = r.object(path, value);
  if (!raw) return {};
  r.knownKeys(path, raw, CHANNEL_KPIS);
  const targets: Channel['targets'] = {};
  for (const id of CHANNEL_KPIS) {
    const n = r.amount(`${path}.${id}`, raw[id], { min: 0, what: 'what.target' });
    if (n !== undefined) targets[id] = n;
  }
  return targets;
}
