/**
 * The benchmark's and the engine tests' plans: N tasks over W weeks on a scale, in chains of
 * ten whose links are of every type (with lags and leads), some tasks following two.
 */
import { framework } from '../core/frameworks';
import { KPI_CATALOGUE, RAW_METRICS } from '../core/kpi/catalogue';
import {
  MAX_CHANNELS,
  MAX_HOLIDAYS,
  MAX_OBJECTIVES,
  MAX_TASKS,
  MAX_WEEKS,
  TEXT_MAX,
} from '../core/plan/limits';
import type { PlanInput } from '../core/plan/types';

/** The links of task i + 1 (never the first of a chain) to the task before it, in the short form. */
function links(i: number): string {
  const before = `T${i}`;
  // SF+4: a task of up to 4 days ends 4 working days after its predecessor starts, or later.
  const form = [`${before}FS-1`, `${before}SS+1`, `${before}FF+1`, `${before}SF+4`][i % 4];
  return i % 10 >= 2 && i % 5 === 2 ? `${form}, T${i - 1}` : form;
}

export function largePlanInput(
  tasks: number,
  weeks: number,
  timeline: PlanInput['timeline'],
  frameworkId = 'sostac',
): PlanInput {
  const stages = framework(frameworkId).stages.map((s) => s.id);
  const channels = ['SEO', 'PPC', 'Social', 'Email', 'Content'];
  return {
    framework: frameworkId,
    business: { name: 'Large Co', currency: 'EUR' },
    period: { start: '2027-01-04', weeks },
    timeline,
    reportDate: '2027-03-01',
    channels: channels.map((name) => ({ name, budget: 100000 })),
    objectives: [
      { category: 'sell', kpi: 'revenue', baseline: 10000, target: 20000, deadline: '2027-03-28' },
      { category: 'save', kpi: 'cpa', baseline: 30, target: 25, deadline: '2027-03-28' },
    ],
    tasks: Array.from({ length: tasks }, (_, i) => ({
      id: `T${i + 1}`,
      name: `Task ${i + 1}`,
      stage: stages[i % stages.length],
      channel: channels[i % channels.length],
      owner: `Owner ${i % 7}`,
      ...(i % 10 === 0 ? { start: '2027-01-04' } : { dependsOn: links(i) }),
      days: i % 10 === 5 ? 0 : 1 + (i % 4),
      buffer: i % 3,
      budget: 100,
      progress: Math.min(1, (i % 5) / 4),
    })),
    // Results by channel for the first two months, and what no channel can claim.
    channelResults: ['2027-01', '2027-02'].flatMap((month, m) =>
      channels.map((channel, c) => ({
        month,
        channel,
        sessions: 200 + 10 * c + 20 * m,
        clicks: 300 + 15 * c,
        impressions: 9000 + 500 * c,
        conversions: 4 + c + 2 * m,
        revenue: 1400 + 100 * c + 200 * m,
        media_spend: c === 0 ? 0 : 90 + 10 * c,
        other_cost: 20,
      })),
    ),
    actuals: {
      orders: { '2027-01': 20, '2027-02': 31 },
      customers: { '2027-01': 18, '2027-02': 27 },
      new_customers: { '2027-01': 15, '2027-02': 21 },
    },
    economics: { grossMargin: 0.5, purchasesPerYear: 4, lifespanYears: 2 },
  };
}

/** A text of exactly `length` CJK characters (three bytes each in UTF-8), told apart by `n`. */
function cjk(length: number, n: number): string {
  const tag = [...String(n)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
  return `${tag}营销计划渠道任务负责人预算活动内容`
    .repeat(Math.ceil(length / 10) + 2)
    .slice(0, length);
}

/** Amounts near the most digits a plan's numbers may have. */
const amount = (i: number) => 987654321012 + i / 1024;

/**
 * The largest plan the limits admit, every text at its longest in the widest script (Chinese:
 * three bytes a character): 2,000 tasks in linked chains, 50 channels, 100 objectives, 400
 * named days off, a result for every channel, month and metric, 156 weeks by day.
 */
export function worstPlanInput(frameworkId = 'aisas'): PlanInput {
  const stages = framework(frameworkId).stages.map((s) => s.id);
  const start = '2027-01-04';
  const channels = Array.from({ length: MAX_CHANNELS }, (_, i) => cjk(TEXT_MAX.channel, i));
  const months = Array.from({ length: 36 }, (_, m) => {
    const d = new Date(Date.UTC(2027, m, 1));
    return d.toISOString().slice(0, 7);
  });
  const ids = Array.from({ length: MAX_TASKS }, (_, i) => cjk(TEXT_MAX.taskId, i));
  return {
    framework: frameworkId,
    language: 'zh',
    business: { name: cjk(TEXT_MAX.business, 0), currency: 'CNY' },
    period: { start, weeks: MAX_WEEKS },
    timeline: 'day',
    reportDate: '2028-06-30',
    channels: channels.map((name, i) => ({ name, budget: amount(i) })),
    objectives: Array.from({ length: MAX_OBJECTIVES }, (_, i) => ({
      category: (['sell', 'serve', 'speak', 'save', 'sizzle'] as const)[i % 5],
      kpi: KPI_CATALOGUE[i % KPI_CATALOGUE.length].id,
      baseline: amount(i),
      target: amount(i + 1),
      owner: cjk(TEXT_MAX.owner, i),
    })),
    tasks: ids.map((id, i) => ({
      id,
      name: cjk(TEXT_MAX.taskName, i),
      stage: stages[i % stages.length],
      channel: channels[i % channels.length],
      owner: cjk(TEXT_MAX.owner, i),
      ...(i % 10 === 0 ? { start } : { dependsOn: `${ids[i - 1]}FS` }),
      days: 1 + (i % 4),
      budget: amount(i),
      progress: (i % 5) / 4,
    })),
    holidays: Array.from({ length: MAX_HOLIDAYS }, (_, i) => ({
      date: new Date(Date.UTC(2027, 0, 9 + 7 * i)).toISOString().slice(0, 10),
      name: cjk(TEXT_MAX.taskName, i),
    })),
    channelResults: months.flatMap((month, m) =>
      channels.map((channel, c) => ({
        month,
        channel,
        ...Object.fromEntries(RAW_METRICS.map((metric, k) => [metric, amount(m + c + k)])),
      })),
    ),
  };
}
