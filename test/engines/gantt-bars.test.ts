/**
 * The Gantt bars: the conditional-format rules of the Actions sheet evaluated cell by cell (as a
 * spreadsheet applies them: relative to the grid's top-left cell, first matching bar rule wins)
 * for a fixture plan, and exactly which timeline cells are drawn.
 */
import { parseRange } from '../../core/workbook/a1';
import type { WorkbookSpec } from '../../core/workbook/spec';
import { GANTT } from '../../core/sheets/layouts/schedule';
import { serial, specOf } from '../helpers';
import { evaluateSpec } from './hyperformula';
import { IRAN_BASELINE, IRAN_DRAWN, IRAN_PLAN, LETTER } from './gantt-fixtures';
import { shiftFormula } from './shift';

const FIXTURE = {
  framework: 'sostac',
  period: { start: '2027-01-04', weeks: 2 },
  reportDate: '2027-01-07',
  tasks: [
    {
      id: 'T1',
      name: 'Audit',
      stage: 'situation',
      start: '2027-01-04',
      days: 3,
      buffer: 2,
      progress: 1 / 3,
    },
    { id: 'T2', name: 'Ads', stage: 'tactics', dependsOn: 'T1', days: 3 },
    { id: 'T3', name: 'Launch', stage: 'action', dependsOn: 'T2', days: 0 },
    {
      id: 'T4',
      name: 'Emails',
      stage: 'action',
      start: '2027-01-13',
      days: 2,
      buffer: 1,
      progress: 1,
    },
    { id: 'T5', name: 'Blog', stage: 'tactics', start: '2027-01-07', days: 4, progress: 0.25 },
  ],
};

/** Each task row as a string: one letter per timeline cell for the rule that draws it. */
function drawnGrid(spec: WorkbookSpec): { rows: string[]; today: number[]; baseline: string[] } {
  const evaluated = evaluateSpec(spec);
  const sheet = spec.sheets.find((s) => s.id === 'schedule')!;
  const gridName = spec.names.find((n) => n.name === 'Timeline_Grid')!;
  const grid = parseRange(gridName.ref);
  const sheetIndex = evaluated.sheetIndex('schedule');
  const test = (formula: string, row: number, col: number) =>
    evaluated.hf.calculateFormula(
      `=${shiftFormula(formula, row - grid.row1, col - grid.col1)}`,
      sheetIndex,
    ) === true;
  const gridRules = sheet.conditionalRules.filter(
    (r) => r.range === gridName.ref.replace(/\$/g, ''),
  );
  // Bars stop at the first true rule; the report-date border comes last so that engines that
  // apply only the first true rule still draw the bars.
  expect(gridRules.at(-1)?.id).toBe('gantt.today');
  const barRules = gridRules.filter((r) => r.id in LETTER);
  expect(barRules.every((r) => r.stopIfTrue)).toBe(true);
  const todayRule = sheet.conditionalRules.find((r) => r.id === 'gantt.today')!;
  const baselineRule = sheet.conditionalRules.find((r) => r.id === 'gantt.baseline')!;
  const baseline: string[] = [];
  for (const rule of [...barRules, todayRule])
    expect(rule.range).toBe(gridName.ref.replace(/\$/g, ''));
  const rows: string[] = [];
  const today = new Set<number>();
  for (let row = grid.row1; row <= grid.row2; row++) {
    let line = '';
    let marks = '';
    for (let col = grid.col1; col <= grid.col2; col++) {
      marks += test(baselineRule.formula, row, col) ? '|' : '.';
      const rule = barRules.find((r) => test(r.formula, row, col));
      line += rule ? LETTER[rule.id] : '.';
      if (test(todayRule.formula, row, col)) today.add(col - grid.col1 + 1);
    }
    rows.push(line);
    baseline.push(marks);
  }
  // The spare rows below the tasks draw no bar and no baseline mark: only days off are shaded.
  const tasks = rows.findIndex(
    (_, i) => evaluated.value('schedule', grid.row1 + i, GANTT.col.id) === null,
  );
  expect(tasks).toBeGreaterThan(0);
  for (const spare of rows.slice(tasks)) expect(spare).toMatch(/^[.wh]*$/);
  for (const spare of baseline.slice(tasks)) expect(spare).toMatch(/^\.*$/);
  return { rows: rows.slice(0, tasks), today: [...today], baseline: baseline.slice(0, tasks) };
}

describe('Gantt bars drawn by conditional formatting', () => {
  it('on the day scale: done part, task, buffer, milestone, weekends and the report date', () => {
    const { rows, today } = drawnGrid(specOf({ ...FIXTURE, timeline: 'day' }));
    // Columns: Mon 4 Jan … Sun 17 Jan 2027.
    expect(rows).toEqual([
      'DTTBBww.....ww', // T1: 3 days from Mon, a third done, 2 days of buffer
      '...TTwwT....ww', // T2: follows T1, 3 working days across the weekend
      '.....ww.M...ww', // T3: milestone the working day after T2
      '.....ww..DDBww', // T4: done, then 1 day of buffer
      '...DTwwTT...ww', // T5: Thu–Tue; a quarter of its 4 working days done: Thursday only
    ]);
    expect(today).toEqual([4]); // Thursday 7 January
  });

  it('on the week scale', () => {
    const { rows, today } = drawnGrid(specOf({ ...FIXTURE, timeline: 'week' }));
    expect(rows).toEqual(['D.', 'TT', '.M', '.D', 'DT']);
    expect(today).toEqual([1]);
  });

  it('on the month scale', () => {
    const { rows } = drawnGrid(specOf({ ...FIXTURE, timeline: 'month' }));
    expect(rows).toEqual(['D', 'T', 'M', 'D', 'D']);
  });

  it('moves the timeline and the followers when the marketer edits the plan start or a task', () => {
    const spec = specOf({ ...FIXTURE, timeline: 'week' });
    const evaluated = evaluateSpec(spec);
    const at = (name: string) => parseRange(spec.names.find((n) => n.name === name)!.ref);
    const planStart = at('PlanStart');
    const timeline = at('Timeline_Start');
    const starts = at('Tasks_Start');
    const settings = evaluated.sheetIndex('settings');
    const actions = evaluated.sheetIndex('schedule');
    evaluated.hf.setCellContents(
      { sheet: settings, row: planStart.row1 - 1, col: planStart.col1 - 1 },
      serial('2027-01-11'),
    );
    expect(evaluated.value('schedule', timeline.row1, timeline.col1)).toBe(serial('2027-01-11'));
    expect(evaluated.value('schedule', timeline.row1, timeline.col1 + 1)).toBe(
      serial('2027-01-18'),
    );
    // T1 now lasts 5 days: T2 (its follower) starts the next working day, Mon 11 Jan.
    evaluated.hf.setCellContents(
      { sheet: actions, row: starts.row1 - 1, col: GANTT.col.days - 1 },
      5,
    );
    expect(evaluated.value('schedule', starts.row1 + 1, starts.col1)).toBe(serial('2027-01-11'));
    // Against the baseline saved at generation, T1 and its follower now end two days late.
    const slip = (i: number) => evaluated.value('schedule', starts.row1 + i, GANTT.col.slip);
    expect([slip(0), slip(1)]).toEqual([2, 2]);
  });

  it('shades days off and the Nowruz closure, draws the critical path and baseline marks', () => {
    const iran = IRAN_PLAN;
    const day = drawnGrid(specOf({ ...iran, timeline: 'day' }));
    // Sat 13 Mar … Fri 9 Apr: Fridays off, 20 Mar a holiday, Nowruz 21 Mar – 2 Apr closed.
    expect(day.rows.map((r) => r.slice(0, 26))).toEqual(IRAN_DRAWN);
    expect(day.baseline.map((r) => r.indexOf('|'))).toEqual(IRAN_BASELINE);
    const week = drawnGrid(specOf({ ...iran, timeline: 'week' }));
    // Weeks from Sat 13, 20, 27 Mar and 3 Apr: the second and third are closed.
    expect(week.rows).toEqual(['Cww.', 'CwwC', '.wwM', '.wwC', 'Dww.']);
    // Tết (5–9 Feb 2027) leaves its week three working days: a holiday week, shaded.
    const tet = drawnGrid(
      specOf({
        framework: 'sostac',
        business: { country: 'VN' },
        period: { start: '2027-02-01', weeks: 3 },
        reportDate: '2027-02-01',
        tasks: [{ id: 'P', name: 'Posts', stage: 'action', start: '2027-02-15', days: 1 }],
        timeline: 'week',
      }),
    );
    expect(tet.rows).toEqual(['hhC']);
  });

  it('draws on empty cells only: the grid has no values for the marketer to lose', () => {
    const spec = specOf({ ...FIXTURE, timeline: 'day' });
    const sheet = spec.sheets.find((s) => s.id === 'schedule')!;
    const grid = parseRange(spec.names.find((n) => n.name === 'Timeline_Grid')!.ref);
    const inGrid = sheet.blocks.flatMap((b) =>
      b.cells.flatMap((cells, r) =>
        cells.flatMap((cell, c) => {
          const [row, col] = [b.row + r, b.col + c];
          const inside =
            row >= grid.row1 && row <= grid.row2 && col >= grid.col1 && col <= grid.col2;
          return inside && cell ? [cell] : [];
        }),
      ),
    );
    expect(inGrid).toEqual([]);
  });
});
