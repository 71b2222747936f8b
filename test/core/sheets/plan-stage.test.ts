import { SHEET_TITLES, STABLE_NAMES, specOf } from '../../helpers';
import { cellAt, nameRange, sheetOf } from './spec-reader';

const texts = (spec: ReturnType<typeof specOf>, id: string) =>
  sheetOf(spec, id)
    .blocks.flatMap((b) => b.cells.flat())
    .flatMap((c) => (c ? [c.value ?? c.formula] : []));

describe('the RACE workbook', () => {
  const spec = specOf({ framework: 'race' });

  it('has Overview, Plan, a sheet per stage, then Actions, Data, Control, Budget, Settings', () => {
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
      expect.arrayContaining([
        'Agree the key brand messages',
        'Keyword research',
        'share_of_voice',
      ]),
    );
    const formulas = cells.filter((c): c is string => typeof c === 'string' && c.includes('KPI_'));
    expect(formulas[0]).toMatch(
      /^IF\(INDEX\(KPI_Target,MATCH\(A\d+,KPI_ID,0\)\)="","",INDEX\(KPI_Target,MATCH\(A\d+,KPI_ID,0\)\)\)$/,
    );
    expect(cells).toContain('COUNTIFS(Tasks_Stage,"Reach")');
    expect(cellAt(reach, 1, 1)?.value).toBe('Reach');
  });
});

describe('the AISAS workbook', () => {
  const spec = specOf({ framework: 'aisas' });

  it('has Overview, a sheet per stage, then Actions, Data, Control, Budget, Settings', () => {
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
