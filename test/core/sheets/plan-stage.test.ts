import { CONTROL_COLUMNS as C } from '../../../core/sheets/layouts/control';
import { evaluateSpec } from '../../engines/hyperformula';
import { SHEET_TITLES, STABLE_NAMES, specOf } from '../../helpers';
import { cellAt, nameRange, sheetOf } from './spec-reader';

const texts = (spec: ReturnType<typeof specOf>, id: string) =>
  sheetOf(spec, id)
    .blocks.flatMap((b) => b.cells.flat())
    .flatMap((c) => (c ? [c.value ?? c.formula] : []));

describe('the RACE workbook', () => {
  const spec = specOf({ framework: 'race' });

  it('has Overview, Plan, a sheet per stage, then Actions, Data, Control, Targets, Budget, Settings, Totals', () => {
    expect(spec.sheets.map((s) => s.title)).toEqual(SHEET_TITLES.race);
  });

  it('plans on one sheet: activities, SWOT/TOWS, SMART objectives, market needs, growth timeline', () => {
    expect(texts(spec, 'plan')).toEqual(
      expect.arrayContaining([
        'Current digital activities',
        'Strengths (S)',
        'TOWS matrix',
        'SMART objectives',
        'Target market and customer needs',
        'Growth timeline',
        'Week 13',
        'Week 26',
      ]),
    );
    for (const name of ['SWOT_Strengths', 'Objectives_Target'])
      expect(nameRange(spec, name).sheetId).toBe('plan');
  });

  it('gives each stage its checklist, its tactics and its KPIs read from Control', () => {
    const reach = sheetOf(spec, 'stage.reach');
    const cells = texts(spec, 'stage.reach');
    expect(cells).toEqual(
      expect.arrayContaining(['Agree the key brand messages', 'Keyword research']),
    );
    // Each KPI row reads its own Control row (two objectives may share a KPI).
    const ids = evaluateSpec(spec)
      .named('KPI_ID')
      .map((r) => r[0]);
    const row = nameRange(spec, 'KPI_ID').row1 + ids.indexOf('reach');
    expect(ids).toContain('reach');
    expect(cells).toContain(`IF(Control!A${row}="","",Control!A${row})`);
    expect(cells).toContain(`IF(Control!C${row}="","",Control!C${row})`);
    expect(cells).toContain(`IF(Control!R${row}="","",Control!R${row})`);
    expect(cells).not.toContain('share_of_voice');
    expect(cells).toContain('COUNTIFS(Tasks_Stage,"Reach")');
    expect(cellAt(reach, 1, 1)?.value).toBe('Reach');
  });
});

describe('the AISAS workbook', () => {
  const spec = specOf({ framework: 'aisas' });

  it('has Overview, a sheet per stage, then Actions, Data, Control, Targets, Budget, Settings, Totals', () => {
    expect(spec.sheets.map((s) => s.title)).toEqual(SHEET_TITLES.aisas);
  });

  it("groups the Control sheet by AISAS stage and still shows each KPI's RACE stage", () => {
    const sections = texts(spec, 'control').filter((v) =>
      ['Attention', 'Interest', 'Search', 'Action', 'Share'].includes(String(v)),
    );
    expect(sections).toEqual(
      expect.arrayContaining(['Attention', 'Interest', 'Search', 'Action', 'Share']),
    );
    expect(texts(spec, 'control')).toContain('RACE');
  });

  it('has the same stable names as every workbook', () => {
    for (const fw of ['sostac', 'race', 'aisas']) {
      const names = specOf({ framework: fw }).names.map((n) => n.name);
      expect(names).toEqual(expect.arrayContaining([...STABLE_NAMES]));
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

describe('stage sheets and subtotals with repeated or missing data', () => {
  const input = {
    framework: 'race',
    period: { start: '2027-01-04', weeks: 13 },
    reportDate: '2027-02-28',
    objectives: [
      { category: 'sell', kpi: 'revenue', target: 30000, deadline: '2027-03-31' },
      { category: 'sell', kpi: 'revenue', target: 50000 },
      { category: 'sell', kpi: 'referrals', target: 60 },
      { category: 'speak', kpi: 'reviews', target: 90 },
    ],
    actuals: { revenue: { '2027-01': 9000 }, reviews: { '2027-01': 20 } },
  } as const;

  it('shows each objective of a shared KPI from its own Control row', () => {
    const spec = specOf(input);
    const convert = texts(spec, 'stage.convert').filter(
      (c) => typeof c === 'string' && c.startsWith('IF(Control!C'),
    );
    expect(new Set(convert).size).toBe(convert.length);
    expect(convert.length).toBeGreaterThanOrEqual(2);
  });

  it('sums a subtotal over the members that have both an actual and a target to date', () => {
    const spec = specOf(input);
    const evaluated = evaluateSpec(spec);
    const { row1, row2 } = nameRange(spec, 'KPI_ID');
    const control = sheetOf(spec, 'control');
    const rows = Array.from({ length: row2 - row1 + 1 }, (_, i) => row1 + i);
    const at = (kpi: string) => rows.find((r) => evaluated.value('control', r, C.kpi) === kpi)!;
    const subtotal = rows.find((r) =>
      String(cellAt(control, r, C.name)?.value).startsWith('Advocacy subtotal'),
    )!;
    // Referrals has no data yet: the subtotal is reviews alone, like with like.
    expect(evaluated.value('control', at('referrals'), C.actual)).toBe('');
    expect(evaluated.value('control', subtotal, C.actual)).toBe(
      evaluated.value('control', at('reviews'), C.actual),
    );
    expect(evaluated.value('control', subtotal, C.targetToDate)).toBeCloseTo(
      evaluated.value('control', at('reviews'), C.targetToDate) as number,
      6,
    );
  });
});
