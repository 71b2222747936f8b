import { GANTT } from '../../../core/sheets/layouts/schedule';
import { TIMELINES } from '../../../core/plan/types';
import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { planOf, serial, specOf } from '../../helpers';
import { openingView, SCREEN_PIXELS } from '../../../core/sheets/schedule/timeline';
import { widthInPixels } from '../../../core/workbook/host';
import { cellAt, columnCells, nameRange, sheetOf } from './spec-reader';

/** The working-day index's terms (core/sheets/working-days), to read the formulas below. */
const count = (date: string) => `INDEX(WorkDays_Count,${date}-WorkDays_Start+1)`;
const open = (date: string) => `INDEX(WorkDays_Open,${date}-WorkDays_Start+1)`;
const numbered = (k: string) => `WorkDays_Start-1+MATCH(${k},WorkDays_Count,0)`;
/** n working days from a working day; the first working day on or after a date. */
const w = (from: string, n: string) => numbered(`${count(from)}${n}`);
const first = (date: string) => numbered(`${count(date)}-${open(date)}+1`);

describe('the Schedule (Gantt) sheet', () => {
  const spec = specOf(SAMPLE_PLAN);
  const sheet = sheetOf(spec, 'schedule');

  it('has one row per task with its id, name and stage label', () => {
    expect(columnCells(spec, 'Tasks_ID').map((c) => c?.value)).toEqual(
      SAMPLE_PLAN.tasks!.map((t) => t.id),
    );
    expect(cellAt(sheet, GANTT.firstRow, GANTT.col.stage)?.value).toBe('Situation');
    expect(cellAt(sheet, GANTT.firstRow, GANTT.col.name)?.style).toBe('input.text');
  });

  it('computes every start: from the date typed as "not before", and from predecessors', () => {
    const starts = columnCells(spec, 'Tasks_Start');
    expect(cellAt(sheet, 6, GANTT.col.notBefore)).toEqual({
      value: serial('2027-01-04'),
      style: 'input.date',
    });
    expect(starts[0]?.formula).toBe(`IF(G6="","",${first('G6')})`);
    // T3 follows T1 (row 6): the first working day on or after its "not before" date (G8)
    // and the day after T1's end, on the Holidays sheet's calendar.
    expect(starts[2]?.formula).toBe(`IF(H6="","",${first(`MAX(G8,${w('J6', '+1')})`)})`);
    expect(cellAt(sheet, 8, GANTT.col.dependsOn)?.formula).toBe('A6');
    // T8 follows T7 ten working days late: its After column says so in the short form.
    expect(cellAt(sheet, 13, GANTT.col.dependsOn)?.formula).toBe('A12&"FS+10"');
    expect(columnCells(spec, 'Tasks_End')[0]?.formula).toBe(
      `IF(H6="","",${w('H6', '+(MAX(I6-1,0))')})`,
    );
  });

  it('writes links of every type and several predecessors as formulas over their rows', () => {
    const s = specOf({
      framework: 'sostac',
      period: { start: '2027-01-04', weeks: 4 },
      tasks: [
        { id: 'A', name: 'A', stage: 'action', start: '2027-01-04', days: 5 },
        { id: 'B', name: 'B', stage: 'action', dependsOn: 'ASS+1, CFF-2', days: 3 },
        { id: 'C', name: 'C', stage: 'action', dependsOn: 'ASF+3', days: 2 },
      ],
    });
    const gantt = sheetOf(s, 'schedule');
    const C = GANTT.col;
    expect(cellAt(gantt, 7, C.dependsOn)?.formula).toBe('A6&"SS+1"&", "&A8&"FF-2"');
    expect(cellAt(gantt, 7, C.start)?.formula).toBe(
      `IF(OR(H6="",H8=""),"",${first(`MAX(G7,${w('H6', '+1')},${w('J8', '+(-2-MAX(I7-1,0))')})`)})`,
    );
    // A's late finish: the project's end, or what B (SS+1) and C (SF) allow.
    expect(cellAt(gantt, 6, C.lateFinish)?.formula).toBe(
      `IF(OR(J6="",T7="",T8=""),"",MIN($C$4,${w('T7', '+(MAX(I6-1,0)-MAX(I7-1,0)-1)')},` +
        `${w('T8', '+(MAX(I6-1,0)-3)')}))`,
    );
    // Slack: working days from the end to the late finish, counted on the index either way.
    const between = `${count('T6')}-${count('J6')}`;
    expect(cellAt(gantt, 6, C.slack)?.formula).toBe(
      `IF(OR(J6="",T6=""),"",IF(T6>=J6,${between}-1+${open('J6')},${between}+1-${open('T6')}))`,
    );
    // The internal deadline: two working days before the end unless the task says otherwise.
    expect(cellAt(gantt, 6, C.internalLead)).toEqual({ value: 2, style: 'input.integer' });
    expect(cellAt(gantt, 6, C.internalDeadline)?.formula).toBe(`IF(J6="","",${w('J6', '+(-V6)')})`);
    // The baseline is the schedule at generation, as plain dates.
    expect(cellAt(gantt, 6, C.baselineEnd)).toEqual({
      value: serial('2027-01-08'),
      style: 'input.date',
    });
  });

  it('keeps its own copy of the report date for the conditional formats', () => {
    expect(cellAt(sheet, GANTT.reportDateRow, GANTT.reportDateCol)?.formula).toBe('ReportDate');
    for (const rule of sheet.conditionalRules)
      // Sheets' conditional formats read neither other sheets nor names.
      expect(rule.formula).not.toMatch(/!|ReportDate|PlanStart|Weekend|Holidays|WorkDays/);
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
    const header = sheetOf(s, 'schedule');
    const first = cellAt(header, GANTT.headerRow, columns.col1)?.formula;
    expect(first).toBe(timeline === 'month' ? 'EOMONTH(PlanStart,-1)+1' : 'PlanStart');
    const second = cellAt(header, GANTT.headerRow, columns.col1 + 1)?.formula;
    expect(second).toBe({ day: 'AC5+1', week: 'AC5+7', month: 'EOMONTH(AC5,0)+1' }[timeline]);
    // Above each column, its working days on the plan's calendar.
    const worked = cellAt(header, GANTT.workdaysRow, columns.col1)?.formula;
    const days = (last: string) => `${count(last)}-${count('AC5')}+${open('AC5')}`;
    expect(worked).toBe(
      { day: open('AC5'), week: days('AC5+6'), month: days('EOMONTH(AC5,0)') }[timeline],
    );
  });

  it('shades days off, closed weeks and weeks with a holiday', () => {
    const ids = (timeline: 'day' | 'week' | 'month') =>
      sheetOf(specOf({ ...SAMPLE_PLAN, timeline }), 'schedule').conditionalRules.map((r) => r.id);
    expect(ids('day')).toContain('gantt.dayOff');
    expect(ids('day')).not.toContain('gantt.holiday');
    expect(ids('week')).toEqual(
      expect.arrayContaining([
        'gantt.dayOff',
        'gantt.holiday',
        'gantt.task',
        'gantt.critical',
        'gantt.done',
        'gantt.buffer',
        'gantt.milestone',
        'gantt.baseline',
        'gantt.today',
      ]),
    );
    expect(ids('month')).not.toContain('gantt.holiday');
  });

  it('keeps one empty row when the plan has no tasks, so every name has a range', () => {
    const s = specOf({ framework: 'sostac', tasks: [] });
    const ids = nameRange(s, 'Tasks_ID');
    expect(ids.row2 - ids.row1).toBe(0);
    expect(columnCells(s, 'Tasks_ID')[0]?.value).toBeNull();
  });
});

describe('the Gantt’s first screen', () => {
  /** Pixels of columns from..to as the spec sizes them (hidden group columns: none). */
  const pixelsOf = (spec: ReturnType<typeof specOf>, from: number, to: number) => {
    const sheet = sheetOf(spec, 'schedule');
    const hidden = (c: number) => (sheet.columnGroups ?? []).some((g) => c >= g.from && c <= g.to);
    let sum = 0;
    for (let c = from; c <= to; c++) {
      const width = sheet.columnWidths.find((w) => w.col === c)?.width ?? 0;
      if (!hidden(c)) sum += widthInPixels(width);
    }
    return sum;
  };

  it('opens the sample at its report week, a month ahead and as many task columns as fit', () => {
    const spec = specOf(SAMPLE_PLAN);
    const opens = sheetOf(spec, 'schedule').opensAt!;
    // The report date, 1 March 2027, falls in the plan's ninth week (from 4 January).
    expect(opens).toMatchObject({ row: GANTT.firstRow, col: GANTT.timelineCol + 8 });
    const ahead = opens.col + 4;
    const shown = pixelsOf(spec, 1, 2) + pixelsOf(spec, opens.firstCol, ahead);
    expect(shown).toBeLessThanOrEqual(SCREEN_PIXELS);
    // One column more to the left would not fit: the pane starts as far left as it can.
    expect(shown + pixelsOf(spec, opens.firstCol - 1, opens.firstCol - 1)).toBeGreaterThan(
      SCREEN_PIXELS,
    );
    expect(opens.firstCol).toBeGreaterThan(2);
  });

  it('opens a long plan late in its year at the current week, and before its start at the first', () => {
    const year = (reportDate: string, timeline = 'week') =>
      sheetOf(
        specOf({
          framework: 'race',
          timeline,
          period: { start: '2027-01-04', weeks: 52 },
          reportDate,
        }),
        'schedule',
      ).opensAt!;
    // 6 October 2027 is in week 40 (from 4 January); by day, the 276th day.
    expect(year('2027-10-06').col).toBe(GANTT.timelineCol + 39);
    expect(year('2027-10-06', 'day').col).toBe(GANTT.timelineCol + 275);
    expect(year('2027-10-06', 'month').col).toBe(GANTT.timelineCol + 9);
    expect(year('2026-12-01').col).toBe(GANTT.timelineCol);
    expect(year('2028-06-01').col).toBe(GANTT.timelineCol + 51);
  });

  it('leaves a sheet whose first screen shows the current column as it is', () => {
    const plan = planOf({ framework: 'sostac', period: { start: '2027-01-04', weeks: 26 } });
    const layout = { firstRow: 6, lastRow: 6, firstCol: 5, columns: 26 };
    expect(openingView(plan, layout, [7, 30, 10, 10], 2)).toBeUndefined();
    expect(openingView(plan, layout, [7, 30, 100, 100], 2)).toEqual({ col: 5, firstCol: 4 });
  });
});
