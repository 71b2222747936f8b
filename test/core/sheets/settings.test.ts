import { KPI_CATALOGUE } from '../../../core/kpi/catalogue';
import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { serial, specOf } from '../../helpers';
import { cellAt, columnCells, nameRange, sheetOf } from './spec-reader';

describe('the Settings sheet', () => {
  const spec = specOf(SAMPLE_PLAN);
  const sheet = sheetOf(spec, 'settings');
  const at = (name: string) => {
    const r = nameRange(spec, name);
    expect(r.sheetId).toBe('settings');
    return cellAt(sheet, r.row1, r.col1);
  };

  it('holds the report date, tolerance and plan dates as named cells', () => {
    expect(at('ReportDate')).toEqual({ value: serial('2027-03-01'), style: 'input.date' });
    expect(at('Tolerance')).toEqual({ value: 0.1, style: 'input.percent' });
    expect(at('PlanStart')).toEqual({ value: serial('2027-01-04'), style: 'input.date' });
    expect(at('PlanEnd')?.formula).toBe('B7+B9*7-1');
  });

  it('holds the lists behind the drop-downs', () => {
    expect(columnCells(spec, 'List_Stages').map((c) => c?.value)).toEqual([
      'Situation',
      'Objectives',
      'Strategy',
      'Tactics',
      'Action',
      'Control',
    ]);
    expect(columnCells(spec, 'List_KPIs').map((c) => c?.value)).toEqual(
      KPI_CATALOGUE.map((k) => k.id),
    );
    expect(columnCells(spec, 'List_Directions').map((c) => c?.value)).toEqual(['higher', 'lower']);
    expect(columnCells(spec, 'List_Channels').map((c) => c?.value)).toEqual([
      'SEO',
      'PPC',
      'Social',
      'Email',
      'Content',
    ]);
  });

  it('points every list validation of the workbook at a name that exists', () => {
    const names = new Set(spec.names.map((n) => n.name));
    const sources = spec.sheets.flatMap((s) =>
      s.validations.flatMap((v) => (v.kind === 'list' ? [v.source] : [])),
    );
    expect(sources.length).toBeGreaterThan(5);
    expect(sources.filter((s) => !names.has(s))).toEqual([]);
  });
});
