import { monthlyAllocation } from '../../../core/sheets/budget';
import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { planOf, serial, specOf } from '../../helpers';
import { cellAt, columnCells, nameRange, sheetOf } from './spec-reader';

describe('the Data sheet', () => {
  const spec = specOf(SAMPLE_PLAN);

  it('has a row per calendar month of the plan', () => {
    const months = columnCells(spec, 'Data_Month').map((c) => c?.value);
    expect(months).toEqual(
      [
        '2027-01-01',
        '2027-02-01',
        '2027-03-01',
        '2027-04-01',
        '2027-05-01',
        '2027-06-01',
        '2027-07-01',
      ].map(serial),
    );
  });

  it('holds exactly the raw metrics the KPIs need, pre-filled from the actuals', () => {
    const metrics = spec.names
      .filter((n) => n.name.startsWith('Data_') && n.name !== 'Data_Month')
      .map((n) => n.name);
    expect(metrics).toEqual([
      'Data_impressions',
      'Data_clicks',
      'Data_sessions',
      'Data_conversions',
      'Data_orders',
      'Data_revenue',
      'Data_cost',
      'Data_customers',
      'Data_repeat_customers',
    ]);
    expect(columnCells(spec, 'Data_sessions').map((c) => c?.value)).toEqual([
      12000,
      13500,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(columnCells(spec, 'Data_cost')[0]?.style).toBe('input.currency');
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
    // Stages from row 16 (after the tasks without a channel and the totals): Situation … Control.
    expect(cellAt(sheet, 16, 1)?.value).toBe('Situation');
    expect(cellAt(sheet, 16, 2)?.formula).toBe('SUMIFS(Tasks_Budget,Tasks_Stage,A16)');
    expect(cellAt(sheet, 11, 10)?.formula).toBe('SUM(Tasks_Budget)-SUM(J6:J10)');
    // Months from row 26: planned from the channel totals, actual from the Data sheet's cost.
    expect(cellAt(sheet, 26, 2)?.formula).toBe('B12');
    expect(cellAt(sheet, 26, 3)?.formula).toBe(
      'IF(COUNTIFS(Data_cost,"<>",Data_Month,A26)=0,"",SUMIFS(Data_cost,Data_Month,A26))',
    );
    expect(cellAt(sheet, 26, 4)?.formula).toBe('IF(C26="","",C26-B26)');
    expect(nameRange(spec, 'Budget_Variance')).toMatchObject({
      sheetId: 'budget',
      row1: 33,
      col1: 4,
    });
    expect(cellAt(sheet, 33, 4)?.formula).toBe('SUMIFS(D26:D32,A26:A32,"<="&ReportDate)');
  });
});
