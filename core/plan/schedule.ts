/**
 * The task schedule as the Actions sheet's formulas compute it: a task of N ≥ 1 working days
 * ends on WORKDAY(start, N − 1), a milestone (0 days) ends where it starts, and a task that
 * depends on another starts WORKDAY(end of that task, 1 + lag).
 */
import { workday } from './dates';

export interface SchedulableTask {
  id: string;
  fixedStart: number | null;
  days: number;
  dependsOn: string | null;
  lag: number;
}

/** The end of a task that starts on `start` and lasts `days` working days. */
export function taskEnd(start: number, days: number): number {
  return days === 0 ? start : workday(start, days - 1);
}

/** The start of a task that follows a predecessor ending on `predecessorEnd`. */
export function followerStart(predecessorEnd: number, lag: number): number {
  return workday(predecessorEnd, 1 + lag);
}

/**
 * Finds a dependency cycle, returned as the ids along it (["T1", "T2", "T1"]), or null.
 * Dependencies on unknown ids are ignored here (validation reports them).
 */
export function findCycle(tasks: readonly SchedulableTask[]): string[] | null {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const done = new Set<string>();
  for (const first of tasks) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: SchedulableTask | undefined = first;
    while (current && !done.has(current.id)) {
      if (onPath.has(current.id)) return [...path.slice(path.indexOf(current.id)), current.id];
      onPath.add(current.id);
      path.push(current.id);
      current = current.dependsOn ? byId.get(current.dependsOn) : undefined;
    }
    path.forEach((id) => done.add(id));
  }
  return null;
}

/**
 * Computes every task's start and end. Requires an acyclic plan whose dependencies exist and
 * whose independent tasks have a fixed start.
 */
export function schedule<T extends SchedulableTask>(
  tasks: readonly T[],
): (T & { start: number; end: number })[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const ends = new Map<string, { start: number; end: number }>();
  const resolve = (task: T): { start: number; end: number } => {
    const known = ends.get(task.id);
    if (known) return known;
    // Iterative walk up the dependency chain keeps deep chains (2,000 tasks) off the call stack.
    const chain: T[] = [task];
    let top = task;
    while (top.dependsOn && !ends.has(top.dependsOn)) {
      top = byId.get(top.dependsOn) as T;
      chain.push(top);
    }
    for (const t of chain.reverse()) {
      const start =
        t.dependsOn === null
          ? (t.fixedStart as number)
          : followerStart((ends.get(t.dependsOn) as { end: number }).end, t.lag);
      ends.set(t.id, { start, end: taskEnd(start, t.days) });
    }
    return ends.get(task.id) as { start: number; end: number };
  };
  return tasks.map((t) => Object.assign({}, t, resolve(t)));
}
