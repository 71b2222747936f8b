import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { CONTROL_COLUMNS as C } from '../../../core/sheets/layouts/control';
import { specOf } from '../../helpers';
import { cellAt, sheetOf } from './spec-reader';

const rowsWith = (spec: ReturnType<typeof specOf>, id: string, first: string) => {
  const sheet = sheetOf(spec, id);
  return sheet.blocks.filter(
    (b) => b.cells[0]?.[0]?.value === first || b.cells.some((r) => r[0]?.value === first),
  );
};

describe('the Objectives sheet', () => {
  it('writes one SMART row per objective and an open row for each 5S without one', () => {
    const spec = specOf({ ...SAMPLE_PLAN, objectives: [SAMPLE_PLAN.objectives![0]] });
    const sheet = sheetOf(spec, 'objectives');
    const smart = sheet.blocks.find(
      (b) => b.cells[0].length === 11 && b.cells[0][0]?.style === 'input.text',
    )!;
    const cells = (r: (typeof smart.cells)[number]) => [0, 1, 2, 4, 5].map((c) => r[c]?.value);
    expect(smart.cells.map(cells)).toEqual([
      ['Sell', 'Grow Revenue', 'Revenue', 150000, 'What the plan adds'],
      ['Serve', null, null, null, null],
      ['Speak', null, null, null, null],
      ['Save', null, null, null, null],
      ['Sizzle', null, null, null, null],
    ]);
    expect(smart.cells[0][6]?.formula).toMatch(/E\d+\/D\d+-1/);
    expect(
      sheet.validations.filter((v) => v.kind === 'list').map((v) => v.kind === 'list' && v.source),
    ).toEqual(['List_FiveS', 'List_KPIs', 'List_KPIs', 'List_Attribution']);
    // What a target counts: a drop-down of its two choices, written into the rule.
    expect(sheet.validations.find((v) => v.kind === 'choice')).toEqual({
      kind: 'choice',
      range: expect.stringMatching(/^F\d+:F\d+$/),
      values: ['What the plan adds', 'Total with the baseline'],
    });
  });
});

describe('the Tactics sheet', () => {
  it('gives each channel its budget and tasks from the other sheets', () => {
    const spec = specOf(SAMPLE_PLAN);
    const [mix] = rowsWith(spec, 'tactics', 'SEO');
    expect(mix.cells.map((r) => r[0]?.value)).toEqual(['SEO', 'PPC', 'Social', 'Email', 'Content']);
    expect(mix.cells[0].map((c) => c?.formula).filter(Boolean)).toEqual([
      'IF(A6="","",SUMIFS(Budget_Planned,Budget_Channel,A6))',
      'IF(SUM(Budget_Total)=0,"",SUM(E6)/Budget_Total)',
      'IF(A6="","",COUNTIFS(Tasks_Channel,A6))',
      'IF(A6="","",SUMIFS(Tasks_Budget,Tasks_Channel,A6))',
      'IF(Control!F24="","",Control!F24)',
      'IF(Control!L24="","",Control!L24)',
      'IF(Control!F43="","",Control!F43)',
      'IF(Control!F45="","",Control!F45)',
    ]);
    // Beside the plan, the channel's results: SEO's spend to date, its status, CPA and ROAS
    // (SEO has no CPA or ROAS target: those rows are among the untargeted ones, further down).
    const control = sheetOf(spec, 'control');
    expect(cellAt(control, 23, C.name)?.value).toBe('SEO');
    expect([24, 43, 45].map((r) => cellAt(control, r, C.kpi)?.value)).toEqual([
      'marketing_cost',
      'cpa',
      'roas',
    ]);
  });

  it('tags each channel with a stage of the customer journey, not of the plan', () => {
    const sheet = sheetOf(specOf(SAMPLE_PLAN), 'tactics');
    const lists = sheet.validations.flatMap((v) => (v.kind === 'list' ? [v.source] : []));
    // The stage drop-down, then the organisation table's in-house or agency.
    expect(lists).toEqual(['List_Funnel', 'List_Staffing']);
  });
});
