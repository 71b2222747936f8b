/** The plans every engine test evaluates: the sample, the defaults, each scale, and a large one. */
import { SAMPLE_PLAN } from '../core/plan/sample';
import type { PlanInput } from '../core/plan/types';
import { largePlanInput } from './helpers';

export const FIXTURES: [string, PlanInput][] = [
  ['sample (week)', SAMPLE_PLAN],
  ['sample (day)', { ...SAMPLE_PLAN, timeline: 'day' }],
  ['sample (month)', { ...SAMPLE_PLAN, timeline: 'month' }],
  ['defaults only', { framework: 'sostac' }],
  [
    'no tasks, no channels, report date before the start',
    {
      framework: 'sostac',
      period: { start: '2027-03-01', weeks: 4 },
      reportDate: '2027-02-01',
      tasks: [],
      channels: [],
    },
  ],
  ['large (2,000 tasks, 156 weeks, day)', largePlanInput(2000, 156, 'day')],
];
