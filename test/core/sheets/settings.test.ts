import { translator } from '../../../core/i18n';
import { KPI_CATALOGUE } from '../../../core/kpi/catalogue';
import { evaluateSpec } from '../../engines/hyperformula';
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
    // Channels and strategies are tagged with the customer journey's stages: RACE's in SOSTAC,
    // AISAS's own in AISAS.
    expect(columnCells(spec, 'List_Funnel').map((c) => c?.value)).toEqual([
      'Reach',
      'Act',
      'Convert',
      'Engage',
    ]);
    const aisas = specOf({ framework: 'aisas' });
    expect(columnCells(aisas, 'List_Funnel').map((c) => c?.value)).toEqual([
      'Attention',
      'Interest',
      'Search',
      'Action',
      'Share',
    ]);
    // Marketers choose KPIs by name; the ids stay in formulas and names.
    expect(columnCells(spec, 'List_KPIs').map((c) => c?.value)).toEqual(
      KPI_CATALOGUE.map((k) => translator('en')(`kpi.${k.id}`)),
    );
    // Directions are chosen by name; the definitions table turns them into the codes.
    expect(columnCells(spec, 'List_Directions').map((c) => c?.value)).toEqual([
      'Higher is better',
      'Lower is better',
      'Closest to target',
    ]);
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

  it('holds the economics, and a KPI definitions table the Control sheet looks KPIs up in', () => {
    expect(at('GrossMargin')).toEqual({ value: 0.62, style: 'input.percent' });
    expect(at('PurchasesPerYear')).toEqual({ value: 5, style: 'input.decimal' });
    expect(at('LifespanYears')).toEqual({ value: 3, style: 'input.decimal' });
    const ids = columnCells(spec, 'KPI_Def_ID').map((c) => c?.value);
    expect(ids).toEqual(KPI_CATALOGUE.map((k) => k.id));
    const hf = evaluateSpec(spec);
    const row = (id: string) => ids.indexOf(id);
    const column = (name: string) => hf.named(name).map((r) => r[0]);
    expect(column('KPI_Def_Numerator')[row('cpc')]).toBe('media_spend');
    expect(column('KPI_Def_Numerator')[row('cpa')]).toBe('marketing_cost');
    expect(column('KPI_Def_Denominator')[row('cac')]).toBe('new_customers');
    expect(column('KPI_Def_Numerator')[row('roi')]).toBe('marketing_return');
    // Lifetime value: average order value × purchases a year × gross margin × years.
    expect(column('KPI_Def_Scale')[row('clv')]).toBeCloseTo(5 * 0.62 * 3, 9);
    expect(column('KPI_Def_Scale')[row('cpm')]).toBe(1000);
    const sheet = sheetOf(spec, 'settings');
    const how = sheet.blocks.flatMap((b) => b.cells.flat()).map((c) => c?.value);
    expect(how).toContain('Media spend (ad platforms) ÷ Clicks');
  });

  it('leaves ROI and lifetime value blank until their economics are filled in', () => {
    const bare = specOf({ ...SAMPLE_PLAN, economics: { grossMargin: 0.5 } });
    const hf = evaluateSpec(bare);
    const ids = columnCells(bare, 'KPI_Def_ID').map((c) => c?.value);
    const scale = hf.named('KPI_Def_Scale').map((r) => r[0]);
    expect(scale[ids.indexOf('roi')]).toBe(1);
    expect(scale[ids.indexOf('clv')]).toBe('');
  });
});
