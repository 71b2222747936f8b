/**
 * A task's links read back from its predecessor slots on the Schedule sheet (an id, a link type
 * and a lag each). What the plan could not take is left out and named by its cell: an id no
 * task has, a task following itself or the same task twice, a type that is not FS, SS, FF or
 * SF, and a link that closes a cycle (named with the ids along it). A link to a task below its
 * follower is kept: the plan puts each predecessor first when it writes the sheet again.
 */
import { LINK_TYPES, type Link, type LinkType } from '../plan/links';
import { orderTasks } from '../plan/schedule';
import { cellRef } from '../workbook/a1';
import { LINK_SLOTS } from '../sheets/layouts/schedule';
import type { Reader } from './cells';

/** A task row's id, and where its sheet and row are. */
export interface TaskRow {
  id: string;
  sheet: string;
  row: number;
}

/** Each task's links by its id (every task row has an entry, perhaps empty). */
export function readLinks(r: Reader, rows: readonly TaskRow[]): Map<string, Link[]> {
  const ids = new Set(rows.map((x) => x.id));
  const links = new Map<string, Link[]>();
  /** Where each link was read, to name it if it closes a cycle. */
  const cellOf = new Map<string, string>();
  for (const { id, sheet, row } of rows) {
    const own: Link[] = [];
    for (const slot of LINK_SLOTS) {
      const pred = r.text(r.value(sheet, row, slot.after));
      if (pred === '') continue;
      const where = `${sheet}!${cellRef(row, slot.after)}`;
      const problem = (why: string) => r.problems.push(`${where}: ${why}; the link is left out`);
      const typed = r.text(r.value(sheet, row, slot.type)).toUpperCase();
      const type = (typed || 'FS') as LinkType;
      const lagValue = r.value(sheet, row, slot.lag);
      const lag = r.num(lagValue) ?? 0;
      if (!ids.has(pred)) problem(`no task has the id “${pred}”`);
      else if (pred === id) problem(`task ${id} cannot follow itself`);
      else if (own.some((l) => l.id === pred)) problem(`task ${id} already follows ${pred}`);
      else if (!(LINK_TYPES as readonly string[]).includes(type)) {
        problem(`“${typed}” is not a link type (FS, SS, FF or SF)`);
      } else if (!Number.isInteger(lag) || (lagValue !== null && r.num(lagValue) === undefined)) {
        problem(`the lag “${r.text(lagValue)}” is not a whole number of working days`);
      } else {
        own.push({ id: pred, type, lag });
        cellOf.set(`${id}→${pred}`, where);
      }
    }
    links.set(id, own);
  }
  breakCycles(r, links, cellOf);
  return links;
}

/** Leaves out the link that closes each cycle, naming the ids along it, until none is left. */
function breakCycles(r: Reader, links: Map<string, Link[]>, cellOf: Map<string, string>): void {
  for (;;) {
    const tasks = [...links].map(([id, own]) => ({ id, notBefore: null, days: 0, links: own }));
    const ordered = orderTasks(tasks);
    if (!('cycle' in ordered)) return;
    // The cycle as found: [a, b, …, a], each following the next's predecessor walk.
    const cycle = ordered.cycle;
    const [follower, pred] = [cycle[cycle.length - 2], cycle[cycle.length - 1]];
    const path = [...cycle].reverse().join(' → ');
    r.problems.push(
      `${cellOf.get(`${follower}→${pred}`)}: the links ${path} form a cycle; this one is left out`,
    );
    const own = links.get(follower) as Link[];
    links.set(
      follower,
      own.filter((l) => l.id !== pred),
    );
  }
}
