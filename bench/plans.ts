/** The benchmark's plans: N chained tasks over W weeks on a timeline scale. */
import type { PlanInput } from '../core/plan/types';

export function largePlanInput(
  tasks: number,
  weeks: number,
  timeline: PlanInput['timeline'],
): PlanInput {
  const stages = ['situation', 'objectives', 'strategy', 'tactics', 'action', 'control'];
  const channels = ['SEO', 'PPC', 'Social', 'Email', 'Content'];
  return {
    framework: 'sostac',
    business: { name: 'Large Co', currency: 'EUR' },
    period: { start: '2027-01-04', weeks },
    timeline,
    reportDate: '2027-06-01',
    channels: channels.map((name) => ({ name, budget: 100000 })),
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
    actuals: { sessions: { '2027-01': 1000, '2027-02': 1100 }, cost: { '2027-01': 500 } },
  };
}
