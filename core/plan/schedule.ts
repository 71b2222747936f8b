/**
 * The task schedule as the Schedule sheet's formulas compute it, on the plan's working calendar
 * (d = the task's working days, w(x, n) = WORKDAY.INTL(x, n, Weekend, Holidays)):
 *
 * - a task ends on w(start, max(d − 1, 0)), so a milestone (0 days) ends where it starts;
 * - it starts on the first working day on or after the latest of its "not before" date and
 *   what each link allows: FS w(pred end, 1 + lag), SS w(pred start, lag), FF w(pred end,
 *   lag − (d − 1)), SF w(pred start, lag − (d − 1));
 * - backwards, its late finish is the earliest its successors allow (the project's end when it
 *   has none), and its total slack the working days between its end and its late finish.
 */
import type { WorkCalendar } from './calendar';
import type { Link } from './links';
import type { Task } from './types';

export interface SchedulableTask {
  id: string;
  /** The earliest start: the typed start (a task without links always has one). */
  notBefore: number | null;
  days: number;
  links: readonly Link[];
}

export interface Scheduled {
  start: number;
  end: number;
  /** The latest the task may end without moving the project's end. */
  lateFinish: number;
  /** Working days the task may slip without moving the project's end; 0 on the critical path. */
  slack: number;
}

/** Working days from a task's start to its end (0 for a milestone). */
export const span = (days: number) => Math.max(days - 1, 0);

/** The end of a task that starts on `start` and lasts `days` working days. */
export function taskEnd(cal: WorkCalendar, start: number, days: number): number {
  return cal.workday(start, span(days));
}

/** The earliest start one link allows its successor (of `days` working days). */
export function linkStart(
  cal: WorkCalendar,
  link: Link,
  pred: { start: number; end: number },
  days: number,
): number {
  if (link.type === 'FS') return cal.workday(pred.end, 1 + link.lag);
  if (link.type === 'SS') return cal.workday(pred.start, link.lag);
  if (link.type === 'FF') return cal.workday(pred.end, link.lag - span(days));
  return cal.workday(pred.start, link.lag - span(days));
}

/** The latest finish one link allows its predecessor (of `days`), from its successor's. */
export function linkLateFinish(
  cal: WorkCalendar,
  link: Link,
  succ: { lateFinish: number; days: number },
  days: number,
): number {
  const lateStartOffset = -span(succ.days);
  if (link.type === 'FS') return cal.workday(succ.lateFinish, lateStartOffset - 1 - link.lag);
  if (link.type === 'SS')
    return cal.workday(succ.lateFinish, lateStartOffset + span(days) - link.lag);
  if (link.type === 'FF') return cal.workday(succ.lateFinish, -link.lag);
  return cal.workday(succ.lateFinish, span(days) - link.lag);
}

/**
 * The tasks in an order where every predecessor comes before its successors, or the ids along
 * a cycle (["T1", "T2", "T1"]). Links to unknown ids are ignored (validation reports them).
 */
export function orderTasks<T extends SchedulableTask>(
  tasks: readonly T[],
): { order: T[] } | { cycle: string[] } {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const state = new Map<string, 'open' | 'done'>();
  const order: T[] = [];
  for (const first of tasks) {
    if (state.has(first.id)) continue;
    // Iterative depth-first walk: deep chains (2,000 tasks) stay off the call stack.
    const stack: { task: T; next: number }[] = [{ task: first, next: 0 }];
    state.set(first.id, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const link = top.task.links[top.next++];
      if (link === undefined) {
        stack.pop();
        state.set(top.task.id, 'done');
        order.push(top.task);
        continue;
      }
      const pred = byId.get(link.id);
      if (!pred || state.get(pred.id) === 'done') continue;
      if (state.get(pred.id) === 'open') {
        const ids = stack.map((s) => s.task.id);
        return { cycle: [...ids.slice(ids.indexOf(pred.id)), pred.id] };
      }
      state.set(pred.id, 'open');
      stack.push({ task: pred, next: 0 });
    }
  }
  return { order };
}

/** Each task's successors by its id: the tasks that link to it, with their links. */
export function successorsOf<T extends Pick<SchedulableTask, 'links'>>(
  tasks: readonly T[],
): Map<string, { link: Link; task: T }[]> {
  const successors = new Map<string, { link: Link; task: T }[]>();
  for (const task of tasks) {
    for (const link of task.links) {
      const list = successors.get(link.id) ?? [];
      list.push({ link, task });
      successors.set(link.id, list);
    }
  }
  return successors;
}

/**
 * Computes every task's dates, late finish and slack. Requires an acyclic plan whose links
 * name known tasks and whose tasks without links have a "not before" date.
 */
export function schedule<T extends SchedulableTask>(
  tasks: readonly T[],
  cal: WorkCalendar,
): (T & Scheduled)[] {
  const ordered = orderTasks(tasks);
  if (!('order' in ordered)) throw new Error(`cyclic links: ${ordered.cycle.join(' → ')}`);
  const dates = new Map<string, { start: number; end: number }>();
  for (const t of ordered.order) {
    let earliest = t.notBefore ?? -Infinity;
    for (const link of t.links) {
      earliest = Math.max(earliest, linkStart(cal, link, dates.get(link.id)!, t.days));
    }
    const start = cal.nextWorkingDay(earliest);
    dates.set(t.id, { start, end: taskEnd(cal, start, t.days) });
  }
  let projectEnd = -Infinity;
  for (const d of dates.values()) projectEnd = Math.max(projectEnd, d.end);
  const late = new Map<string, number>();
  const successors = successorsOf(tasks);
  for (const t of [...ordered.order].reverse()) {
    let lateFinish = projectEnd;
    for (const { link, task } of successors.get(t.id) ?? []) {
      const succ = { lateFinish: late.get(task.id)!, days: task.days };
      lateFinish = Math.min(lateFinish, linkLateFinish(cal, link, succ, t.days));
    }
    late.set(t.id, lateFinish);
  }
  return tasks.map((t) => {
    const { start, end } = dates.get(t.id)!;
    const lateFinish = late.get(t.id)!;
    const slack =
      lateFinish >= end
        ? cal.networkdays(end, lateFinish) - 1
        : 1 - cal.networkdays(lateFinish, end);
    return Object.assign({}, t, { start, end, lateFinish, slack });
  });
}

/**
 * The earliest and latest dates the Schedule sheet's formulas step to for these tasks: every
 * task's dates, buffer end and internal deadline, and every term of its start and late finish
 * (a link's term may lie far from the task's own dates: a long task linked finish-to-finish
 * starts that many working days before its predecessor ends, until a later term wins).
 */
export function datesReached(
  tasks: readonly Task[],
  cal: WorkCalendar,
): { earliest: number; latest: number } {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const dates: number[] = [];
  for (const t of tasks) {
    dates.push(t.start, t.end, t.lateFinish);
    dates.push(cal.workday(t.end, t.buffer), cal.workday(t.end, -t.internalLead));
    if (t.notBefore !== null) dates.push(t.notBefore);
    for (const link of t.links) {
      const pred = byId.get(link.id);
      if (!pred) continue;
      dates.push(linkStart(cal, link, pred, t.days));
      dates.push(linkLateFinish(cal, link, t, pred.days));
    }
  }
  let [earliest, latest] = [Infinity, -Infinity];
  for (const d of dates) [earliest, latest] = [Math.min(earliest, d), Math.max(latest, d)];
  return { earliest, latest };
}
