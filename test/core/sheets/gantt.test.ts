import { GANTT, ganttLayout } from '../../../core/sheets/layouts/schedule';
import type { Plan } from '../../../core/plan/types';
import { TIMELINES } from '../../../core/plan/types';
import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { planOf, serial, specOf } from '../../helpers';
import { openingView, SCREEN_PIXELS } from '../../../core/sheets/schedule/timeline';
import { widthInPixels } from '../../../core/workbook/host';
import { cellAt, columnCells, nameRange, sheetOf } from './spec-reader';
import { columnLetter } from '../../../core/workbook/a1';

/** The working-day index's terms (core/sheets/working-days), to read the formulas below. */
const count = (date: string) => `INDEX(WorkDays_Count,${date}-WorkDays_Start+1)`;
const open = (date: string) => `INDEX(WorkDays_Open,${date}-WorkDays_Start+1)`;
const numbered = (k: string) => `WorkDays_Start-1+MATCH(${k},WorkDays_Count,0)`;
/** n working days from a working day; the first working day on or after a date. */
const w = (from: string, n: string) => numbered(`${count(from)}${n}`);
const first = (date: string) => numbered(`${count(date)}-${open(date)}+1`);

/** A column's letter by its key (layouts/schedule.ts), to read the formulas below. */
const L = (key: keyof typeof GANTT.col) => columnLetter(GANTT.col[key]);

describe('the Schedule (Gantt) sheet', () => {
  const spec = specOf(SAMPLE_PLAN);
  const sheet = sheetOf(spec, 'schedule');
  const tasks = SAMPLE_PLAN.tasks!.length;

  it('has one row per task with its id, name and stage label, then spare rows', () => {
    const ids = columnCells(spec, 'Tasks_ID').map((c) => c?.value);
    // As many spare rows as tasks, and at least 20: the plan can double in the sheet.
    expect(ids).toEqual([...SAMPLE_PLAN.tasks!.map((t) => t.id), ...Array(20).fill(null)]);
    expect(cellAt(sheet, GANTT.firstRow, GANTT.col.stage)?.value).toBe('Situation');
    expect(cellAt(sheet, GANTT.firstRow, GANTT.col.name)?.style).toBe('input.text');
    // A spare row: blank inputs, every formula.
    const spare = GANTT.firstRow + tasks;
    expect(cellAt(sheet, spare, GANTT.col.name)).toEqual({ value: null, style: 'input.text' });
    expect(cellAt(sheet, spare, GANTT.col.after1)).toEqual({ value: null, style: 'input.text' });
    expect(cellAt(sheet, spare, GANTT.col.start)?.formula).toMatch(/^IF\(MIN\(/);
    expect(cellAt(sheet, spare, GANTT.col.lateFinish)?.formula).toContain('MATCH(');
  });

  it('computes every start: from the date typed as "not before", and from each link', () => {
    expect(cellAt(sheet, 6, GANTT.col.notBefore)).toEqual({
      value: serial('2027-01-04'),
      style: 'input.date',
    });
    const starts = `${L('linkStart1')}6:${L('linkStart4')}6`;
    const [S, T, U, V] = [L('notBefore'), L('start'), L('days'), L('end')];
    expect(cellAt(sheet, 6, GANTT.col.start)?.formula).toBe(
      `IF(MIN(${starts})<0,"",IF(AND(MAX(${starts})=0,${S}6=""),"",${first(`MAX(${S}6,${starts})`)}))`,
    );
    // T3 (row 8) follows T1: typed in its first slot, found among the rows above it.
    expect(cellAt(sheet, 8, GANTT.col.after1)).toEqual({ value: 'T1', style: 'input.text' });
    expect(cellAt(sheet, 8, GANTT.col.type1)).toEqual({ value: 'FS', style: 'input.text' });
    const [F, R] = [L('after1'), L('linkRow1')];
    expect(cellAt(sheet, 8, GANTT.col.linkRow1)?.formula).toBe(
      `IF(${F}8="","",IFERROR(MATCH(${F}8,$A$5:$A7,0),""))`,
    );
    // Finish-to-start: the working day after the predecessor's end, plus the lag.
    const link = cellAt(sheet, 8, GANTT.col.linkStart1)?.formula;
    expect(link).toMatch(new RegExp(`^IF\\(OR\\(${F}8="",${R}8="",${R}8=1\\),"",`));
    expect(link).toContain(`IF(INDEX($${T}$5:$${T}7,${R}8)="",-1,`);
    expect(link).toContain(w(`INDEX($${V}$5:$${V}7,${R}8)`, `+(1+${L('lag1')}8)`));
    // T8 follows T7 ten working days late: its lag cell says so.
    expect(cellAt(sheet, 13, GANTT.col.lag1)).toEqual({ value: 10, style: 'input.integer' });
    expect(columnCells(spec, 'Tasks_End')[0]?.formula).toBe(
      `IF(${T}6="","",${w(`${T}6`, `+(MAX(${U}6-1,0))`)})`,
    );
  });

  it('writes links of every type as inputs, and the backward pass over the rows below', () => {
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
    // B follows C, so C is written above it (each predecessor first).
    expect(
      columnCells(s, 'Tasks_ID')
        .slice(0, 3)
        .map((c) => c?.value),
    ).toEqual(['A', 'C', 'B']);
    const slots = (row: number) =>
      [C.after1, C.type1, C.lag1, C.after2, C.type2, C.lag2].map(
        (c) => cellAt(gantt, row, c)?.value,
      );
    expect(slots(8)).toEqual(['A', 'SS', 1, 'C', 'FF', -2]);
    expect(slots(7)).toEqual(['A', 'SF', 3, null, null, null]);
    // A's late finish: the project's end, or the bound each slot keeps for the first row below
    // naming A, which chains to the next such row.
    const last = nameRange(s, 'Tasks_ID').row2;
    const lf = cellAt(gantt, 6, C.lateFinish)?.formula;
    const [A1, AV] = [L('after1'), L('linkBound1')];
    expect(lf).toContain(
      `IFERROR(INDEX(${AV}7:${AV}$${last},MATCH(A6,${A1}7:${A1}$${last},0)),2958465)`,
    );
    expect(lf).toMatch(new RegExp(`^IF\\(${L('end')}6="","",`));
    // The last row has no row below: no bound.
    expect(cellAt(gantt, last, C.linkBound1)?.formula).toContain(',MIN(IF(');
    expect(cellAt(gantt, last, C.linkBound1)?.formula).toContain(',2958465))');
    // Slack: working days from the end to the late finish, counted on the index either way.
    const [J, T] = [`${L('end')}6`, `${L('lateFinish')}6`];
    const between = `${count(T)}-${count(J)}`;
    expect(cellAt(gantt, 6, C.slack)?.formula).toBe(
      `IF(OR(${J}="",${T}=""),"",IF(${T}>=${J},${between}-1+${open(J)},${between}+1-${open(T)}))`,
    );
    // The internal deadline: two working days before the end unless the task says otherwise.
    expect(cellAt(gantt, 6, C.internalLead)).toEqual({ value: 2, style: 'input.integer' });
    expect(cellAt(gantt, 6, C.internalDeadline)?.formula).toBe(
      `IF(${J}="","",${w(J, `+(-${L('internalLead')}6)`)})`,
    );
    // The baseline is the schedule at generation, as plain dates.
    expect(cellAt(gantt, 6, C.baselineEnd)).toEqual({
      value: serial('2027-01-08'),
      style: 'input.date',
    });
  });

  it('checks each row’s links in words, in the plan’s language', () => {
    const check = cellAt(sheet, 8, GANTT.col.linkCheck)?.formula ?? '';
    const [T, F, R] = [L('start'), L('after1'), L('linkRow1')];
    expect(check).toBe(
      `IF(IFERROR(ISBLANK(INDEX(${T}7:${T}8,2)),FALSE),"a row was inserted above this one: update the plan ","")&` +
        [1, 2, 3, 4]
          .map((k) => {
            const [id, at] = [
              `${L(`after${k}` as 'after1')}8`,
              `${L(`linkRow${k}` as 'linkRow1')}8`,
            ];
            return `IF(AND(${id}<>"",OR(${at}="",${at}=1)),""&${id}&": no task above has this id ","")`;
          })
          .join('&'),
    );
    expect(check).toContain(`${F}8`);
    expect(check).toContain(`${R}8`);
    const vi = sheetOf(specOf({ ...SAMPLE_PLAN, language: 'vi' }), 'schedule');
    expect(cellAt(vi, 8, GANTT.col.linkCheck)?.formula).toContain('không có công việc nào');
  });

  it('leaves room for the plan to double, at least 20 rows, never past the task limit', () => {
    const spare = (tasks: number) => {
      const layout = ganttLayout({ tasks: Array(tasks).fill(null) } as unknown as Plan, 0);
      return layout.lastRow - layout.firstRow + 1 - tasks;
    };
    expect([0, 5, 100, 1200, 1990, 2000].map(spare)).toEqual([20, 20, 100, 800, 20, 20]);
  });

  it('prints the plan’s tasks, not its spare rows', () => {
    const last = GANTT.firstRow + tasks - 1;
    expect(sheet.print?.area).toMatch(new RegExp(`^A1:[A-Z]+${last}$`));
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
      6 + 12 + 20 - 1,
      columns.col1,
      columns.col2,
    ]);
    const header = sheetOf(s, 'schedule');
    const first = cellAt(header, GANTT.headerRow, columns.col1)?.formula;
    expect(first).toBe(timeline === 'month' ? 'EOMONTH(PlanStart,-1)+1' : 'PlanStart');
    const second = cellAt(header, GANTT.headerRow, columns.col1 + 1)?.formula;
    const c = `${columnLetter(GANTT.timelineCol)}5`;
    expect(second).toBe({ day: `${c}+1`, week: `${c}+7`, month: `EOMONTH(${c},0)+1` }[timeline]);
    // Above each column, its working days on the plan's calendar.
    const worked = cellAt(header, GANTT.workdaysRow, columns.col1)?.formula;
    const days = (last: string) => `${count(last)}-${count(c)}+${open(c)}`;
    expect(worked).toBe(
      { day: open(c), week: days(`${c}+6`), month: days(`EOMONTH(${c},0)`) }[timeline],
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

  it('keeps its spare rows when the plan has no tasks, so every name has a range', () => {
    const s = specOf({ framework: 'sostac', tasks: [] });
    const ids = nameRange(s, 'Tasks_ID');
    expect(ids.row2 - ids.row1 + 1).toBe(20);
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
    const layout = { firstRow: 6, lastRow: 6, lastTaskRow: 6, firstCol: 5, columns: 26 };
    expect(openingView(plan, layout, [7, 30, 10, 10], 2)).toBeUndefined();
    expect(openingView(plan, layout, [7, 30, 100, 100], 2)).toEqual({ col: 5, firstCol: 4 });
  });
});
