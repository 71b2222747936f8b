import { publicHolidays } from '../../../core/holidays/public-holidays';
import { isoDate } from '../../../core/dates/serial';
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
    expect(plan.business).toEqual({ name: 'My business', currency: 'USD', country: '' });
    expect([plan.weekend, plan.holidays]).toEqual(['0000011', []]);
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
        task({ id: 'T8', internalLead: -2 }),
      ],
    });
    expect(errors).toEqual([
      'tasks[0].start: not a date (expected YYYY-MM-DD), got "2027-13-01"',
      'tasks[1].stage: unknown value "launch" (expected one of: situation, objectives, strategy, tactics, action, control)',
      'tasks[2].days: days must be at least 0, got -1',
      'tasks[3].budget: a budget must be at least 0, got -100',
      'tasks[4].progress: progress must be at most 1, got 1.5',
      "tasks[5].start: 2027-01-09 is a day off in the plan's calendar (weekend or holiday); start the task on a working day such as 2027-01-11",
      'tasks[6].start: outside the plan period (2027-01-04 to 2027-07-04)',
      'tasks[7].internalLead: internal lead must be at least 0, got -2',
    ]);
  });

  it('checks links: missing, self, duplicates, form, lags, leads before the plan, cycles', () => {
    expect(errorsOf({ ...base, tasks: [task({ dependsOn: 'T9', start: undefined })] })).toEqual([
      'tasks[0].dependsOn: no task has the id "T9"',
    ]);
    expect(errorsOf({ ...base, tasks: [task({ dependsOn: 'T1', start: undefined })] })).toEqual([
      'tasks[0].dependsOn: a task cannot depend on itself',
    ]);
    expect(errorsOf({ ...base, tasks: [task(), task()] })).toEqual([
      'tasks[1].id: "T1" is used by another task',
    ]);
    expect(
      errorsOf({
        ...base,
        tasks: [
          task(),
          task({ id: 'T2', start: undefined, dependsOn: ['T1', { id: 'T1', type: 'SS' }] }),
          task({ id: 'T3', start: undefined, dependsOn: 'T1FS+300, , SS' }),
          task({ id: 'T4', start: undefined, dependsOn: [{ id: 'T1', type: 'XX', lag: 1.5 }] }),
        ],
      }),
    ).toEqual([
      'tasks[3].dependsOn[0].type: unknown value "XX" (expected one of: FS, SS, FF, SF)',
      'tasks[3].dependsOn[0].lag: lag must be a whole number, got 1.5',
      'tasks[1].dependsOn[1]: it already follows T1; give each predecessor one link',
      'tasks[2].dependsOn: a lag of 300 working days; at most 260 either way',
      'tasks[2].dependsOn: an empty link; write a task id such as T3 or T3FS+2',
      'tasks[2].dependsOn: not a link; write a task id, then optionally FS, SS, FF or SF and a lag such as +2 or -1 (T3FS+2)',
    ]);
    // Three working days before T1's start is before the plan's.
    expect(
      errorsOf({
        ...base,
        tasks: [task(), task({ id: 'T2', start: undefined, dependsOn: 'T1SS-3' })],
      }),
    ).toEqual([
      'tasks[1].dependsOn: its links start it on 2026-12-30, before the plan starts (2027-01-04); shorten the lead or move its predecessors later',
    ]);
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
      'actuals.sessions.2027-1: not a month (expected YYYY-MM), got "2027-1"',
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
      { name: 'SEO', kind: 'earned', budget: 10, targets: {} },
      { name: 'TikTok', kind: 'owned', budget: 0, targets: {} },
    ]);
  });
});

describe('results by channel', () => {
  const channels = [{ name: 'PPC', budget: 1000 }, { name: 'SEO' }];
  const planWith = (extra: Record<string, unknown>) => ({ ...base, channels, tasks: [], ...extra });

  it('merges actuals (no channel) and rows by channel into one result per month and channel', () => {
    const plan = planOf(
      planWith({
        actuals: { orders: { '2027-01': 40 } },
        channelResults: [
          { month: '2027-01', channel: 'ppc', clicks: 300, media_spend: 120 },
          { month: '2027-01', sessions: 900 },
          { month: '2027-02', channel: 'SEO', sessions: 500 },
        ],
      }),
    );
    expect(plan.results).toEqual([
      { month: '2027-01', channel: '', values: { orders: 40, sessions: 900 } },
      { month: '2027-01', channel: 'PPC', values: { clicks: 300, media_spend: 120 } },
      { month: '2027-02', channel: 'SEO', values: { sessions: 500 } },
    ]);
  });

  it('names the field of a month outside the plan, an unknown metric, a bad value', () => {
    expect(
      errorsOf(
        planWith({
          channelResults: [
            { month: '2028-01', channel: 'PPC', clicks: 1 },
            { channel: 'PPC', clicks: 1 },
            { month: '2027-02', channel: 'PPC', likes: 3, clicks: -1e20 },
            null,
          ],
        }),
      ),
    ).toEqual([
      'channelResults[0].month: outside the plan (2027-01 to 2027-07)',
      'channelResults[1].month: required (YYYY-MM)',
      expect.stringMatching(
        /^channelResults\[2\]\.likes: unknown metric \(expected one of: impressions/,
      ),
      'channelResults[2].clicks: an actual must be at least -1,000,000,000,000,000, got -100000000000000000000',
      'channelResults[3]: expected an object',
    ]);
  });

  it('names an unknown channel, and a value given twice for a month and channel', () => {
    expect(
      errorsOf(
        planWith({
          actuals: { sessions: { '2027-01': 5 } },
          channelResults: [
            { month: '2027-01', channel: 'TikTok', clicks: 1 },
            { month: '2027-01', sessions: 7 },
            { month: '2027-02', channel: 'PPC', clicks: 1 },
            { month: '2027-02', channel: 'ppc', clicks: 2 },
          ],
        }),
      ),
    ).toEqual([
      'channelResults[0].channel: unknown channel "TikTok" (the plan\'s channels: PPC, SEO)',
      'channelResults[1]: sessions for 2027-01 is given twice',
      'channelResults[3]: clicks for 2027-02 on PPC is given twice',
    ]);
  });

  it('reads a plan’s old single cost as media spend, and says so', () => {
    const result = validatePlan(planWith({ actuals: { cost: { '2027-01': 900 } } }), {
      today: TODAY,
    });
    if (!result.ok) throw new Error('expected a plan');
    expect(result.plan.results).toEqual([
      { month: '2027-01', channel: '', values: { media_spend: 900 } },
    ]);
    expect(result.warnings.map(formatPlanError)).toEqual([
      'actuals.cost: cost now comes in two parts: this is read as media_spend (what ad platforms charge); put agency, tools and production in other_cost',
    ]);
    expect(
      errorsOf(planWith({ actuals: { cost: { '2027-01': 1 }, media_spend: { '2027-01': 2 } } })),
    ).toEqual([
      'actuals.media_spend.2027-01: media_spend for 2027-01 is given twice (cost is read as media_spend)',
    ]);
  });

  it('checks channel targets, economics and seasonality weights', () => {
    expect(
      errorsOf({
        ...base,
        channels: [{ name: 'PPC', targets: { cpa: 20, roas: -1, ctr: 0.1 } }],
        economics: { grossMargin: 1.5, lifespanYears: 2, churn: 1 },
        objectives: [
          {
            category: 'sell',
            kpi: 'revenue',
            phasing: { '2027-02': 2, '2026-12': 1, '2027-03': 'x' },
          },
        ],
      }),
    ).toEqual([
      expect.stringMatching(
        /^channels\[0\]\.targets\.ctr: unknown field \(expected one of: clicks/,
      ),
      'channels[0].targets.roas: a target must be at least 0, got -1',
      "objectives[0].phasing.2026-12: outside the objective's period (2027-01 to 2027-07)",
      'objectives[0].phasing.2027-03: not a number: "x"',
      'economics.churn: unknown field (expected one of: grossMargin, purchasesPerYear, lifespanYears)',
      'economics.grossMargin: the gross margin (a share of revenue, 0 to 1) must be at most 1, got 1.5',
    ]);
    const plan = planOf({
      ...base,
      channels: [{ name: 'PPC', targets: { cpa: 20 } }],
      economics: { grossMargin: 0.4 },
      objectives: [{ category: 'sell', kpi: 'revenue', phasing: { '2027-02': 2 } }],
    });
    expect(plan.channels[0].targets).toEqual({ cpa: 20 });
    expect(plan.economics).toEqual({ grossMargin: 0.4 });
    expect(plan.objectives[0].phasing).toEqual({ '2027-02': 2 });
  });
});

describe('the working calendar of a plan', () => {
  const base = { framework: 'sostac', period: { start: '2027-01-04', weeks: 26 } };

  it('takes a country’s working week and public holidays, and a start given with links as a constraint', () => {
    const result = validatePlan(
      {
        ...base,
        business: { country: 'ir' },
        tasks: [
          { id: 'A', name: 'A', stage: 'action', start: '2027-01-04', days: 1 },
          { id: 'B', name: 'B', stage: 'action', dependsOn: 'A', start: '2027-01-15', days: 1 },
        ],
      },
      { today: TODAY, holidays: publicHolidays },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { plan } = result;
    expect(plan.business.country).toBe('IR');
    expect(plan.weekend).toBe('0000100'); // Friday off
    const nowruz = plan.holidays.filter((h) => h.name === 'Nowruz').map((h) => isoDate(h.date));
    expect(nowruz.slice(0, 2)).toEqual(['2027-03-21', '2027-03-22']);
    // 15 January 2027 is a Friday: B starts on the next working day, a Saturday in Iran.
    expect(isoDate(plan.tasks[1].start)).toBe('2027-01-16');
  });

  it('lets the input’s week and holidays win over the country’s', () => {
    const result = validatePlan(
      {
        ...base,
        business: { country: 'VN' },
        workingDays: ['Mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
        holidays: ['2027-01-05', { date: '2027-01-06', name: 'Team offsite' }],
      },
      { today: TODAY, holidays: publicHolidays },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.plan.weekend).toBe('0000001');
    expect(result.plan.holidays).toEqual([
      { date: serial('2027-01-05'), name: '' },
      { date: serial('2027-01-06'), name: 'Team offsite' },
    ]);
  });

  it('names the field of a bad country, week or holiday', () => {
    expect(
      errorsOf({
        ...base,
        business: { country: 'XX' },
        workingDays: ['mon', 'funday', 'mon'],
        holidays: ['2027-02-30', { name: 'Tết' }],
      }),
    ).toEqual([
      'business.country: "XX" is not a country planbook knows; use its two-letter ISO code, such as VN, IR or CN',
      'workingDays[1]: unknown value "funday" (expected one of: mon, tue, wed, thu, fri, sat, sun)',
      'workingDays[2]: "mon" is listed twice',
      'holidays[0]: not a date (expected YYYY-MM-DD), got "2027-02-30"',
      'holidays[1].date: required',
    ]);
    expect(errorsOf({ ...base, workingDays: [] })).toEqual([
      'workingDays: no working day; list at least one weekday (mon … sun)',
    ]);
  });
});
