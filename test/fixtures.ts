/**
 * The plans every engine test evaluates: each framework on each timeline scale, the 2,000-task
 * plan on each scale, the sample, the defaults and an empty plan.
 */
import { FRAMEWORKS } from '../core/frameworks';
import { SAMPLE_PLAN } from '../core/plan/sample';
import { TIMELINES, type PlanInput } from '../core/plan/types';
import { largePlanInput } from './plans';

/** The most tasks HyperFormula evaluates in reasonable time: each row's links look above it. */
export const HYPERFORMULA_TASKS = 150;

/**
 * Each framework small on every scale; large (150 tasks, 156 weeks: the widest Gantt) once
 * per scale, each scale with another framework: the Gantt's size follows the scale, not the
 * framework. The 2,000-task plans (LARGEST) are held to the plan's own schedule instead
 * (libreoffice.test.ts, gnumeric.test.ts): HyperFormula's cost grows with the square of the
 * task rows.
 */
const large = (tasks: number) =>
  TIMELINES.map((timeline, i): [string, PlanInput] => {
    const fw = FRAMEWORKS[i % FRAMEWORKS.length].id;
    return [`${fw} ${tasks} tasks (${timeline})`, largePlanInput(tasks, 156, timeline, fw)];
  });

const grid: [string, PlanInput][] = [
  ...FRAMEWORKS.flatMap((fw) =>
    TIMELINES.map((timeline): [string, PlanInput] => [
      `${fw.id} small (${timeline})`,
      largePlanInput(10, 13, timeline, fw.id),
    ]),
  ),
  ...large(HYPERFORMULA_TASKS),
];

/** The largest plans the limits admit on each scale: 2,000 tasks over 156 weeks. */
export const LARGEST: [string, PlanInput][] = large(2000);

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
