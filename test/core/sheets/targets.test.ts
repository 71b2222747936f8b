/**
 * The Targets sheet, as HyperFormula computes it: a volume's target phased by month in
 * proportion to the weighted days, a rate shown as the rate due at each month's end (rates do
 * not add up by month), every figure in its KPI's unit.
 */
import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { targetsLayout } from '../../../core/sheets/layouts/targets';
import { evaluateSpec } from '../../engines/hyperformula';
import { specOf } from '../../helpers';
import { sheetOf } from './spec-reader';

describe('the Targets sheet', () => {
  const spec = specOf(SAMPLE_PLAN);
  const ev = evaluateSpec(spec);
  const layout = targetsLayout(7);
  const column = (name: string) =>
    [2, 3, 4, 5, 6, 7].find((c) => ev.value('targets', 4, c) === name)!;
  const month = (k: number, name: string) =>
    ev.value('targets', layout.monthly.first + k, column(name)) as number;

  it('phases a volume: its months add up to its target', () => {
    const months = Array.from({ length: 7 }, (_, k) => month(k, 'Revenue') || 0);
    expect(months.reduce((a, b) => a + b, 0)).toBeCloseTo(150000, 6);
    // 4 to 31 January: 28 of the objective's 178 days.
    expect(month(0, 'Revenue')).toBeCloseTo((150000 * 28) / 178, 6);
  });

  it('shows a rate as the rate due at each month’s end, never a share of it', () => {
    // CPA from 32 down to 25 over 4 January – 30 June: at 31 January 28 of 178 days have passed.
    expect(month(0, 'Cost per acquisition')).toBeCloseTo(32 - (7 * 28) / 178, 9);
    expect(month(1, 'Cost per acquisition')).toBeCloseTo(32 - (7 * 56) / 178, 9);
    // June ends on the deadline: the target itself.
    expect(month(5, 'Cost per acquisition')).toBeCloseTo(25, 9);
    expect(month(0, 'Conversion rate')).toBeCloseTo(0.018 + (0.007 * 28) / 178, 9);
  });

  it('formats each column in its KPI’s unit', () => {
    const sheet = sheetOf(spec, 'targets');
    const at = (name: string) =>
      sheet.blocks
        .flatMap((b) =>
          b.cells.map((row, r) => ({ row: b.row + r, cell: row[column(name) - b.col] })),
        )
        .find((x) => x.row === layout.monthly.first)?.cell?.style;
    expect([
      at('Revenue'),
      at('Cost per acquisition'),
      at('Conversion rate'),
      at('Sessions'),
    ]).toEqual(['calc.currency', 'calc.currency', 'calc.percent', 'calc.number']);
  });
});
