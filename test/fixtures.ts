/**
 * The plans every engine test evaluates: each framework on each timeline scale, the 2,000-task
 * plan on each scale, the sample, the defaults and an empty plan.
 */
import { FRAMEWORKS } from '../core/frameworks';
import { SAMPLE_PLAN } from '../core/plan/sample';
import { TIMELINES, type PlanInput } from '../core/plan/types';
import { largePlanInput } from './plans';

/**
 * Each framework small on every scale; large (2,000 tasks, 156 weeks) once per scale, each
 * scale with another framework: the Gantt's size follows the scale, not the framework.
 */
const grid: [string, PlanInput][] = [
  ...FRAMEWORKS.flatMap((fw) =>
    TIMELINES.map((timeline): [string, PlanInput] => [
      `${fw.id} small (${timeline})`,
      largePlanInput(10, 13, timeline, fw.id),
    ]),
  ),
  ...TIMELINES.map((timeline, i): [string, PlanInput] => {
    const fw = FRAMEWORKS[i % FRAMEWORKS.length].id;
    return [`${fw} large (${timeline})`, largePlanInput(2000, 156, timeline, fw)];
  }),
];

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
