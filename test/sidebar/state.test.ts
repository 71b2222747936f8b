import { defaultState, fieldOfError, toPlanInput } from '../../core/sidebar/state';
import { fileName } from '../../web/file-bridge';
import { serial } from '../helpers';

describe('the sidebar state', () => {
  const state = { ...defaultState(serial('2027-01-02')), business: 'Nha' };

  it("starts on the next working day with the framework's channels checked", () => {
    expect(state.start).toBe('2027-01-04');
    expect(state.channels.filter((c) => c.checked).map((c) => c.name)).toEqual([
      'SEO',
      'PPC',
      'Social',
      'Email',
      'Content',
    ]);
  });

  it('stands for a PlanInput, numbers as numbers and blanks left out', () => {
    const input = toPlanInput({
      ...state,
      weeks: '13',
      channels: [
        { name: 'SEO', checked: true, budget: '' },
        { name: 'PR', checked: false, budget: '9' },
      ],
      objectives: [
        { category: 'sell', kpi: 'revenue', baseline: '', target: '5000', targetIs: 'increase' },
        { category: 'speak', kpi: 'reviews', baseline: '40', target: '120', targetIs: 'total' },
        // A rate's target is the rate itself: what it counts is not sent.
        { category: 'sell', kpi: 'cvr', baseline: '', target: '0.03', targetIs: 'total' },
      ],
    });
    expect(input).toMatchObject({
      period: { weeks: 13 },
      channels: [{ name: 'SEO', budget: undefined }],
      objectives: [
        { category: 'sell', kpi: 'revenue', baseline: undefined, target: 5000 },
        { kpi: 'reviews', baseline: 40, target: 120, targetIs: 'total' },
        { kpi: 'cvr', target: 0.03 },
      ],
    });
    expect(input.objectives?.[2]).not.toHaveProperty('targetIs');
  });

  it('reads plain decimals as numbers, and passes anything else on as typed', () => {
    const budgetOf = (typed: string) =>
      toPlanInput({ ...state, channels: [{ name: 'SEO', checked: true, budget: typed }] })
        .channels?.[0].budget;
    expect(['1200', ' 12.5 ', '-3', '.5', '+7', '0'].map(budgetOf)).toEqual([
      1200, 12.5, -3, 0.5, 7, 0,
    ]);
    expect(['0x10', '0b11', '0o7', '1e3', 'Infinity', '1_000'].map(budgetOf)).toEqual([
      '0x10',
      '0b11',
      '0o7',
      '1e3',
      'Infinity',
      '1_000',
    ]);
  });

  it('puts each error beside the field it belongs to', () => {
    const s = {
      ...state,
      channels: [
        { name: 'PR', checked: false, budget: '' },
        { name: 'SEO', checked: true, budget: '-1' },
      ],
    };
    expect(fieldOfError({ path: 'period.start', message: '' }, s)).toBe('start');
    expect(fieldOfError({ path: 'channels[0].budget', message: '' }, s)).toBe('channel-budget-SEO');
    expect(fieldOfError({ path: 'objectives[2].target', message: '' }, s)).toBe(
      'objective-target-2',
    );
    expect(fieldOfError({ path: 'tasks[0].id', message: '' }, s)).toBe('form');
  });

  it('names the download after the business and the framework', () => {
    expect(fileName('Lotus Tea House', 'sostac')).toBe('lotus-tea-house-sostac.xlsx');
    expect(fileName('Cà phê Sữa / HN', 'race')).toBe('ca-phe-sua-hn-race.xlsx');
    expect(fileName('کافه نادری', 'aisas')).toBe('کافه-نادری-aisas.xlsx');
    expect(fileName('***', 'aisas')).toBe('plan-aisas.xlsx');
  });
});
