/**
 * The benchmark's and the engine tests' plans: N tasks over W weeks on a scale, in chains of
 * ten whose links are of every type (with lags and leads), some tasks following two.
 */
import { framework } from '../core/frameworks';
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
