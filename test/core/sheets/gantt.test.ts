import { GANTT } from '../../../core/sheets/gantt-layout';
import { TIMELINES } from '../../../core/plan/types';
import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { serial, specOf } from '../../helpers';
import { cellAt, columnCells, nameRange, sheetOf } from './spec-reader';

describe('the Actions (Gantt) sheet', () => {
  const spec = specOf(SAMPLE_PLAN);
  const sheet = sheetOf(spec, 'actions');

  it('has one row per task with its id, name and stage label', () => {
    expect(columnCells(spec, 'Tasks_ID').map((c) => c?.value)).toEqual(
      SAMPLE_PLAN.tasks!.map((t) => t.id),
    );
    expect(cellAt(sheet, GANTT.firstRow, GANTT.col.stage)?.value).toBe('Situation');
    expect(cellAt(sheet, GANTT.firstRow, GANTT.col.name)?.style).toBe('input.text');
  });

  it('types the start of an independent task and computes a follower from its predecessor', () => {
    const starts = columnCells(spec, 'Tasks_Start');
    expect(starts[0]).toEqual({ value: serial('2027-01-04'), style: 'input.date' });
    // T3 follows T1 (row 6): WORKDAY(end of T1, 1 + lag).
    expect(starts[2]?.formula).toBe('IF(J6="","",WORKDAY(J6,1+G8))');
    expect(cellAt(sheet, 8, GANTT.col.dependsOn)?.formula).toBe('A6');
    expect(columnCells(spec, 'Tasks_End')[0]?.formula).toBe(
      'IF(H6="","",IF(I6=0,H6,WORKDAY(H6,I6-1)))',
    );
  });

  it('keeps its own copy of the report date for the conditional formats', () => {
    expect(cellAt(sheet, GANTT.reportDateRow, GANTT.reportDateCol)?.formula).toBe('ReportDate');
    for (const rule of sheet.conditionalRules)
      expect(rule.formula).not.toMatch(/!|ReportDate|PlanStart/);
  });

  it.each(TIMELINES.map((t) => [t]))('covers the period with %s columns', (timeline) => {
    const s = specOf({ ...SAMPLE_PLAN, timeline });
    const columns = nameRange(s, 'Timeline_Start');
    const expected = { day: 26 * 7, week: 26, month: 7 }[timeline];
    expect(columns.col2 - columns.col1 + 1).toBe(expected);
    const grid = nameRange(s, 'Timeline_Grid');
    expect([grid.row1, grid.row2, grid.col1, grid.col2]).toEqual([
      6,
      17,
      columns.col1,
      columns.col2,
    ]);
    const header = sheetOf(s, 'actions');
    const first = cellAt(header, GANTT.headerRow, columns.col1)?.formula;
    expect(first).toBe(timeline === 'month' ? 'EOMONTH(PlanStart,-1)+1' : 'PlanStart');
    const second = cellAt(header, GANTT.headerRow, columns.col1 + 1)?.formula;
    expect(second).toBe({ day: 'Q5+1', week: 'Q5+7', month: 'EOMONTH(Q5,0)+1' }[timeline]);
  });

  it('shades weekends only on the day scale', () => {
    const ids = (timeline: 'day' | 'week') =>
      sheetOf(specOf({ ...SAMPLE_PLAN, timeline }), 'actions').conditionalRules.map((r) => r.id);
    expect(ids('day')).toContain('gantt.weekend');
    expect(ids('week')).not.toContain('gantt.weekend');
    expect(ids('week')).toEqual(
      expect.arrayContaining([
        'gantt.task',
        'gantt.done',
        'gantt.buffer',
        'gantt.milestone',
        'gantt.today',
      ]),
    );
  });

  it('keeps one empty row when the plan has no tasks, so every name has a range', () => {
    const s = specOf({ framework: 'sostac', tasks: [] });
    const ids = nameRange(s, 'Tasks_ID');
    expect(ids.row2 - ids.row1).toBe(0);
    expect(columnCells(s, 'Tasks_ID')[0]?.value).toBeNull();
  });
});
