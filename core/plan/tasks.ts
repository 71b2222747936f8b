/** Reads and checks the plan's tasks and their links, then schedules them as the Schedule sheet will. */
import type { FrameworkDefinition } from '../frameworks';
import { LAST_DATE, isoDate } from '../dates/serial';
import type { WorkCalendar } from './calendar';
import type { FieldReader } from './fields';
import {
  DEFAULT_INTERNAL_LEAD,
  MAX_BUFFER_DAYS,
  MAX_LAG_DAYS,
  MAX_LINKS,
  MAX_TASKS,
  MAX_TASK_DAYS,
  MAX_YEARS_AFTER_PLAN,
  TEXT_MAX,
} from './limits';
import { LINK_TYPES, readLink, splitLinks, type Link, type LinkType } from './links';
import { orderTasks, schedule } from './schedule';
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
  'internalLead',
  'budget',
  'progress',
];

/** What the links of a task were given as, before the ids they name are known. */
type RawLink = { path: string; text: string; lag: number } | { path: string; link: Link };

type Unscheduled = Omit<Task, 'start' | 'end' | 'lateFinish' | 'slack'>;

/** A task as read, with its links as given and its place in the input (for error paths). */
interface ReadTask {
  task: Unscheduled;
  rawLinks: RawLink[];
  path: string;
}

interface Period {
  start: number;
  end: number;
  cal: WorkCalendar;
}

/** Returns the scheduled tasks, or undefined when the list is absent or has errors. */
export function readTasks(
  r: FieldReader,
  value: unknown,
  fw: FrameworkDefinition | undefined,
  period: Period,
): Task[] | undefined {
  const list = r.array('tasks', value, MAX_TASKS, 'what.tasks');
  if (!list) return undefined;
  const before = r.errors.length;
  const read = list.flatMap((item, i) => readTask(r, item, `tasks[${i}]`, fw, period));
  checkLinks(r, read);
  if (r.errors.length > before) return undefined;
  const scheduled = schedule(
    read.map((x) => x.task),
    period.cal,
  );
  scheduled.forEach((t, i) => {
    // A lead can pull a follower before the plan starts, where the Gantt cannot show it.
    if (t.links.length > 0 && t.start < period.start) {
      const when = { start: isoDate(t.start), planStart: isoDate(period.start) };
      r.error(`${read[i].path}.dependsOn`, r.t('error.beforePlanStart', when));
    }
  });
  return r.errors.length > before ? undefined : scheduled;
}

/**
 * The tasks with every predecessor above its followers, otherwise in the order given: a row of
 * the Schedule sheet finds its predecessors among the rows above it (schedule/links.ts).
 */
export function predecessorsFirst<T extends Task>(tasks: readonly T[]): T[] {
  const ordered = orderTasks(tasks);
  return 'order' in ordered ? ordered.order : [...tasks];
}

function readTask(
  r: FieldReader,
  item: unknown,
  path: string,
  fw: FrameworkDefinition | undefined,
  period: Period,
): ReadTask[] {
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
  const lags = { min: -MAX_LAG_DAYS, max: MAX_LAG_DAYS, integer: true, what: 'what.lag' };
  const lag = r.number(`${path}.lag`, raw.lag, lags) ?? 0;
  const rawLinks = readRawLinks(r, `${path}.dependsOn`, raw.dependsOn, lag);
  const typedStart = r.date(`${path}.start`, raw.start);
  if (typedStart !== undefined) {
    // With links the date is a "start no earlier than"; without, the task's own start.
    if (rawLinks.length === 0) r.workingDay(`${path}.start`, typedStart, period.cal);
    if (typedStart < period.start || typedStart > period.end) {
      const span = { from: isoDate(period.start), to: isoDate(period.end) };
      r.error(`${path}.start`, r.t('error.outsidePlanPeriod', span));
    }
  }
  const whole = (max: number, what: string) => ({ min: 0, max, integer: true, what });
  const days = r.number(`${path}.days`, raw.days, whole(MAX_TASK_DAYS, 'what.days'));
  const buffer = r.number(`${path}.buffer`, raw.buffer, whole(MAX_BUFFER_DAYS, 'what.buffer'));
  const lead = r.number(
    `${path}.internalLead`,
    raw.internalLead,
    whole(MAX_BUFFER_DAYS, 'what.internalLead'),
  );
  const budget = r.amount(`${path}.budget`, raw.budget, { min: 0, what: 'what.budget' });
  const progress = r.number(`${path}.progress`, raw.progress, {
    min: 0,
    max: 1,
    what: 'what.progress',
  });
  // A task with other bad fields keeps its place so that its followers are still checked.
  if (id === undefined) return [];
  const unlinkedStart = typedStart ?? period.cal.nextWorkingDay(period.start);
  const task: Unscheduled = {
    id,
    name: name ?? '',
    stage: stage ?? '',
    channel,
    owner,
    notBefore: rawLinks.length === 0 ? unlinkedStart : (typedStart ?? null),
    days: days ?? 1,
    links: [],
    buffer: buffer ?? 0,
    internalLead: lead ?? DEFAULT_INTERNAL_LEAD,
    budget: budget ?? 0,
    progress: progress ?? 0,
  };
  return [{ task, rawLinks, path }];
}

/** dependsOn: the short form ("T3FS+2, T5SS"), or a list of short forms and { id, type, lag }. */
function readRawLinks(r: FieldReader, path: string, value: unknown, lag: number): RawLink[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'string') {
    const text = r.text(path, value, { max: MAX_LINKS * (TEXT_MAX.taskId + 8) });
    if (text === undefined) return [];
    const parts = splitLinks(text);
    if (parts.length > MAX_LINKS) {
      r.error(path, r.t('error.tooManyLinks', { count: parts.length, max: MAX_LINKS }));
      return [];
    }
    return parts.map((part) => ({ path, text: part, lag }));
  }
  const list = r.array(path, value, MAX_LINKS, 'what.links');
  if (!list) return [];
  return list.flatMap((item, j): RawLink[] => {
    const at = `${path}[${j}]`;
    if (typeof item === 'string') {
      const text = r.text(at, item, { max: TEXT_MAX.taskId + 8, required: true });
      return text === undefined ? [] : [{ path: at, text, lag }];
    }
    const raw = r.item(at, item);
    if (!raw) return [];
    r.knownKeys(at, raw, ['id', 'type', 'lag']);
    const id = r.text(`${at}.id`, raw.id, { max: TEXT_MAX.taskId, required: true });
    const type = r.oneOf<LinkType>(`${at}.type`, raw.type, LINK_TYPES) ?? 'FS';
    const lags = { min: -MAX_LAG_DAYS, max: MAX_LAG_DAYS, integer: true, what: 'what.lag' };
    const own = r.number(`${at}.lag`, raw.lag, lags);
    return id === undefined ? [] : [{ path: at, link: { id, type, lag: own ?? lag } }];
  });
}

/** Resolves every task's links against the ids, then reports self-links, unknown ids, cycles. */
function checkLinks(r: FieldReader, read: ReadTask[]): void {
  const pathOf = new Map<string, string>();
  for (const { task, path } of read) {
    if (pathOf.has(task.id)) r.error(`${path}.id`, r.t('error.duplicateTask', { id: task.id }));
    else pathOf.set(task.id, path);
  }
  const ids = new Set(pathOf.keys());
  for (const { task: t, rawLinks } of read) {
    for (const raw of rawLinks) {
      const read =
        'link' in raw ? { ok: true as const, link: raw.link } : readLink(raw.text, ids, raw.lag);
      if (!read.ok) {
        r.error(raw.path, r.t(read.problem === 'empty' ? 'error.emptyLink' : 'error.linkForm'));
        continue;
      }
      const { link } = read;
      if (Math.abs(link.lag) > MAX_LAG_DAYS) {
        r.error(raw.path, r.t('error.lagTooLong', { lag: link.lag, max: MAX_LAG_DAYS }));
      } else if (link.id === t.id) r.error(raw.path, r.t('error.selfDependency'));
      else if (!ids.has(link.id)) r.error(raw.path, r.t('error.unknownTask', { id: link.id }));
      else if (t.links.some((l) => l.id === link.id)) {
        r.error(raw.path, r.t('error.linkedTwice', { id: link.id }));
      } else t.links.push(link);
    }
  }
  const ordered = orderTasks(read.map((x) => x.task));
  if ('cycle' in ordered) {
    const path = pathOf.get(ordered.cycle[0]) as string;
    r.error(`${path}.dependsOn`, r.t('error.cycle', { cycle: ordered.cycle.join(' → ') }));
  }
}

/** Tasks past the plan's end named one by one up to this many, then counted. */
const NAMED_LATE_TASKS = 10;

/**
 * Every task's end, and its buffer's, must be a date spreadsheets hold and at most
 * MAX_YEARS_AFTER_PLAN after the plan (a long chain can run thousands of years); a task that
 * ends after the plan is allowed but named in a warning, since the Gantt's timeline stops at
 * the plan's end. `listed`: the tasks came from the input (so each has a path), not from the
 * framework's defaults.
 */
export function checkTaskEnds(
  r: FieldReader,
  tasks: readonly Task[],
  planEnd: number,
  listed: boolean,
  cal: WorkCalendar,
): void {
  const pathOf = (i: number) => (listed ? `tasks[${i}]` : 'tasks');
  const last = Math.min(planEnd + Math.round(MAX_YEARS_AFTER_PLAN * 365.25), LAST_DATE);
  const ends = tasks.map((t) => cal.workday(t.end, t.buffer));
  const beyond = ends.findIndex((end) => end > last);
  if (beyond >= 0) {
    const [id, end] = [tasks[beyond].id, ends[beyond]];
    const message =
      end > LAST_DATE
        ? r.t('error.taskTooLate', { id, last: isoDate(LAST_DATE) })
        : r.t('error.taskFarAfterPlan', {
            id,
            end: isoDate(end),
            years: MAX_YEARS_AFTER_PLAN,
            planEnd: isoDate(planEnd),
          });
    r.error(pathOf(beyond), message);
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
