import { channelAllocation, monthlyAllocation } from '../../../core/sheets/budget/sheet';
import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { RAW_METRICS } from '../../../core/kpi/catalogue';
import { evaluateSpec } from '../../engines/hyperformula';
import { planOf, serial, specOf } from '../../helpers';
import { cellAt, columnCells, nameRange, sheetOf } from './spec-reader';

describe('the Data sheet', () => {
  const spec = specOf(SAMPLE_PLAN);
  const months = [
    '2027-01-01',
    '2027-02-01',
    '2027-03-01',
    '2027-04-01',
    '2027-05-01',
    '2027-06-01',
    '2027-07-01',
  ].map(serial);
  const channels = ['SEO', 'PPC', 'Social', 'Email', 'Content', '(no channel)'];

  it('has a row per calendar month and channel, and one per month for no channel', () => {
    expect(columnCells(spec, 'Data_Month').map((c) => c?.value)).toEqual(
      months.flatMap((m) => channels.map(() => m)),
    );
    expect(columnCells(spec, 'Data_Channel').map((c) => c?.value)).toEqual(
      months.flatMap(() => channels),
    );
  });

  it('holds every raw metric, pre-filled from the channel results and the actuals', () => {
    const metrics = spec.names
      .filter((n) => /^Data_[a-z]/.test(n.name))
      .map((n) => n.name.slice('Data_'.length));
    expect(metrics).toEqual([...RAW_METRICS]);
    const value = (metric: string, month: number, channel: number) =>
      columnCells(spec, `Data_${metric}`)[month * channels.length + channel]?.value;
    expect(value('sessions', 0, 1)).toBe(3000);
    expect(value('media_spend', 1, 2)).toBe(700);
    expect(value('orders', 1, 5)).toBe(290);
    expect(value('orders', 1, 1)).toBeNull();
    expect(value('sessions', 2, 0)).toBeNull();
    expect(columnCells(spec, 'Data_media_spend')[0]?.style).toBe('input.currency');
    expect(columnCells(spec, 'Data_Entered')[0]?.formula).toMatch(/^COUNTIFS\(D5:\w+5,"<>"\)$/);
  });

  it('gives each channel row its kind in the plan’s words, and none to the row of no channel', () => {
    const kinds = columnCells(spec, 'Data_Kind').map((c) => c?.value ?? null);
    expect(kinds.slice(0, channels.length)).toEqual([
      'Earned media',
      'Paid media',
      'Paid media',
      'Owned media',
      'Owned media',
      null,
    ]);
  });

  it('adds up: each month’s channels and no channel make the month’s total on Totals', () => {
    const hf = evaluateSpec(spec);
    const running = hf.named('Totals_Running');
    const metrics = hf.named('Totals_Metrics')[0];
    const at = (metric: string, month: number) => running[month][metrics.indexOf(metric)];
    expect([at('sessions', 0), at('sessions', 1)]).toEqual([12000, 25500]);
    expect([at('orders', 1), at('media_spend', 1), at('other_cost', 1)]).toEqual([520, 6400, 1800]);
    expect(at('marketing_cost', 6)).toBe(8200);
    expect(at('gross_profit', 1)).toBeCloseTo(46800 * 0.62, 6);
    const latest = hf.named('Totals_Latest');
    expect(latest.map((m) => m[metrics.indexOf('revenue')])).toEqual([1, 2, 2, 2, 2, 2, 2]);
    expect(latest[6][metrics.indexOf('shares')]).toBe(0);
  });
});

describe('the Budget sheet', () => {
  it('spreads each channel budget over the months, to the cent', () => {
    const plan = planOf(SAMPLE_PLAN);
    for (const budget of [0, 1, 99.99, 1234.56, 6000, 10000000]) {
      const shares = monthlyAllocation(plan, budget);
      expect(shares).toHaveLength(7);
      expect(Math.round(shares.reduce((a, b) => a + b, 0) * 100) / 100).toBe(budget);
    }
    // January has 28 of the plan's 182 days.
    expect(monthlyAllocation(plan, 18200)[0]).toBe(2800);
  });

  it('never allocates a negative month, however many months share a small budget', () => {
    for (const weeks of [52, 156]) {
      const plan = planOf({ framework: 'sostac', period: { start: '2027-01-04', weeks } });
      for (const budget of [1, 7, 100, 130, 999]) {
        const shares = monthlyAllocation(plan, budget);
        expect(Math.min(...shares)).toBeGreaterThanOrEqual(0);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(budget);
      }
    }
  });

  it("totals planned spend, the tasks' budget by channel and by stage, and spend by month", () => {
    const spec = specOf(SAMPLE_PLAN);
    const total = nameRange(spec, 'Budget_Total');
    const sheet = sheetOf(spec, 'budget');
    expect(cellAt(sheet, total.row1, total.col1)?.formula).toBe(`SUM(I6:I11)`);
    // 10% of it held back for contingency, the share editable beside the label.
    expect(cellAt(sheet, 13, 2)).toEqual({ value: 0.1, style: 'input.percent' });
    expect(cellAt(sheet, 13, 9)?.formula).toBe('I12*B13');
    const evaluated = evaluateSpec(spec);
    expect(evaluated.value('budget', 13, 9)).toBeCloseTo(
      (evaluated.value('budget', 12, 9) as number) * 0.1,
      6,
    );
    // Then what is available after it (31,000 − 3,100) and what the tasks leave of that.
    expect(cellAt(sheet, 14, 9)?.formula).toBe('I12-I13');
    expect(evaluated.value('budget', 14, 9)).toBe(27900);
    expect(cellAt(sheet, 15, 9)?.formula).toBe('I14-SUM(Tasks_Budget)');
    expect(evaluated.value('budget', 15, 9)).toBe(27900 - 8200);
    expect(nameRange(spec, 'Budget_Available')).toMatchObject({ row1: 14, col1: 9 });
    // Stages from row 18 (after the tasks without a channel, the totals and the contingency).
    expect(cellAt(sheet, 18, 1)?.value).toBe('Situation');
    expect(cellAt(sheet, 18, 2)?.formula).toBe('SUMIFS(Tasks_Budget,Tasks_Stage,A18)');
    expect(cellAt(sheet, 11, 10)?.formula).toBe('SUM(Tasks_Budget)-SUM(J6:J10)');
    // Months from row 28: planned from the channel totals, actual from the Data sheet's
    // marketing cost (media spend and other cost).
    expect(cellAt(sheet, 28, 2)?.formula).toBe('B12');
    expect(cellAt(sheet, 28, 3)?.formula).toBe(
      'IF(COUNTIFS(Data_media_spend,"<>",Data_Month,A28)+COUNTIFS(Data_other_cost,"<>",Data_Month,A28)=0,"",' +
        '(SUMIFS(Data_media_spend,Data_Month,A28)+SUMIFS(Data_other_cost,Data_Month,A28)))',
    );
    expect(evaluated.value('budget', 28, 3)).toBe(3900);
    expect(cellAt(sheet, 28, 4)?.formula).toBe('IF(C28="","",C28-B28)');
    expect(nameRange(spec, 'Budget_Variance')).toMatchObject({
      sheetId: 'budget',
      row1: 35,
      col1: 4,
    });
  });

  it('compares spend to date like with like, the variance adding up', () => {
    // Tasks without budgets: each channel's budget is spread by days, easy to work by hand.
    const spec = specOf({
      ...SAMPLE_PLAN,
      tasks: (SAMPLE_PLAN.tasks ?? []).map((t) => ({ ...t, budget: 0 })),
    });
    const ev = evaluateSpec(spec);
    const toDate = (c: number) => ev.value('budget', 35, c);
    // Report date 1 March, March not entered yet: results run through 28 February, so the
    // planned side is January and February (4,770 each: 28 of the plan's 182 days, per channel
    // to the unit) and the actual side their recorded cost (3,900 + 4,300).
    expect(toDate(6)).toBe(serial('2027-02-28'));
    expect(toDate(2)).toBe(9540);
    expect(toDate(3)).toBe(8200);
    expect(toDate(4)).toBe(8200 - 9540);
    expect(toDate(4)).toBe((toDate(3) as number) - (toDate(2) as number));
    expect(toDate(5)).toBeCloseTo(-1340 / 9540, 9);
    expect(String(toDate(7))).toMatch(/^Variance = actual − planned to date/);
    // March entered: the report month counts, its planned spend pro rata to 1 March.
    const data = nameRange(spec, 'Data_other_cost');
    const months = ev.named('Data_Month').map((r) => r[0]);
    const march = months.indexOf(serial('2027-03-01'));
    ev.hf.setCellContents(
      { sheet: ev.sheetIndex('data'), row: data.row1 - 1 + march, col: data.col1 - 1 },
      100,
    );
    expect(toDate(6)).toBe(serial('2027-03-01'));
    expect(toDate(3)).toBe(8300);
    expect(toDate(2)).toBeCloseTo(9540 + 5280 / 31, 6);
  });
});

describe('the Budget sheet’s planned spend', () => {
  it('follows the tasks: a task’s budget in the months of its working days, the rest by days', () => {
    const plan = planOf({
      framework: 'sostac',
      period: { start: '2027-01-04', weeks: 26 },
      channels: [{ name: 'Radio', budget: 1500 }],
      tasks: [
        // 29 March (Monday) to 2 April (Friday): 3 working days in March, 2 in April.
        {
          id: 'T1',
          name: 'Radio',
          stage: 'tactics',
          channel: 'radio',
          start: '2027-03-29',
          days: 5,
          budget: 1000,
        },
      ],
    });
    const months = channelAllocation(plan, plan.channels[0]);
    const rest = monthlyAllocation(plan, 500);
    expect(months[2]).toBe(600 + rest[2]);
    expect(months[3]).toBe(400 + rest[3]);
    expect(months.reduce((a, b) => a + b, 0)).toBe(1500);
    // No task budget: the budget by days, as before.
    const none = planOf({ ...SAMPLE_PLAN, tasks: [] });
    expect(channelAllocation(none, none.channels[1])).toEqual(monthlyAllocation(none, 16000));
  });
});
