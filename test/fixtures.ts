/**
 * The plans every engine test evaluates: each framework on each timeline scale, small and large,
 * plus the sample, the defaults and an empty plan.
 */
import { FRAMEWORKS } from '../core/frameworks';
import { SAMPLE_PLAN } from '../core/plan/sample';
import { TIMELINES, type PlanInput } from '../core/plan/types';
import { largePlanInput } from './plans';

const grid: [string, PlanInput][] = FRAMEWORKS.flatMap((fw) =>
  TIMELINES.flatMap((timeline): [string, PlanInput][] => [
    [`${fw.id} small (${timeline})`, largePlanInput(10, 13, timeline, fw.id)],
    [`${fw.id} large (${timeline})`, largePlanInput(2000, 156, timeline, fw.id)],
  ]),
);

export const FIXTURES: [string, PlanInput][] = [
  ['sample', SAMPLE_PLAN],
  ...FRAMEWORKS.map((fw): [string, PlanInput] => [`${fw.id} defaults only`, { framework: fw.id }]),
  [
    'no tasks, no channels, report date before the start',
    {
      framework: 'race',
      period: { start: '2027-03-01', weeks: 4 },
      reportDate: '2027-02-01',
      tasks: [],
      channels: [],
    },
  ],
  ...grid,
];
