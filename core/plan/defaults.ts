/**
 * Defaults seeded from the framework when the input leaves channels, objectives or tasks out.
 * Seeded objectives carry no baseline or target: those are the marketer's to set, and the
 * Control sheet shows blank results until they are filled.
 */
import { defaultTactics, type DefaultTask, type FrameworkDefinition } from '../frameworks';
import { CATALOGUE_KINDS } from '../frameworks/channels';
import type { Translate } from '../i18n';
import type { WorkCalendar } from './calendar';
import { DEFAULT_INTERNAL_LEAD } from './limits';
import { schedule } from './schedule';
import type { Channel, Objective, Task } from './types';

/** The framework's channels, named in the plan's language. */
export function seedChannels(fw: FrameworkDefinition, t: Translate): Channel[] {
  return fw.defaultChannels.map((name) => ({
    name: t(`channel.${name}`),
    kind: CATALOGUE_KINDS[name] ?? 'owned',
    budget: 0,
    targets: {},
  }));
}

export function seedObjectives(fw: FrameworkDefinition, end: number): Objective[] {
  return fw.defaultObjectives.map(({ category, kpi }) => ({
    category,
    kpi,
    baseline: null,
    target: null,
    deadline: end,
    owner: '',
    phasing: {},
    targetIs: 'increase',
  }));
}

/** The share of the plan's working days the set-up work (everything before the launch) may take. */
const SET_UP_SHARE = 0.35;
/** The growth checkpoints, as shares of the plan's length (the Plan sheet's timeline too). */
export const CHECKPOINTS = [0.25, 0.5, 0.75, 1];

/** The plan's week (1, 2, …) a day falls in. */
export function weekOf(start: number, day: number): number {
  return Math.floor((day - start) / 7) + 1;
}

/** The last day of the share `share` of a plan that starts on `start` and lasts `weeks`. */
export function checkpointDate(start: number, weeks: number, share: number): number {
  return start + Math.round(weeks * 7 * share) - 1;
}

/** A task before the schedule places it. */
type Draft = Omit<Task, 'start' | 'end' | 'lateFinish' | 'slack'>;

/** The plan's dates a default schedule runs through, and the objectives' deadlines. */
export interface SeedPeriod {
  start: number;
  end: number;
  weeks: number;
  deadlines: readonly number[];
}

/**
 * The framework's default schedule as tasks T1, T2, … with their dependencies: set-up work
 * first, the launch once everything it needs is ready, always-on activities from the launch to
 * the plan's last working day, and milestones at the growth checkpoints and the objectives'
 * deadlines. A plan too short for the set-up as drawn gets it compressed into its first third;
 * work that would start after a short plan's end is left out, and work that would run past it
 * is cut at its end.
 */
export function seedTasks(
  fw: FrameworkDefinition,
  t: Translate,
  period: SeedPeriod,
  cal: WorkCalendar,
): Task[] {
  let tactics = defaultTactics(fw);
  // The set-up is compressed once, as the whole schedule needs it: leaving late work out
  // below must not give what is left its full length back.
  const draft = drafts(t, period, cal, tactics);
  const setUp = compression(draft, tactics.findIndex(isLaunch), cal, period);
  // Leaving work out can shorten the set-up and move what is left: settle in a few rounds.
  for (let round = 0; ; round++) {
    const tasks = seedSchedule(fw, t, period, cal, tactics, setUp);
    const late = new Set(tactics.filter((_, i) => tasks[i].start > period.end).map((d) => d.key));
    if (late.size === 0 || round === 4) return tasks;
    tactics = tactics.filter((d) => !late.has(d.key));
  }
}

/**
 * The tactics as tasks T1, T2, … (in their order), linked finish-to-start as they say, less the
 * links another of the task's links already implies (the launch waits for the landing pages
 * through the checkout review that follows them): the same dates, and no task needs more than
 * the Schedule sheet's MAX_LINKS slots.
 */
function drafts(
  t: Translate,
  period: SeedPeriod,
  cal: WorkCalendar,
  tactics: (DefaultTask & { stage: string })[],
): Draft[] {
  return withoutImpliedLinks(linkedDrafts(t, period, cal, tactics));
}

/**
 * Drops a link to a task that another link of the same task reaches through its predecessors.
 * With every link finish-to-start and no lead, a path of links holds the follower back at least
 * as far as a direct link would, forwards and backwards.
 */
function withoutImpliedLinks(tasks: Draft[]): Draft[] {
  if (!tasks.every((task) => task.links.every((l) => l.type === 'FS' && l.lag >= 0))) return tasks;
  const index = new Map(tasks.map((task, i) => [task.id, i]));
  const reached = (id: string) => new Set(before(tasks, index.get(id) as number).map((p) => p.id));
  for (const task of tasks) {
    if (task.links.length < 2) continue;
    const through = task.links.map((l) => reached(l.id));
    task.links = task.links.filter((l) => !through.some((ids) => ids.has(l.id)));
  }
  return tasks;
}

function linkedDrafts(
  t: Translate,
  period: SeedPeriod,
  cal: WorkCalendar,
  tactics: (DefaultTask & { stage: string })[],
): Draft[] {
  const ids = new Map(tactics.map((d, i) => [d.key, `T${i + 1}`]));
  const first = cal.nextWorkingDay(period.start);
  return tactics.map((d) => {
    const links = [d.after ?? []]
      .flat()
      .filter((key) => ids.has(key))
      .map((key) => ({ id: ids.get(key) as string, type: 'FS' as const, lag: d.lag ?? 0 }));
    return {
      id: ids.get(d.key) as string,
      name: t(`task.${d.key}`),
      stage: d.stage,
      channel: d.channel ? t(`channel.${d.channel}`) : '',
      owner: t(`role.${d.role}`),
      // Work whose predecessors were all left out starts with the plan.
      notBefore: links.length > 0 ? null : cal.workday(first, d.offset ?? 0),
      days: d.days,
      links,
      buffer: d.buffer ?? 0,
      internalLead: DEFAULT_INTERNAL_LEAD,
      budget: 0,
      progress: 0,
    };
  });
}

/** The set-up work (by name) and the factor it is shortened by to fit its share of the plan. */
interface Compression {
  names: ReadonlySet<string>;
  factor: number;
}

function compression(
  tasks: Draft[],
  at: number,
  cal: WorkCalendar,
  period: SeedPeriod,
): Compression {
  const none = { names: new Set<string>(), factor: 1 };
  if (at < 0) return none;
  const first = cal.nextWorkingDay(period.start);
  const lastDay = cal.previousWorkingDay(period.end);
  const allowed = Math.max(1, Math.floor(cal.networkdays(first, lastDay) * SET_UP_SHARE));
  const needed = cal.networkdays(first, schedule(tasks, cal)[at].start) - 1;
  if (needed <= allowed) return none;
  return { names: new Set(before(tasks, at).map((task) => task.name)), factor: allowed / needed };
}

/** The launch: the milestone the set-up leads to and the always-on work follows. */
const isLaunch = (d: DefaultTask) => d.key === 'launch';

function seedSchedule(
  fw: FrameworkDefinition,
  t: Translate,
  period: SeedPeriod,
  cal: WorkCalendar,
  tactics: (DefaultTask & { stage: string })[],
  setUp: Compression,
): Task[] {
  const first = cal.nextWorkingDay(period.start);
  const lastDay = cal.previousWorkingDay(period.end);
  const tasks = drafts(t, period, cal, tactics);
  for (const task of tasks) {
    if (!setUp.names.has(task.name)) continue;
    task.days = Math.max(1, Math.floor(task.days * setUp.factor));
    task.buffer = Math.floor(task.buffer * setUp.factor);
  }
  const launch = tasks[tactics.findIndex(isLaunch)]?.id;
  const launched = schedule(tasks, cal).find((task) => task.id === launch)?.end ?? first;
  tasks.push(...milestones(fw, t, period, cal, { count: tasks.length, launch, launched }));
  // Always-on work runs from where its links put it to the plan's last working day; other work
  // the plan is too short for is cut at its end, its buffer with it.
  const placed = schedule(tasks, cal);
  tactics.forEach((d, i) => {
    const { start, end } = placed[i];
    if (d.alwaysOn || (end > lastDay && start <= lastDay && tasks[i].days > 0)) {
      tasks[i].days = Math.max(1, cal.networkdays(start, lastDay));
      if (!d.alwaysOn) tasks[i].buffer = 0;
    }
  });
  return schedule(tasks, cal);
}

/** The tasks the task at index `at` waits for, directly or through others. */
function before(tasks: Draft[], at: number): Draft[] {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const found = new Set<Draft>();
  const stack = [...tasks[at].links];
  while (stack.length > 0) {
    const task = byId.get(stack.pop()!.id);
    if (!task || found.has(task)) continue;
    found.add(task);
    stack.push(...task.links);
  }
  return [...found];
}

/**
 * Milestones: each growth checkpoint between the launch and the plan's end, and each date the
 * objectives are due (on the last working day on or before it).
 */
function milestones(
  fw: FrameworkDefinition,
  t: Translate,
  period: SeedPeriod,
  cal: WorkCalendar,
  { count, launch, launched }: { count: number; launch?: string; launched: number },
): Draft[] {
  const first = cal.nextWorkingDay(period.start);
  const deadlines = new Set(
    period.deadlines.map((d) => Math.max(cal.previousWorkingDay(d), first)),
  );
  // A checkpoint is named by the week its day falls in, once a week; one before the launch (or
  // in a plan too short to launch) has nothing to measure yet, and one on a deadline's day is
  // that deadline's milestone.
  const checkpoints = new Map<number, number>();
  for (const share of CHECKPOINTS.slice(0, -1)) {
    const day = cal.previousWorkingDay(checkpointDate(period.start, period.weeks, share));
    const week = weekOf(period.start, day);
    if (launch === undefined || day <= launched || deadlines.has(day) || checkpoints.has(week)) {
      continue;
    }
    checkpoints.set(week, day);
  }
  const marks = [
    ...[...checkpoints].map(([week, day]) => ({
      name: t('task.checkpoint', { week }),
      day,
      linked: true,
    })),
    // A deadline keeps its day, whenever the launch comes.
    ...[...deadlines]
      .sort((a, b) => a - b)
      .map((day) => ({ name: t('task.objectivesDue'), day, linked: false })),
  ];
  return marks.map(({ name, day, linked }, i) => ({
    id: `T${count + i + 1}`,
    name,
    stage: fw.controlStage,
    channel: '',
    owner: t('role.lead'),
    notBefore: day,
    days: 0,
    links: launch && linked ? [{ id: launch, type: 'FS' as const, lag: 0 }] : [],
    buffer: 0,
    internalLead: DEFAULT_INTERNAL_LEAD,
    budget: 0,
    progress: 0,
  }));
}
