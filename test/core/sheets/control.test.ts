import { CONTROL_COLUMNS as C, controlRows } from '../../../core/sheets/control';
import { framework } from '../../../core/frameworks';
import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { evaluateSpec } from '../../engines/hyperformula';
import { planOf, specOf } from '../../helpers';
import { cellAt, columnCells, nameRange, sheetOf } from './spec-reader';

describe('the Control sheet', () => {
  const plan = planOf(SAMPLE_PLAN);
  const spec = specOf(SAMPLE_PLAN);
  const sheet = sheetOf(spec, 'control');
  const row = (kpi: string) =>
    nameRange(spec, 'KPI_ID').row1 +
    controlRows({ plan, fw: framework('sostac') }).findIndex((r) => r.kpi === kpi);

  it('lists the objectives first with their targets, then uncovered default KPIs without', () => {
    const ids = columnCells(spec, 'KPI_ID').map((c) => c?.value);
    expect(ids).toEqual([
      'revenue',
      'cvr',
      'cpa',
      'sessions',
      'repeat_rate',
      'conversions',
      'cost',
      'ctr',
      'roas',
      'aov',
    ]);
    const targets = columnCells(spec, 'KPI_Target');
    expect(targets.slice(0, 5).map((c) => c?.formula)).toEqual(
      [1, 2, 3, 4, 5].map(
        (k) => `IF(INDEX(Objectives_Target,${k})="","",INDEX(Objectives_Target,${k}))`,
      ),
    );
    // conversions, cost, ctr, roas, aov: empty inputs in each KPI's own format.
    expect(targets.slice(5).map((c) => [c?.value, c?.style])).toEqual([
      [null, 'input.number'],
      [null, 'input.currency'],
      [null, 'input.percent'],
      [null, 'input.ratio'],
      [null, 'input.currency'],
    ]);
  });

  it("reads an objective's target and deadline from the Objectives sheet, so an edit there counts", () => {
    const evaluated = evaluateSpec(spec);
    const target = nameRange(spec, 'Objectives_Target');
    const status = () => evaluated.value('control', row('revenue'), C.status);
    expect(status()).toBe('AMBER');
    const objectives = evaluated.sheetIndex('objectives');
    evaluated.hf.setCellContents(
      { sheet: objectives, row: target.row1 - 1, col: target.col1 - 1 },
      120000,
    );
    expect(evaluated.value('control', row('revenue'), C.target)).toBe(120000);
    expect(status()).toBe('GREEN');
  });

  it('computes a volume actual from summed months and a ratio from summed parts', () => {
    const months = 'Data_Month,">="&(EOMONTH(I7,-1)+1),Data_Month,"<="&MIN(ReportDate,J7)';
    expect(cellAt(sheet, row('revenue'), C.actual)?.formula).toBe(
      `IF(COUNTIFS(Data_revenue,"<>",${months})=0,"",SUMIFS(Data_revenue,${months}))`,
    );
    const cpa = cellAt(sheet, row('cpa'), C.actual)?.formula ?? '';
    expect(cpa).toMatch(
      /^IF\(SUMIFS\(Data_conversions,.*\)=0,"",SUMIFS\(Data_cost,.*\)\/SUMIFS\(Data_conversions,/,
    );
    expect(cpa).not.toMatch(/AVERAGE/);
  });

  it('compares a volume with its target to date and a rate with its target', () => {
    expect(cellAt(sheet, row('revenue'), C.targetToDate)?.formula).toMatch(
      /^IF\(ReportDate<I7,"",IF\(H7="",""/,
    );
    expect(cellAt(sheet, row('cvr'), C.targetToDate)?.formula).toBe('IF(H8="","",H8)');
    expect(cellAt(sheet, row('cvr'), C.pace)?.formula).toBeUndefined();
    expect(cellAt(sheet, row('revenue'), C.status)?.formula).toContain('Tolerance');
  });

  it('colours the statuses and exposes the stable names', () => {
    expect(sheet.conditionalRules.map((r) => r.id)).toEqual([
      'control.status.green',
      'control.status.amber',
      'control.status.red',
    ]);
    for (const name of ['KPI_ID', 'KPI_Target', 'KPI_Actual', 'KPI_Variance', 'KPI_Status']) {
      expect(nameRange(spec, name)).toMatchObject({ sheetId: 'control', row1: 7, row2: 16 });
    }
  });
});
