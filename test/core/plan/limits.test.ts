/**
 * What a hostile or careless plan cannot do: characters a workbook cannot carry, numbers that
 * overflow a formula, dates no spreadsheet holds, tasks that run past the plan unannounced.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { USAGE } from '../../../cli/args';
import { AMOUNT_MAX, LIMITS_TEXT } from '../../../core/plan/limits';
import { formatPlanError, type PlanInput } from '../../../core/plan/types';
import { validatePlan } from '../../../core/plan/validate';
import { TEXT_FIELDS, TODAY } from '../../helpers';

function errorsOf(input: unknown): string[] {
  const result = validatePlan(input, { today: TODAY });
  return result.ok ? [] : result.errors.map(formatPlanError);
}

function warningsOf(input: unknown): string[] {
  const result = validatePlan(input, { today: TODAY });
  if (!result.ok) throw new Error(result.errors.map(formatPlanError).join('\n'));
  return result.warnings.map(formatPlanError);
}

const period = { start: '2027-01-04', weeks: 26 };

/** A plan with `text` in every text field, as far as each field's other rules allow. */
function everyTextField(text: string): PlanInput {
  return {
    framework: 'sostac',
    business: { name: `Lotus ${text}` },
    period,
    channels: [{ name: `SEO ${text}`, budget: 100 }],
    objectives: [{ category: 'sell', kpi: 'revenue', owner: `Lan ${text}` }],
    tasks: [
      {
        id: `T${text}`,
        name: `Audit ${text}`,
        stage: 'situation',
        owner: `Minh ${text}`,
        channel: `Social ${text}`,
        start: '2027-01-04',
      },
      { id: 'T2', name: 'Follow', stage: 'situation', dependsOn: `T${text}` },
    ],
  };
}

describe('text a workbook cannot carry', () => {
  it.each([
    ['U+FFFE', '\ufffe'],
    ['U+FFFF', '\uffff'],
    ['a lone surrogate', '\ud83d'],
    ['a carriage return', '\r'],
    ['an escape sequence', '\u001b[2J'],
  ])('refuses %s in every text field, naming each field', (_, bad) => {
    const errors = errorsOf(everyTextField(bad));
    expect(errors.map((e) => e.slice(0, e.indexOf(':')))).toEqual(TEXT_FIELDS);
    expect(errors.every((e) => / contains /.test(e))).toBe(true);
  });

  it('accepts the same plan with ordinary text in every field', () => {
    expect(errorsOf(everyTextField('Trà Sen 莲花 چای 😀'))).toEqual([]);
  });

  it('refuses a bad character in the currency too', () => {
    expect(errorsOf({ framework: 'sostac', business: { currency: 'U\uffffD' } })[0]).toMatch(
      /^business\.currency: contains U\+FFFF/,
    );
  });

  it('escapes an unknown key that carries terminal escapes', () => {
    expect(errorsOf({ framework: 'sostac', '\u001b[2Jfake': 1 })).toEqual([
      expect.stringMatching(/^\\u001b\[2Jfake: unknown field/),
    ]);
  });
});

describe('numbers no formula can overflow', () => {
  const max = AMOUNT_MAX.toLocaleString('en');
  it.each([
    ['channels[0].budget', { channels: [{ name: 'SEO', budget: 1e308 }] }],
    ['channels[0].budget', { channels: [{ name: 'SEO', budget: 6e306 }] }],
    [
      'tasks[0].budget',
      { tasks: [{ id: 'T1', name: 'x', stage: 'tactics', start: '2027-01-04', budget: 1e16 }] },
    ],
    ['objectives[0].target', { objectives: [{ category: 'sell', kpi: 'revenue', target: 1e300 }] }],
    [
      'objectives[0].baseline',
      { objectives: [{ category: 'sell', kpi: 'revenue', baseline: -1e300 }] },
    ],
    ['actuals.revenue.2027-01', { actuals: { revenue: { '2027-01': 1e308 } } }],
  ])('refuses %s beyond the limit', (field, extra) => {
    expect(errorsOf({ framework: 'sostac', period, ...extra })).toEqual([
      expect.stringMatching(new RegExp(`^${field.replace(/[[\].]/g, '\\$&')}: .*${max}`)),
    ]);
  });

  it('accepts amounts up to the limit, exactly', () => {
    const result = validatePlan(
      {
        framework: 'sostac',
        period,
        channels: [{ name: 'SEO', budget: AMOUNT_MAX }],
        objectives: [{ category: 'sell', kpi: 'revenue', baseline: -AMOUNT_MAX, target: 1e15 }],
        actuals: { revenue: { '2027-01': AMOUNT_MAX } },
      },
      { today: TODAY },
    );
    expect(result.ok && result.plan.channels[0].budget).toBe(1e15);
  });

  it('refuses numbers too small to write in plain decimals', () => {
    expect(errorsOf({ framework: 'sostac', tolerance: 1e-9 })).toEqual([
      'tolerance: tolerance must be 0 or at least 0.000001 in size, got 1e-9',
    ]);
    expect(
      errorsOf({ framework: 'sostac', period, actuals: { cost: { '2027-01': -1e-7 } } }),
    ).toEqual([
      'actuals.cost.2027-01: an actual must be 0 or at least 0.000001 in size, got -1e-7',
    ]);
  });

  it('says what 1e999 is rather than "null"', () => {
    expect(errorsOf(JSON.parse('{"framework":"sostac","period":{"weeks":1e999}}'))).toEqual([
      'period.weeks: not a number a spreadsheet can hold: Infinity',
    ]);
  });
});

describe('dates spreadsheets hold', () => {
  it('refuses dates before 1900-03-01', () => {
    expect(errorsOf({ framework: 'sostac', period: { start: '1900-02-28' } })).toEqual([
      'period.start: 1900-02-28 is outside the dates spreadsheets hold alike (1900-03-01 to 9999-12-31)',
    ]);
    expect(errorsOf({ framework: 'sostac', period, reportDate: '0001-01-01' })[0]).toMatch(
      /^reportDate: 0001-01-01 is outside/,
    );
  });

  it('accepts a plan from 1900-03-01 and one that ends on 9999-12-31', () => {
    expect(errorsOf({ framework: 'sostac', period: { start: '1900-03-01', weeks: 4 } })).toEqual(
      [],
    );
    expect(
      errorsOf({ framework: 'sostac', period: { start: '9999-12-25', weeks: 1 }, tasks: [] }),
    ).toEqual([]);
  });

  it('refuses a plan that would end after 9999-12-31', () => {
    expect(errorsOf({ framework: 'sostac', period: { start: '9999-12-31' } })).toEqual([
      'period.start: the plan would end after 9999-12-31, the last date spreadsheets hold; start it earlier or shorten period.weeks',
    ]);
  });

  it.each(['sostac', 'race', 'aisas'])(
    'fits the %s default schedule into a plan that ends on 9999-12-31',
    (framework) => {
      for (const [start, weeks] of [
        ['9999-12-25', 1],
        ['9999-10-09', 12],
      ] as const) {
        const result = validatePlan({ framework, period: { start, weeks } }, { today: TODAY });
        expect(result.ok && result.warnings).toEqual([]);
      }
    },
  );

  const longChain = (start: string) =>
    Array.from({ length: 2000 }, (_, i) => ({
      id: `T${i + 1}`,
      name: `Task ${i + 1}`,
      stage: 'action',
      days: 1000,
      lag: 260,
      ...(i === 0 ? { start } : { dependsOn: `T${i}` }),
    }));

  it('refuses a chain of tasks that would end thousands of years later, once', () => {
    const errors = errorsOf({ framework: 'sostac', period, tasks: longChain('2027-01-04') });
    expect(errors).toEqual([
      'tasks[0]: T1 would end on 2030-11-01, more than 3 years after the plan ends (2027-07-04); shorten the tasks before it or lengthen period.weeks',
    ]);
  });

  it('refuses a task more than three years after the plan, and takes one within', () => {
    const plan = (days: number) => ({
      framework: 'sostac',
      period: { start: '2027-01-04', weeks: 1 },
      tasks: [{ id: 'T1', name: 'x', stage: 'action', start: '2027-01-04', days }],
    });
    // 2027-01-10 + 3 years (1,096 days) is 2030-01-10: 789 working days end on Thursday 10th.
    expect(errorsOf(plan(789))).toEqual([]);
    expect(errorsOf(plan(790))).toEqual([
      'tasks[0]: T1 would end on 2030-01-11, more than 3 years after the plan ends (2027-01-10); shorten the tasks before it or lengthen period.weeks',
    ]);
  });

  it('refuses a chain that would run past 9999-12-31', () => {
    const errors = errorsOf({
      framework: 'sostac',
      period: { start: '9998-01-05', weeks: 52 },
      tasks: longChain('9998-01-05').map((t) => ({ ...t, days: 300 })),
    });
    expect(errors).toEqual([expect.stringMatching(/^tasks\[1\]: T2 would end after 9999-12-31/)]);
  });

  it('refuses a buffer that runs past 9999-12-31', () => {
    const tasks = [{ id: 'T1', name: 'x', stage: 'action', start: '9999-12-27', buffer: 5 }];
    expect(
      errorsOf({ framework: 'sostac', period: { start: '9999-12-25', weeks: 1 }, tasks }),
    ).toEqual([expect.stringMatching(/^tasks\[0\]: T1 would end after 9999-12-31/)]);
  });
});

describe('tasks after the plan ends', () => {
  const chain = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `T${i + 1}`,
      name: `Task ${i + 1}`,
      stage: 'action',
      days: 5,
      ...(i === 0 ? { start: '2027-01-04' } : { dependsOn: `T${i}` }),
    }));

  it('are kept and named in a warning', () => {
    expect(
      warningsOf({
        framework: 'sostac',
        period: { start: '2027-01-04', weeks: 2 },
        tasks: chain(3),
      }),
    ).toEqual([
      'tasks[2]: T3 ends on 2027-01-22, after the plan ends (2027-01-17), so the Gantt does not show all of it; lengthen period.weeks or shorten the tasks before it',
    ]);
  });

  it('are named up to ten, then counted', () => {
    const warnings = warningsOf({
      framework: 'sostac',
      period: { start: '2027-01-04', weeks: 1 },
      tasks: chain(13),
    });
    expect(warnings).toHaveLength(11);
    expect(warnings[10]).toBe('tasks: 2 more tasks end after the plan ends');
  });

  it('give no warning when every task fits', () => {
    expect(warningsOf({ framework: 'sostac', period, tasks: chain(3) })).toEqual([]);
  });
});

describe('lists', () => {
  it('refuses null among objectives as among channels and tasks', () => {
    expect(
      errorsOf({ framework: 'sostac', objectives: [null], channels: [null], tasks: [null] }),
    ).toEqual([
      'channels[0]: expected an object',
      'objectives[0]: expected an object',
      'tasks[0]: expected an object',
    ]);
  });
});

describe('the limits', () => {
  it('are stated in the README and in --help as validation enforces them', () => {
    const readme = readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const words = (text: string) => text.replace(/\s+/g, ' ');
    expect(words(readme)).toContain(words(LIMITS_TEXT));
    expect(USAGE).toContain(LIMITS_TEXT);
  });
});
