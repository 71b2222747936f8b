/**
 * Defaults seeded from the framework when the input leaves channels, objectives or tasks out.
 * Seeded objectives carry no baseline or target: those are the marketer's to set, and the
 * Control sheet shows blank results until they are filled.
 */
import { defaultTactics, type FrameworkDefinition } from '../frameworks';
import type { Translate } from '../i18n';
import type { WorkCalendar } from './calendar';
import { DEFAULT_INTERNAL_LEAD } from './limits';
import { schedule } from './schedule';
import type { Channel, Objective, Task } from './types';

/** The framework's channels, named in the plan's language. */
export function seedChannels(fw: FrameworkDefinition, t: Translate): Channel[] {
  return fw.defaultChannels.map((name) => ({ name: t(`channel.${name}`), budget: 0, targets: {} }));
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
  }));
}

/** The framework's default tactics as tasks T1, T2, … with their dependencies. */
export function seedTasks(
  fw: FrameworkDefinition,
  t: Translate,
  planStart: number,
  cal: WorkCalendar,
): Task[] {
  const tactics = defaultTactics(fw);
  const ids = new Map(tactics.map((d, i) => [d.key, `T${i + 1}`]));
  const first = cal.nextWorkingDay(planStart);
  const tasks = tactics.map((d) => ({
    id: ids.get(d.key) as string,
    name: t(`task.${d.key}`),
    stage: d.stage,
    channel: d.channel ? t(`channel.${d.channel}`) : '',
    owner: t(`role.${d.role}`),
    notBefore: d.after ? null : cal.workday(first, d.offset ?? 0),
    days: d.days,
    links: d.after
      ? [{ id: ids.get(d.after) as string, type: 'FS' as const, lag: d.lag ?? 0 }]
      : [],
    buffer: d.buffer ?? 0,
    internalLead: DEFAULT_INTERNAL_LEAD,
    budget: 0,
    progress: 0,
  }));
  return schedule(tasks, cal);
}
