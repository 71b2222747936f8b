import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { formatPlanError, type PlanInput } from '../../../core/plan/types';
import { validatePlan } from '../../../core/plan/validate';
import { TODAY, planOf, serial } from '../../helpers';

function errorsOf(input: unknown): string[] {
  const result = validatePlan(input, { today: TODAY });
  return result.ok ? [] : result.errors.map(formatPlanError);
}

const task = (extra: Record<string, unknown> = {}) => ({
  id: 'T1',
  name: 'Keyword research',
  stage: 'tactics',
  start: '2027-01-04',
  days: 5,
  ...extra,
});

const base: PlanInput = { framework: 'sostac', period: { start: '2027-01-04', weeks: 26 } };

describe('validatePlan', () => {
  it('accepts the sample plan and the minimal one', () => {
    expect(errorsOf(SAMPLE_PLAN)).toEqual([]);
    expect(errorsOf({ framework: 'sostac' })).toEqual([]);
  });

  it('fills every default from the framework and the clock', () => {
    const plan = planOf({ framework: 'sostac' }, serial('2027-01-02')); // a Saturday
    expect(plan.start).toBe(serial('2027-01-04'));
    expect(plan.weeks).toBe(26);
    expect(plan.end).toBe(serial('2027-07-04'));
    expect(plan.language).toBe('en');
    expect(plan.business).toEqual({ name: 'My business', currency: 'USD' });
    expect(plan.timeline).toBe('week');
    expect(plan.reportDate).toBe(plan.start);
    expect(plan.tolerance).toBe(0.1);
    expect(plan.channels.map((c) => c.name)).toEqual(['SEO', 'PPC', 'Social', 'Email', 'Content']);
    expect(plan.objectives.map((o) => o.category)).toEqual([
      'sell',
      'serve',
      'speak',
      'save',
      'sizzle',
    ]);
    expect(plan.objectives.every((o) => o.target === null && o.deadline === plan.end)).toBe(true);
    expect(plan.tasks.length).toBeGreaterThanOrEqual(10);
    expect(plan.tasks[0]).toMatchObject({
      id: 'T1',
      name: 'Channel audit and analytics review',
      start: plan.start,
    });
  });

  it('rejects what is not a plan', () => {
    expect(errorsOf(null)).toEqual([
      'plan: expected a JSON object with at least a "framework" field',
    ]);
    expect(errorsOf([])).toHaveLength(1);
  });

  it('requires a known framework, language and timeline', () => {
    expect(errorsOf({})).toEqual(['framework: required (one of: sostac, race, aisas)']);
    expect(errorsOf({ framework: 'swot' })).toEqual([
      'framework: unknown framework "swot" (expected one of: sostac, race, aisas)',
    ]);
    expect(errorsOf({ framework: 'sostac', language: 'xx' })[0]).toMatch(
      /^language: unknown value "xx"/,
    );
    expect(errorsOf({ framework: 'sostac', timeline: 'year' })[0]).toMatch(
      /^timeline: unknown value "year"/,
    );
  });

  it('names unknown fields (a typo is not silently ignored)', () => {
    expect(errorsOf({ framework: 'sostac', budgte: 5 })[0]).toMatch(/^budgte: unknown field/);
    expect(errorsOf({ framework: 'sostac', tasks: [task({ owenr: 'x' })] })[0]).toMatch(
      /^tasks\[0\]\.owenr: unknown field/,
    );
  });

  it('checks the business, currency and period', () => {
    expect(errorsOf({ framework: 'sostac', business: { currency: 'dong' } })).toEqual([
      'business.currency: too long (4 characters; at most 3)',
    ]);
    expect(errorsOf({ framework: 'sostac', business: { currency: 'usd' } })[0]).toMatch(/ISO 4217/);
    expect(errorsOf({ framework: 'sostac', business: { name: '  ' } })).toEqual([
      'business.name: required',
    ]);
    expect(errorsOf({ framework: 'sostac', business: { name: 'A\u0001B' } })[0]).toMatch(
      /^business\.name: contains the control character U\+0001 at character 2/,
    );
    expect(errorsOf({ framework: 'sostac', period: { start: '2027-02-30' } })).toEqual([
      'period.start: not a date (expected YYYY-MM-DD), got "2027-02-30"',
    ]);
    expect(errorsOf({ framework: 'sostac', period: { weeks: 0 } })[0]).toMatch(
      /^period\.weeks: .* at least 1/,
    );
    expect(errorsOf({ framework: 'sostac', period: { weeks: 157 } })[0]).toMatch(
      /^period\.weeks: .*3 years.* at most 156/,
    );
    expect(errorsOf({ framework: 'sostac', period: { weeks: 2.5 } })[0]).toMatch(/whole number/);
  });

  it('checks the report date and the tolerance', () => {
    expect(errorsOf({ ...base, reportDate: '01/03/2027' })[0]).toMatch(/^reportDate: not a date/);
    expect(errorsOf({ ...base, tolerance: 1 })[0]).toMatch(/^tolerance: tolerance must be below 1/);
    expect(errorsOf({ ...base, tolerance: -0.1 })[0]).toMatch(/^tolerance: .* at least 0/);
  });

  it('checks channels: names, duplicates, negative budgets', () => {
    const errors = errorsOf({
      ...base,
      channels: [{ name: 'SEO', budget: -5 }, { name: 'SEO' }, { budget: 3 }],
    });
    expect(errors).toEqual([
      'channels[0].budget: a budget must be at least 0, got -5',
      'channels[1].name: "SEO" is listed twice',
      'channels[2].name: required',
    ]);
  });

  it('checks objectives: 5S category, known KPI, numbers, deadline after the start', () => {
    const errors = errorsOf({
      ...base,
      objectives: [
        { category: 'grow', kpi: 'revenue' },
        { category: 'sell', kpi: 'likes' },
        { category: 'sell', kpi: 'revenue', target: 'lots' },
        { category: 'sell', kpi: 'revenue', deadline: '2026-12-31' },
      ],
    });
    expect(errors).toEqual([
      'objectives[0].category: unknown value "grow" (expected one of: sell, serve, speak, save, sizzle)',
      'objectives[1].kpi: unknown KPI "likes" (see the README\'s KPI list)',
      'objectives[2].target: not a number: "lots"',
      'objectives[3].deadline: ends before the plan starts (2027-01-04)',
    ]);
    expect(
      errorsOf({
        ...base,
        objectives: [{ category: 'sell', kpi: 'revenue', deadline: '2027-07-05' }],
      }),
    ).toEqual([
      'objectives[0].deadline: after the plan ends (2027-07-04); lengthen period.weeks or bring the deadline forward',
    ]);
  });

  it('keeps channel names usable as spreadsheet criteria', () => {
    const errors = errorsOf({
      ...base,
      channels: [
        { name: '=PPC' },
        { name: 'Ads*' },
        { name: 'SEO' },
        { name: 'seo' },
        { name: 'A-B test' },
      ],
      tasks: [task({ channel: '>Email' })],
    });
    expect(errors).toEqual([
      'channels[0].name: "=PPC" cannot start with = < > or contain * ? ~ (spreadsheets read them as operators)',
      'channels[1].name: "Ads*" cannot start with = < > or contain * ? ~ (spreadsheets read them as operators)',
      'channels[3].name: "seo" is listed twice',
      'tasks[0].channel: ">Email" cannot start with = < > or contain * ? ~ (spreadsheets read them as operators)',
    ]);
    const plan = planOf({
      ...base,
      channels: [{ name: 'SEO' }],
      tasks: [task({ channel: 'seo' })],
    });
    expect(plan.channels.map((c) => c.name)).toEqual(['SEO']);
  });

  it('checks tasks: dates, stage, numbers and progress', () => {
    const errors = errorsOf({
      ...base,
      tasks: [
        task({ start: '2027-13-01' }),
        task({ id: 'T2', stage: 'launch' }),
        task({ id: 'T3', days: -1 }),
        task({ id: 'T4', budget: -100 }),
        task({ id: 'T5', progress: 1.5 }),
        task({ id: 'T6', start: '2027-01-09' }),
        task({ id: 'T7', start: '2026-12-01' }),
      ],
    });
    expect(errors).toEqual([
      'tasks[0].start: not a date (expected YYYY-MM-DD), got "2027-13-01"',
      'tasks[1].stage: unknown value "launch" (expected one of: situation, objectives, strategy, tactics, action, control)',
      'tasks[2].days: days must be at least 0, got -1',
      'tasks[3].budget: a budget must be at least 0, got -100',
      'tasks[4].progress: progress must be at most 1, got 1.5',
      'tasks[5].start: 2027-01-09 is a weekend day; tasks start on a working day (Mon–Fri)',
      'tasks[6].start: outside the plan period (2027-01-04 to 2027-07-04)',
    ]);
  });

  it('checks dependencies: missing, self, duplicates, both start and dependsOn, cycles', () => {
    expect(errorsOf({ ...base, tasks: [task({ dependsOn: 'T9', start: undefined })] })).toEqual([
      'tasks[0].dependsOn: no task has the id "T9"',
    ]);
    expect(errorsOf({ ...base, tasks: [task({ dependsOn: 'T1', start: undefined })] })).toEqual([
      'tasks[0].dependsOn: a task cannot depend on itself',
    ]);
    expect(errorsOf({ ...base, tasks: [task(), task()] })).toEqual([
      'tasks[1].id: "T1" is used by another task',
    ]);
    expect(errorsOf({ ...base, tasks: [task(), task({ id: 'T2', dependsOn: 'T1' })] })[0]).toMatch(
      /^tasks\[1\]\.start: set either start or dependsOn, not both/,
    );
    const cycle = [
      task({ id: 'A', start: undefined, dependsOn: 'C' }),
      task({ id: 'B', start: undefined, dependsOn: 'A' }),
      task({ id: 'C', start: undefined, dependsOn: 'B' }),
    ];
    expect(errorsOf({ ...base, tasks: cycle })).toEqual([
      'tasks[0].dependsOn: dependency cycle: A → C → B → A',
    ]);
  });

  it('limits the plan to 2,000 tasks', () => {
    const tasks = Array.from({ length: 2001 }, (_, i) => task({ id: `T${i}` }));
    expect(errorsOf({ ...base, tasks })).toEqual(['tasks: 2001 tasks; a plan holds at most 2,000']);
  });

  it('checks actuals: metric, month and number', () => {
    const errors = errorsOf({
      ...base,
      actuals: {
        likes: { '2027-01': 1 },
        sessions: { '2027-1': 5, '2028-01': 4, '2027-02': 'many' },
      },
    });
    expect(errors).toEqual([
      expect.stringMatching(/^actuals\.likes: unknown metric/),
      'actuals.sessions.2027-1: not a month (expected YYYY-MM)',
      'actuals.sessions.2028-01: outside the plan (2027-01 to 2027-07)',
      'actuals.sessions.2027-02: not a number: "many"',
    ]);
  });

  it('returns every problem at once', () => {
    const errors = errorsOf({
      framework: 'nope',
      timeline: 'year',
      tolerance: 2,
      tasks: [task({ days: 'x' })],
    });
    expect(errors).toEqual([
      'framework: unknown framework "nope" (expected one of: sostac, race, aisas)',
      'timeline: unknown value "year" (expected one of: day, week, month)',
      'tolerance: tolerance must be below 1, got 2',
      'tasks[0].days: not a number: "x"',
    ]);
  });

  it('adds channels that tasks name but the plan does not list', () => {
    const plan = planOf({
      ...base,
      channels: [{ name: 'SEO', budget: 10 }],
      tasks: [task({ channel: 'TikTok' })],
    });
    expect(plan.channels).toEqual([
      { name: 'SEO', budget: 10 },
      { name: 'TikTok', budget: 0 },
    ]);
  });
});
