/**
 * The plan's lists read back: channels (names and budgets on Budget, kinds on Data, targets in
 * their sections on Control), objectives (the SMART rows), tasks (the Gantt's rows, links from
 * their predecessor slots) and results (the Data sheet's rows).
 */
import { stageKey, type FrameworkDefinition } from '../frameworks';
import type { Translate } from '../i18n';
import { FIVE_S, KPI_CATALOGUE, RAW_METRICS } from '../kpi/catalogue';
import { monthKey } from '../dates/months';
import {
  CHANNEL_KINDS,
  CHANNEL_KPIS,
  TARGET_MEANINGS,
  type ChannelInput,
  type ChannelResultInput,
  type ObjectiveInput,
  type TaskInput,
} from '../plan/types';
import { GANTT } from '../sheets/layouts/schedule';
import { CONTROL_COLUMNS } from '../sheets/layouts/control';
import type { Reader } from './cells';
import { readLinks } from './links';

const wordsOf = (ids: readonly string[], key: (id: string) => string, t: Translate) =>
  ids.map((id): [string, string] => [id, t(key(id))]);

export function readChannels(r: Reader, t: Translate): ChannelInput[] {
  const budget = r.column('Budget_Channel');
  const months = r.at('Budget_Months');
  const kinds = wordsOf(CHANNEL_KINDS, (k) => `channelKind.${k}`, t);
  const dataChannel = r.column('Data_Channel');
  const dataKind = r.column('Data_Kind');
  const channels = budget.rows.flatMap((row): ChannelInput[] => {
    const name = r.text(budget.get(row));
    if (!name) return [];
    let total = 0;
    for (let col = months.col1; col <= months.col2; col++)
      total += r.num(budget.get(row, col)) ?? 0;
    const kindRow = dataChannel.rows.find((d) => r.text(dataChannel.get(d)) === name);
    const kind = kindRow ? r.choice(kinds, dataKind.sheet, kindRow, dataKind.col1) : undefined;
    return [{ name, budget: total, ...(kind ? { kind: kind as ChannelInput['kind'] } : {}) }];
  });
  // Targets: a measure's row by its KPI code, under its channel's title or among the untargeted
  // rows as "channel · measure".
  const control = r.column('Control_ID');
  const names = new Set(channels.map((c) => c.name));
  const targets = new Map<string, Record<string, number>>();
  let current: string | undefined;
  for (const row of control.rows) {
    const code = r.text(control.get(row));
    const name = r.text(control.get(row, CONTROL_COLUMNS.name));
    if (!code) {
      current = names.has(name) ? name : undefined;
      continue;
    }
    if (!(CHANNEL_KPIS as readonly string[]).includes(code)) continue;
    const owner = current ?? [...names].find((c) => name.startsWith(`${c} · `));
    const target = r.num(control.get(row, CONTROL_COLUMNS.target));
    if (owner !== undefined && target !== undefined) {
      targets.set(owner, { ...targets.get(owner), [code]: target });
    }
  }
  return channels.map((c) => (targets.has(c.name) ? { ...c, targets: targets.get(c.name) } : c));
}

/** The SMART rows that name a KPI. */
export function readObjectives(r: Reader, t: Translate): ObjectiveInput[] {
  const kpis = KPI_CATALOGUE.map((k): [string, string] => [k.id, t(`kpi.${k.id}`)]);
  const fiveS = wordsOf(FIVE_S, (c) => `fiveS.${c}.name`, t);
  const meanings = wordsOf(TARGET_MEANINGS, (m) => `targetIs.${m}`, t);
  const [category, kpi, counts, deadline] = [
    'Objectives_FiveS',
    'Objectives_KPI',
    'Objectives_TargetIs',
    'Objectives_Deadline',
  ].map((n) => r.column(n));
  return category.rows.flatMap((row): ObjectiveInput[] => {
    const id = r.choice(kpis, kpi.sheet, row, kpi.col1);
    if (!id) return [];
    const targetIs = r.choice(meanings, counts.sheet, row, counts.col1);
    return [
      {
        category: r.choice(fiveS, category.sheet, row, category.col1) ?? 'sell',
        kpi: id,
        baseline: r.num(r.column('Objectives_Baseline').get(row)) ?? null,
        target: r.num(r.column('Objectives_Target').get(row)) ?? null,
        ...(targetIs ? { targetIs: targetIs as ObjectiveInput['targetIs'] } : {}),
        deadline: r.day(deadline.get(row)),
        owner: r.text(deadline.get(row, deadline.col1 + 1)) || undefined,
      },
    ];
  });
}

/** The Gantt's rows with an id, their links from the predecessor slots (links.ts). */
export function readTasks(r: Reader, fw: FrameworkDefinition, t: Translate): TaskInput[] {
  const ids = r.column('Tasks_ID');
  const stages = fw.stages.map((s): [string, string] => [s.id, t(stageKey(fw.id, s.id, 'name'))]);
  const rows = ids.rows.flatMap((row) => {
    const id = r.text(ids.get(row));
    return id ? [{ id, sheet: ids.sheet, row }] : [];
  });
  const links = readLinks(r, rows);
  const C = GANTT.col;
  return rows.map(({ id, row }): TaskInput => {
    const cell = (col: number) => ids.get(row, col);
    const own = links.get(id) ?? [];
    return {
      id,
      name: r.text(cell(C.name)),
      stage: r.choice(stages, ids.sheet, row, C.stage) ?? fw.scheduleStage ?? fw.stages[0].id,
      channel: r.text(cell(C.channel)) || null,
      owner: r.text(cell(C.owner)) || undefined,
      start: r.day(cell(C.notBefore)) ?? null,
      days: r.num(cell(C.days)),
      buffer: r.num(cell(C.buffer)),
      progress: r.num(cell(C.progress)),
      budget: r.num(cell(C.budget)),
      internalLead: r.num(cell(C.internalLead)),
      ...(own.length > 0 ? { dependsOn: own } : {}),
    };
  });
}

/** The Data sheet's rows with a result: one per month and channel (null: no channel). */
export function readResults(r: Reader, t: Translate): ChannelResultInput[] {
  const month = r.column('Data_Month');
  const channel = r.column('Data_Channel');
  const metrics = RAW_METRICS.map((m) => [m, r.column(`Data_${m}`)] as const);
  const none = t('data.noChannel');
  return month.rows.flatMap((row): ChannelResultInput[] => {
    const values = Object.fromEntries(
      metrics.flatMap(([m, column]) => {
        const v = r.num(column.get(row));
        return v === undefined ? [] : [[m, v]];
      }),
    );
    const first = r.num(month.get(row));
    if (Object.keys(values).length === 0 || first === undefined) return [];
    const name = r.text(channel.get(row));
    return [{ month: monthKey(first), channel: name && name !== none ? name : null, ...values }];
  });
}
