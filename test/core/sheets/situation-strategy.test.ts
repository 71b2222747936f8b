import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { specOf } from '../../helpers';
import { cellAt, nameRange, sheetOf } from './spec-reader';

describe('the Situation sheet', () => {
  const spec = specOf(SAMPLE_PLAN);
  const sheet = sheetOf(spec, 'situation');
  const cells = sheet.blocks.flatMap((b) => b.cells.flat()).filter((c) => c !== null);

  it('asks the business profile questions', () => {
    expect(cells.map((c) => c.value)).toEqual(
      expect.arrayContaining([
        'Who are we?',
        'What are our core strengths?',
        'How do we make money?',
      ]),
    );
  });

  it('audits each channel with CVR, CPA and ROAS formulas that stay blank without data', () => {
    const seo = cells.find((c) => c.value === 'SEO');
    expect(seo?.style).toBe('input.text');
    const formulas = cells.flatMap((c) => (c.formula ? [c.formula] : []));
    // CVR and ROAS: conversions / sessions, revenue / media spend (the ad platforms' cost).
    expect(
      formulas.filter((f) => /^IF\(SUM\([A-Z]+\d+\)=0,"",[A-Z]+\d+\/[A-Z]+\d+\)$/.test(f)),
    ).toHaveLength(10);
    // CPA: media spend and other cost / conversions.
    expect(formulas).toContain('IF(SUM(C13)=0,"",(SUM(E13)+SUM(F13))/C13)');
  });

  it('names the four SWOT quadrants, five rows each', () => {
    for (const name of [
      'SWOT_Strengths',
      'SWOT_Weaknesses',
      'SWOT_Opportunities',
      'SWOT_Threats',
    ]) {
      const r = nameRange(spec, name);
      expect(r.sheetId).toBe('situation');
      expect(r.row2 - r.row1 + 1).toBe(5);
      expect(cellAt(sheet, r.row1, r.col1)?.style).toBe('input.text');
    }
  });
});

describe('the Strategy sheet', () => {
  const sheet = sheetOf(specOf(SAMPLE_PLAN), 'strategy');
  const cells = sheet.blocks.flatMap((b) => b.cells.flat()).filter((c) => c !== null);

  it('builds the TOWS matrix from the SWOT', () => {
    const formulas = cells.flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas).toContain('IF(INDEX(SWOT_Strengths,1)="","",INDEX(SWOT_Strengths,1))');
    expect(formulas).toContain('IF(INDEX(SWOT_Threats,5)="","",INDEX(SWOT_Threats,5))');
    expect(cells.map((c) => c.value)).toEqual(
      expect.arrayContaining([
        'SO: use strengths to seize opportunities',
        'WT: shrink weaknesses and avoid threats',
      ]),
    );
  });

  it('offers segmentation, positioning and a strategies table with drop-downs', () => {
    expect(cells.map((c) => c.value)).toEqual(
      expect.arrayContaining(['Segmentation', 'Positioning statement', 'Strategies']),
    );
    expect(sheet.validations.map((v) => (v.kind === 'list' ? v.source : v.kind))).toEqual([
      'List_Priorities',
      'List_StrategyTypes',
      'List_Funnel',
      'List_PlatformTypes',
      'date',
      'number',
    ]);
  });
});
