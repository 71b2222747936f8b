/**
 * What a plan read back from its workbook carries into a changed one (`planbook update`, and
 * any "update plan" a host offers): the plan, less what the change leaves no place for.
 *
 * A typed cell (`cells`) is kept by its sheet and address, so it is carried only where the
 * change leaves its sheet's layout as it was: a new framework lays every sheet out anew; a new
 * start or length moves the sheets laid out by month (Budget, Targets, Reviews, Data, Totals);
 * a new timeline moves the Gantt's grid. What cannot be carried is listed, cell by cell, and a
 * task whose stage the new framework lacks is filed under the nearest one (STAGE_IN) and listed.
 */
import { findFramework } from '../frameworks';
import type { Translate } from '../i18n';
import type { PlanInput, TypedCell } from '../plan/types';
import { GANTT } from '../sheets/layouts/schedule';
import { parseRange } from '../workbook/a1';

/** The changes asked for: the plan fields the flags set. */
export interface PlanChanges {
  framework?: string;
  start?: string;
  weeks?: number;
  timeline?: string;
}

/**
 * Where a task of one framework's stage goes in another's: SOSTAC's planning stages into the
 * others' Plan, tactics into reaching and interesting, action into converting, control into
 * engaging and sharing; and back.
 */
// prettier-ignore
const STAGE_ROWS: [stage: string, sostac: string, race: string, aisas: string][] = [
  ['situation',  '',         'plan',    'plan'],
  ['objectives', '',         'plan',    'plan'],
  ['strategy',   '',         'plan',    'plan'],
  ['tactics',    '',         'reach',   'interest'],
  ['action',     '',         'convert', ''],
  ['control',    '',         'engage',  'share'],
  ['plan',       'strategy', '',        ''],
  ['reach',      'tactics',  '',        'attention'],
  ['act',        'tactics',  '',        'interest'],
  ['convert',    'action',   '',        'action'],
  ['engage',     'control',  '',        'share'],
  ['attention',  'tactics',  'reach',   ''],
  ['interest',   'tactics',  'act',     ''],
  ['search',     'tactics',  'act',     ''],
  ['share',      'control',  'engage',  ''],
];
const STAGE_IN: Record<string, Record<string, string>> = Object.fromEntries(
  STAGE_ROWS.map(([stage, sostac, race, aisas]) => [stage, { sostac, race, aisas }]),
);

/** The sheets laid out by the plan's months. */
const BY_MONTH = ['budget', 'targets', 'reviews', 'data', 'totals'];

/** The plan to generate, and what of the workbook has no place in it (one line each). */
export function carryOver(
  plan: PlanInput,
  flags: PlanChanges,
  t: Translate,
): { plan: PlanInput; dropped: string[] } {
  const dropped: string[] = [];
  const changes = {
    framework: flags.framework !== undefined && flags.framework !== plan.framework,
    months:
      (flags.start !== undefined && flags.start !== plan.period?.start) ||
      (flags.weeks !== undefined && flags.weeks !== plan.period?.weeks),
    timeline: flags.timeline !== undefined && flags.timeline !== plan.timeline,
  };
  const moved = (c: TypedCell) =>
    changes.framework ||
    (changes.months && BY_MONTH.includes(c.sheet)) ||
    (changes.timeline && c.sheet === 'schedule' && parseRange(c.cell).col1 >= GANTT.timelineCol);
  const cells = (plan.cells ?? []).filter((c) => {
    if (!moved(c)) return true;
    dropped.push(
      t('cli.update.cellDropped', { sheet: c.sheet, cell: c.cell, value: String(c.value) }),
    );
    return false;
  });
  let tasks = plan.tasks;
  const target = changes.framework ? findFramework(flags.framework ?? '') : undefined;
  if (target) {
    const stages = new Set(target.stages.map((s) => s.id));
    const fallback = target.scheduleStage ?? target.stages[0].id;
    tasks = plan.tasks?.map((task) => {
      if (stages.has(task.stage)) return task;
      const to = STAGE_IN[task.stage]?.[target.id] || fallback;
      dropped.push(t('cli.update.stageMoved', { id: task.id, stage: task.stage, to }));
      return { ...task, stage: to };
    });
  }
  const carried: PlanInput = { ...plan, tasks };
  if (cells.length > 0) carried.cells = cells;
  else delete carried.cells;
  return { plan: carried, dropped };
}
