/** Shared test helpers: validated plans and their specs. */
import { generateWorkbook } from '../core/generate';
import { parseIsoDate } from '../core/plan/dates';
import { SAMPLE_PLAN } from '../core/plan/sample';
import type { Plan, PlanInput } from '../core/plan/types';
import { formatPlanError } from '../core/plan/types';
import { validatePlan } from '../core/plan/validate';
import type { WorkbookSpec } from '../core/workbook/spec';

/** A serial from "YYYY-MM-DD" (throws for a bad date, so tests fail loudly). */
export function serial(iso: string): number {
  const s = parseIsoDate(iso);
  if (s === null) throw new Error(`bad date ${iso}`);
  return s;
}

export const TODAY = serial('2027-01-01');

export function planOf(input: unknown, today = TODAY): Plan {
  const result = validatePlan(input, { today });
  if (!result.ok) throw new Error(result.errors.map(formatPlanError).join('\n'));
  return result.plan;
}

export function specOf(input: unknown, today = TODAY): WorkbookSpec {
  return generateWorkbook(planOf(input, today));
}

export function sampleSpec(): WorkbookSpec {
  return specOf(SAMPLE_PLAN);
}

/** A plan of `tasks` chained tasks over `weeks` weeks on a scale (the benchmark's shape). */
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
