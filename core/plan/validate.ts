/**
 * validatePlan: checks a plan input against the contract and returns every problem at once,
 * each with its field path, or the Plan with every default filled in.
 */
import { FRAMEWORKS, findFramework } from '../frameworks';
import type { FrameworkDefinition } from '../frameworks';
import { LANGUAGES, translator } from '../i18n';
import { FIVE_S, RAW_METRICS, findKpi } from '../kpi/catalogue';
import type { RawMetric } from '../kpi/catalogue';
import { LAST_DATE, isoDate, parseIsoDate } from '../kpi/serial';
import { monthKey, nextWorkingDay } from './dates';
import { seedChannels, seedObjectives, seedTasks } from './defaults';
import { FieldReader, type Raw } from './fields';
import { MAX_CHANNELS, MAX_OBJECTIVES, MAX_WEEKS, TEXT_MAX } from './limits';
import { checkTaskEnds, readTasks } from './tasks';
import { FORMULA_STYLES, TIMELINES } from './types';
import type { Channel, Objective, Plan, ValidationResult } from './types';

const TOP_KEYS = [
  'framework',
  'language',
  'business',
  'period',
  'timeline',
  'reportDate',
  'tolerance',
  'channels',
  'objectives',
  'tasks',
  'actuals',
  'formulaStyle',
];

export interface ValidateOptions {
  /** Today's serial, for the defaults that depend on it (start date, report date). */
  today: number;
}

/** Validates a plan input (any JSON value) and fills in the defaults. */
export function validatePlan(input: unknown, options: ValidateOptions): ValidationResult {
  const r = new FieldReader();
  if (!r.isObject(input)) {
    r.error('plan', 'expected a JSON object with at least a "framework" field');
    return { ok: false, errors: r.errors };
  }
  r.knownKeys('', input, TOP_KEYS);
  const fw = readFramework(r, input.framework);
  const language = r.oneOf('language', input.language, LANGUAGES) ?? 'en';
  const business = r.object('business', input.business) ?? {};
  r.knownKeys('business', business, ['name', 'currency']);
  // Leaving the name out means the default; giving an empty one is a mistake to point out.
  const name = r.text('business.name', business.name, {
    max: TEXT_MAX.business,
    required: 'name' in business,
  });
  const currency = readCurrency(r, business.currency);
  const period = r.object('period', input.period) ?? {};
  r.knownKeys('period', period, ['start', 'weeks']);
  const typedStart = r.date('period.start', period.start);
  const weeks = r.number('period.weeks', period.weeks, {
    min: 1,
    max: MAX_WEEKS,
    integer: true,
    what: 'the plan length in weeks (3 years at most)',
  });
  const start = typedStart ?? nextWorkingDay(options.today);
  const planWeeks = weeks ?? fw?.defaultWeeks ?? 26;
  const end = start + planWeeks * 7 - 1;
  if (end > LAST_DATE) {
    r.error(
      typedStart !== undefined ? 'period.start' : 'period.weeks',
      `the plan would end after ${isoDate(LAST_DATE)}, the last date spreadsheets hold; start it earlier or shorten period.weeks`,
    );
  }
  const timeline = r.oneOf('timeline', input.timeline, TIMELINES) ?? 'week';
  const reportDate = r.date('reportDate', input.reportDate);
  const tolerance = r.number('tolerance', input.tolerance, { min: 0, below: 1, what: 'tolerance' });
  const channels = readChannels(r, input.channels);
  const objectives = readObjectives(r, input.objectives, start, end);
  const tasks = readTasks(r, input.tasks, fw, { start, end });
  const actuals = readActuals(r, input.actuals, start, end);
  const formulaStyle = r.oneOf('formulaStyle', input.formulaStyle, FORMULA_STYLES) ?? 'native';
  if (r.errors.length > 0 || !fw) return { ok: false, errors: r.errors };

  const allChannels = channels ?? seedChannels(fw);
  const planTasks = tasks ?? seedTasks(fw, translator(language), start);
  checkTaskEnds(r, planTasks, end, tasks !== undefined);
  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  for (const t of planTasks) {
    const same = (c: Channel) => c.name.toLowerCase() === t.channel.toLowerCase();
    if (t.channel && !allChannels.some(same)) {
      allChannels.push({ name: t.channel, budget: 0 });
    }
  }
  const plan: Plan = {
    framework: fw.id,
    language,
    business: {
      name: name ?? translator(language)('business.default'),
      currency: currency ?? 'USD',
    },
    start,
    weeks: planWeeks,
    end,
    timeline,
    reportDate: reportDate ?? Math.min(Math.max(options.today, start), end),
    tolerance: tolerance ?? 0.1,
    channels: allChannels,
    objectives: objectives ?? seedObjectives(fw, end),
    tasks: planTasks,
    actuals: actuals ?? {},
    formulaStyle,
  };
  return { ok: true, plan, warnings: r.warnings };
}

function readFramework(r: FieldReader, value: unknown): FrameworkDefinition | undefined {
  const ids = FRAMEWORKS.map((f) => f.id).join(', ');
  if (value === undefined || value === null || value === '') {
    r.error('framework', `required (one of: ${ids})`);
    return undefined;
  }
  const fw = typeof value === 'string' ? findFramework(value.toLowerCase()) : undefined;
  if (!fw)
    r.error('framework', `unknown framework ${JSON.stringify(value)} (expected one of: ${ids})`);
  return fw;
}

function readCurrency(r: FieldReader, value: unknown): string | undefined {
  const code = r.text('business.currency', value, { max: 3 });
  if (code !== undefined && !/^[A-Z]{3}$/.test(code)) {
    r.error('business.currency', `expected an ISO 4217 code such as USD or VND, got "${code}"`);
    return undefined;
  }
  return code;
}

function readChannels(r: FieldReader, value: unknown): Channel[] | undefined {
  const list = r.array('channels', value, MAX_CHANNELS, 'channels');
  if (!list) return undefined;
  const seen = new Set<string>();
  return list.flatMap((item, i) => {
    const path = `channels[${i}]`;
    const raw = r.item(path, item);
    if (!raw) return [];
    r.knownKeys(path, raw, ['name', 'budget']);
    const name = r.channelName(`${path}.name`, raw.name, true);
    const budget = r.amount(`${path}.budget`, raw.budget, { min: 0, what: 'a budget' });
    if (name === undefined) return [];
    // Spreadsheet criteria match channels case-insensitively, so "SEO" and "seo" are one.
    if (seen.has(name.toLowerCase())) r.error(`${path}.name`, `"${name}" is listed twice`);
    seen.add(name.toLowerCase());
    return [{ name, budget: budget ?? 0 }];
  });
}

function readObjectives(
  r: FieldReader,
  value: unknown,
  start: number,
  end: number,
): Objective[] | undefined {
  const list = r.array('objectives', value, MAX_OBJECTIVES, 'objectives');
  if (!list) return undefined;
  return list.flatMap((item, i) => {
    const path = `objectives[${i}]`;
    const raw = r.item(path, item);
    if (!raw) return [];
    r.knownKeys(path, raw, ['category', 'kpi', 'baseline', 'target', 'deadline', 'owner']);
    if (raw.category === undefined) r.error(`${path}.category`, 'required (one of the 5S)');
    const category = r.oneOf(`${path}.category`, raw.category, FIVE_S);
    const kpiId = r.text(`${path}.kpi`, raw.kpi, { max: TEXT_MAX.kpiId, required: true });
    if (kpiId !== undefined && !findKpi(kpiId)) {
      r.error(`${path}.kpi`, `unknown KPI "${kpiId}" (see the README's KPI list)`);
    }
    const baseline = r.amount(`${path}.baseline`, raw.baseline, { what: 'a baseline' });
    const target = r.amount(`${path}.target`, raw.target, { what: 'a target' });
    const deadline = r.date(`${path}.deadline`, raw.deadline) ?? end;
    if (deadline < start) {
      r.error(`${path}.deadline`, `ends before the plan starts (${isoDate(start)})`);
    } else if (deadline > end) {
      // The Data sheet has rows for the plan's months only: results after it could not be entered.
      r.error(
        `${path}.deadline`,
        `after the plan ends (${isoDate(end)}); lengthen period.weeks or bring the deadline forward`,
      );
    }
    const owner = r.text(`${path}.owner`, raw.owner, { max: TEXT_MAX.owner }) ?? '';
    if (!category || !kpiId) return [];
    return [
      { category, kpi: kpiId, baseline: baseline ?? null, target: target ?? null, deadline, owner },
    ];
  });
}

function readActuals(
  r: FieldReader,
  value: unknown,
  start: number,
  end: number,
): Plan['actuals'] | undefined {
  const raw = r.object('actuals', value);
  if (!raw) return undefined;
  const actuals: Plan['actuals'] = {};
  for (const [metric, months] of Object.entries(raw)) {
    const path = `actuals.${metric}`;
    if (!RAW_METRICS.includes(metric as RawMetric)) {
      r.error(path, `unknown metric (expected one of: ${RAW_METRICS.join(', ')})`);
      continue;
    }
    const values = r.object(path, months) ?? {};
    actuals[metric as RawMetric] = readMonths(r, path, values, start, end);
  }
  return actuals;
}

function readMonths(r: FieldReader, path: string, values: Raw, start: number, end: number) {
  const out: Record<string, number> = {};
  for (const [month, amount] of Object.entries(values)) {
    const first = parseIsoDate(`${month}-01`);
    if (!/^\d{4}-\d{2}$/.test(month) || first === null) {
      r.error(`${path}.${month}`, 'not a month (expected YYYY-MM)');
    } else if (first > end || month < monthKey(start)) {
      r.error(`${path}.${month}`, `outside the plan (${monthKey(start)} to ${monthKey(end)})`);
    } else {
      const n = r.amount(`${path}.${month}`, amount, { what: 'an actual' });
      if (n !== undefined) out[month] = n;
    }
  }
  return out;
}
