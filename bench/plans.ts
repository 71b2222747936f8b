/** The benchmark's and the engine tests' plans: N chained tasks over W weeks on a scale. */
import { framework } from '../core/frameworks';
import type { PlanInput } from '../core/plan/types';

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
      ...(i % 10 === 0 ? { start: '2027-01-04' } : { dependsOn: `T${i}` }),
      days: i % 10 === 5 ? 0 : 1 + (i % 4),
      buffer: i % 3,
      budget: 100,
      progress: Math.min(1, (i % 5) / 4),
    })),
    actuals: {
      sessions: { '2027-01': 1000, '2027-02': 1100 },
      conversions: { '2027-01': 20, '2027-02': 31 },
      revenue: { '2027-01': 7000, '2027-02': 8000 },
      cost: { '2027-01': 500, '2027-02': 650 },
    },
  };
}
