/** Reads and checks the plan's tasks, then schedules them as the Actions sheet will. */
import type { FrameworkDefinition } from '../frameworks';
import { LAST_DATE, isoDate } from '../kpi/serial';
import { nextWorkingDay, workday } from './dates';
import type { FieldReader } from './fields';
import { MAX_BUFFER_DAYS, MAX_LAG_DAYS, MAX_TASKS, MAX_TASK_DAYS, TEXT_MAX } from './limits';
import { findCycle, schedule } from './schedule';
import type { Task } from './types';

const TASK_KEYS = [
  'id',
  'name',
  'stage',
  'channel',
  'owner',
  'start',
  'days',
  'dependsOn',
  'lag',
  'buffer',
  'budget',
  'progress',
];

type Unscheduled = Omit<Task, 'start' | 'end'>;

/** Returns the scheduled tasks, or undefined when the list is absent or has errors. */
export function readTasks(
  r: FieldReader,
  value: unknown,
  fw: FrameworkDefinition | undefined,
  period: { start: number; end: number },
): Task[] | undefined {
  const list = r.array('tasks', value, MAX_TASKS, 'what.tasks');
  if (!list) return undefined;
  const before = r.errors.length;
  const tasks = list.flatMap((item, i) => readTask(r, item, `tasks[${i}]`, fw, period));
  checkDependencies(r, tasks);
  if (r.errors.length > before) return undefined;
  return schedule(tasks);
}

function readTask(
  r: FieldReader,
  item: unknown,
  path: string,
  fw: FrameworkDefinition | undefined,
  period: { start: number; end: number },
): Unscheduled[] {
  const raw = r.item(path, item);
  if (!raw) return [];
  r.knownKeys(path, raw, TASK_KEYS);
  const id = r.text(`${path}.id`, raw.id, { max: TEXT_MAX.taskId, required: true });
  const name = r.text(`${path}.name`, raw.name, { max: TEXT_MAX.taskName, required: true });
  // Stages are the framework's; with an unknown framework only the rest is checked.
  const stages = fw?.stages.map((s) => s.id);
  if (raw.stage === undefined) {
    r.error(`${path}.stage`, r.t('error.requiredOneOf', { options: stages?.join(', ') ?? '' }));
  }
  const stage = stages ? r.oneOf(`${path}.stage`, raw.stage, stages) : '';
  const channel = r.channelName(`${path}.channel`, raw.channel, false) ?? '';
  const owner = r.text(`${path}.owner`, raw.owner, { max: TEXT_MAX.owner }) ?? '';
  const dependsOn = r.text(`${path}.dependsOn`, raw.dependsOn, { max: TEXT_MAX.taskId }) ?? null;
  const typedStart = r.date(`${path}.start`, raw.start);
  if (typedStart !== undefined) {
    if (dependsOn !== null) {
      r.error(`${path}.start`, r.t('error.startAndDependsOn', { task: dependsOn }));
    }
    r.workingDay(`${path}.start`, typedStart);
    if (typedStart < period.start || typedStart > period.end) {
      const span = { from: isoDate(period.start), to: isoDate(period.end) };
      r.error(`${path}.start`, r.t('error.outsidePlanPeriod', span));
    }
  }
  const whole = (max: number, what: string) => ({ min: 0, max, integer: true, what });
  const days = r.number(`${path}.days`, raw.days, whole(MAX_TASK_DAYS, 'what.days'));
  const lag = r.number(`${path}.lag`, raw.lag, whole(MAX_LAG_DAYS, 'what.lag'));
  const buffer = r.number(`${path}.buffer`, raw.buffer, whole(MAX_BUFFER_DAYS, 'what.buffer'));
  const budget = r.amount(`${path}.budget`, raw.budget, { min: 0, what: 'what.budget' });
  const progress = r.number(`${path}.progress`, raw.progress, {
    min: 0,
    max: 1,
    what: 'what.progress',
  });
  // A task with other bad fields keeps its place so that its followers are still checked.
  if (id === undefined) return [];
  return [
    {
      id,
      name: name ?? '',
      stage: stage ?? '',
      channel,
      owner,
      fixedStart: dependsOn === null ? (typedStart ?? nextWorkingDay(period.start)) : null,
      days: days ?? 1,
      dependsOn,
      lag: lag ?? 0,
      buffer: buffer ?? 0,
      budget: budget ?? 0,
      progress: progress ?? 0,
    },
  ];
}

function checkDependencies(r: FieldReader, tasks: Unscheduled[]): void {
  const index = new Map<string, number>();
  tasks.forEach((t, i) => {
    if (index.has(t.id)) r.error(`tasks[${i}].id`, r.t('error.duplicateTask', { id: t.id }));
    else index.set(t.id, i);
  });
  tasks.forEach((t, i) => {
    if (t.dependsOn === null) return;
    if (t.dependsOn === t.id) r.error(`tasks[${i}].dependsOn`, r.t('error.selfDependency'));
    else if (!index.has(t.dependsOn)) {
      r.error(`tasks[${i}].dependsOn`, r.t('error.unknownTask', { id: t.dependsOn }));
    }
  });
  // A self-dependency is reported above; unknown ids are skipped by findCycle.
  const cycle = findCycle(tasks.filter((t) => t.dependsOn !== t.id));
  if (cycle) {
    const i = index.get(cycle[0]) as number;
    r.error(`tasks[${i}].dependsOn`, r.t('error.cycle', { cycle: cycle.join(' → ') }));
  }
}

/** Tasks past the plan's end named one by one up to this many, then counted. */
const NAMED_LATE_TASKS = 10;

/**
 * Every task's end, and its buffer's, must be a date spreadsheets hold (a long chain can run
 * thousands of years); a task that ends after the plan is allowed but named in a warning, since
 * the Gantt's timeline stops at the plan's end. `listed`: the tasks came from the input (so
 * each has a path), not from the framework's defaults.
 */
export function checkTaskEnds(
  r: FieldReader,
  tasks: readonly Task[],
  planEnd: number,
  listed: boolean,
): void {
  const pathOf = (i: number) => (listed ? `tasks[${i}]` : 'tasks');
  const beyond = tasks.findIndex((t) => workday(t.end, t.buffer) > LAST_DATE);
  if (beyond >= 0) {
    const id = tasks[beyond].id;
    r.error(pathOf(beyond), r.t('error.taskTooLate', { id, last: isoDate(LAST_DATE) }));
    return;
  }
  const late = tasks.flatMap((t, i) => (t.end > planEnd ? [i] : []));
  for (const i of late.slice(0, NAMED_LATE_TASKS)) {
    const [id, end] = [tasks[i].id, isoDate(tasks[i].end)];
    r.warn(pathOf(i), r.t('warning.taskAfterPlan', { id, end, planEnd: isoDate(planEnd) }));
  }
  if (late.length > NAMED_LATE_TASKS) {
    r.warn('tasks', r.t('warning.moreTasksAfterPlan', { count: late.length - NAMED_LATE_TASKS }));
  }
}
