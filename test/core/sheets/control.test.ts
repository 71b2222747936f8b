import { CONTROL_COLUMNS as C } from '../../../core/sheets/control';
import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { evaluateSpec } from '../../engines/hyperformula';
import { specOf } from '../../helpers';
import { cellAt, columnCells, nameRange, sheetOf } from './spec-reader';

describe('the Control sheet', () => {
  const spec = specOf(SAMPLE_PLAN);
  const sheet = sheetOf(spec, 'control');
  const first = nameRange(spec, 'KPI_ID').row1;
  const row = (kpi: string) =>
    first + columnCells(spec, 'KPI_ID').findIndex((c) => c?.value === kpi);

  it('groups KPIs in a section per funnel stage, objectives first within each', () => {
    const body = columnCells(spec, 'KPI_Target').map((_, i) => {
      const id = cellAt(sheet, first + i, C.kpi)?.value;
      return id ?? `[${cellAt(sheet, first + i, C.name)?.value}]`;
    });
    expect(body).toEqual([
      '[Reach]',
      'sessions',
      'ctr',
      '[Convert]',
      'revenue',
      'cvr',
      'cpa',
      'conversions',
      'cost',
      'roas',
      'aov',
      '[Engage]',
      'repeat_rate',
    ]);
  });

  it("reads objectives' targets from the Objectives sheet; other KPIs have empty inputs", () => {
    expect(cellAt(sheet, row('revenue'), C.target)?.formula).toBe(
      'IF(INDEX(Objectives_Target,1)="","",INDEX(Objectives_Target,1))',
    );
    expect(cellAt(sheet, row('repeat_rate'), C.end)?.formula).toBe(
      'IF(INDEX(Objectives_Deadline,5)="","",INDEX(Objectives_Deadline,5))',
    );
    expect(cellAt(sheet, row('roas'), C.target)).toEqual({ value: null, style: 'input.ratio' });
    expect(cellAt(sheet, row('cost'), C.target)).toEqual({ value: null, style: 'input.currency' });
  });

  it("carries every KPI's RACE stage, AISAS stage and 5S", () => {
    const tags = (id: string) =>
      [C.race, C.aisas, C.fiveS].map((c) => cellAt(sheet, row(id), c)?.value);
    expect(tags('ctr')).toEqual(['Reach', 'Interest', 'Speak']);
    expect(tags('repeat_rate')).toEqual(['Engage', 'Share', 'Serve']);
  });

  it('computes a volume actual from summed months and a ratio from summed parts', () => {
    const r = row('revenue');
    const months = `Data_Month,">="&(EOMONTH(J${r},-1)+1),Data_Month,"<="&MIN(ReportDate,K${r})`;
    expect(cellAt(sheet, r, C.actual)?.formula).toBe(
      `IF(ReportDate<J${r},"",IF(COUNTIFS(Data_revenue,"<>",${months})=0,"",SUMIFS(Data_revenue,${months})))`,
    );
    const cpa = cellAt(sheet, row('cpa'), C.actual)?.formula ?? '';
    expect(cpa).toMatch(
      /^IF\(ReportDate<J\d+,"",IF\(OR\(COUNTIFS\(Data_cost,"<>",.*\)=0,SUMIFS\(Data_conversions,.*\)=0\),"",SUMIFS\(Data_cost,.*\)\/SUMIFS\(Data_conversions,/,
    );
    expect(cpa).not.toMatch(/AVERAGE/);
  });

  it('compares a volume with its target to date and a rate with its target', () => {
    const [rev, cvr] = [row('revenue'), row('cvr')];
    expect(cellAt(sheet, rev, C.targetToDate)?.formula).toMatch(
      new RegExp(`^IF\\(ReportDate<J${rev},"",IF\\(I${rev}="",""`),
    );
    expect(cellAt(sheet, cvr, C.targetToDate)?.formula).toBe(`IF(I${cvr}="","",I${cvr})`);
    expect(cellAt(sheet, cvr, C.pace)?.formula).toBeUndefined();
    expect(cellAt(sheet, rev, C.status)?.formula).toContain('Tolerance');
  });

  it('counts only KPI rows in the summary, colours the statuses and exposes the stable names', () => {
    expect(cellAt(sheet, 4, 2)?.formula).toBe(`COUNTIFS($S$7:$S$19,"GREEN",$A$7:$A$19,"<>")`);
    expect(sheet.conditionalRules.map((r) => r.id)).toEqual([
      'control.status.green',
      'control.status.amber',
      'control.status.red',
    ]);
    for (const name of ['KPI_ID', 'KPI_Target', 'KPI_Actual', 'KPI_Variance', 'KPI_Status']) {
      expect(nameRange(spec, name)).toMatchObject({ sheetId: 'control', row1: 7, row2: 19 });
    }
  });

  it('adds a subtotal where volumes add up, recomputing status from the sums', () => {
    const aisas = specOf({ framework: 'aisas' });
    const control = sheetOf(aisas, 'control');
    const { row1, row2 } = nameRange(aisas, 'KPI_ID');
    const title = 'Advocacy subtotal: Shares + Reviews + Referrals';
    const rows = Array.from({ length: row2 - row1 + 1 }, (_, i) => row1 + i);
    const subtotal = rows.find((r) => cellAt(control, r, C.name)?.value === title)!;
    expect(subtotal).toBeDefined();
    expect(cellAt(control, subtotal, C.kpi)?.value).toBeNull();
    expect(cellAt(control, subtotal, C.actual)?.formula).toMatch(
      /^IF\(NOT\(OR\(AND\(L\d+<>"",M\d+<>""\),.*\)\),"",IF\(AND\(L\d+<>"",M\d+<>""\),L\d+,0\)\+/,
    );
    expect(cellAt(control, subtotal, C.status)?.formula).toMatch(/IF\(OR\(G\d+="",G\d+="higher"\)/);
  });

  it("reads an objective's target from the Objectives sheet, so an edit there counts", () => {
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
});
