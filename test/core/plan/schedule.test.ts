import { WorkCalendar } from '../../../core/plan/calendar';
import { formatLinks, readLink } from '../../../core/plan/links';
import { orderTasks, schedule, taskEnd } from '../../../core/plan/schedule';
import { planOf, serial } from '../../helpers';
import { GOLDEN, criticalPath, day, iso } from '../../schedules';

const STANDARD = WorkCalendar.STANDARD;

describe('the working calendar', () => {
  it('computes WORKDAY.INTL and NETWORKDAYS.INTL over any week and holidays', () => {
    // Iran: Friday off; 20 March a holiday.
    const iran = new WorkCalendar('0000100', [serial('2027-03-20')]);
    expect(iso(iran.workday(serial('2027-03-18'), 1))).toBe('2027-03-21');
    expect(iso(iran.workday(serial('2027-03-21'), -1))).toBe('2027-03-18');
    expect(iran.networkdays(serial('2027-03-18'), serial('2027-03-22'))).toBe(3);
    expect(iran.networkdays(serial('2027-03-22'), serial('2027-03-18'))).toBe(-3);
    expect(iso(iran.nextWorkingDay(serial('2027-03-19')))).toBe('2027-03-21');
    expect(() => new WorkCalendar('1111111')).toThrow(/working week/);
  });

  it('ends a task on its N-th working day and a milestone where it starts', () => {
    expect(taskEnd(STANDARD, serial('2027-01-04'), 5)).toBe(serial('2027-01-08'));
    expect(taskEnd(STANDARD, serial('2027-01-07'), 3)).toBe(serial('2027-01-11'));
    expect(taskEnd(STANDARD, serial('2027-01-07'), 0)).toBe(serial('2027-01-07'));
  });
});

describe('links', () => {
  const known = new Set(['T3', 'T5', 'T3FS']);
  it('reads the short form project tools use', () => {
    expect(readLink('T3', known)).toEqual({ ok: true, link: { id: 'T3', type: 'FS', lag: 0 } });
    expect(readLink(' T3FS+2 ', known)).toEqual({
      ok: true,
      link: { id: 'T3', type: 'FS', lag: 2 },
    });
    expect(readLink('T5 ss', known)).toEqual({ ok: true, link: { id: 'T5', type: 'SS', lag: 0 } });
    expect(readLink('T5FF-3d', known)).toEqual({
      ok: true,
      link: { id: 'T5', type: 'FF', lag: -3 },
    });
    expect(readLink('T5SF−1', known)).toEqual({
      ok: true,
      link: { id: 'T5', type: 'SF', lag: -1 },
    });
    // A known id wins over reading its end as a type.
    expect(readLink('T3FS', known)).toEqual({
      ok: true,
      link: { id: 'T3FS', type: 'FS', lag: 0 },
    });
    expect(readLink('', known)).toEqual({ ok: false, problem: 'empty' });
    expect(readLink('SS+2', known)).toEqual({ ok: false, problem: 'form' });
  });

  it('writes them back in the short form', () => {
    expect(
      formatLinks([
        { id: 'T3', type: 'FS', lag: 2 },
        { id: 'T5', type: 'SS', lag: 0 },
        { id: 'T1', type: 'FS', lag: 0 },
        { id: 'T2', type: 'FF', lag: -1 },
      ]),
    ).toBe('T3FS+2, T5SS, T1, T2FF-1');
  });
});

describe('schedule', () => {
  it.each(GOLDEN.map((c) => [c.name, c] as const))('%s: the dates checked by hand', (_, c) => {
    const plan = planOf(c.input);
    const got = plan.tasks.map((t) => ({
      id: t.id,
      start: iso(t.start),
      end: iso(t.end),
      slack: t.slack,
    }));
    expect(got).toEqual(c.expected);
  });

  it.each(GOLDEN.map((c) => [c.name, c] as const))(
    '%s: agrees with an independent forward and backward pass',
    (_, c) => {
      const plan = planOf(c.input);
      const cal = WorkCalendar.of(plan);
      const ordered = orderTasks(plan.tasks);
      if (!('order' in ordered)) throw new Error('cycle');
      const pass = criticalPath(
        ordered.order,
        (d) => cal.isWorkingDay(d),
        plan.start,
        plan.end + 400,
      );
      for (const t of plan.tasks) {
        expect({ id: t.id, ...pass.get(t.id) }).toEqual({
          id: t.id,
          start: t.start,
          end: t.end,
          slack: t.slack,
        });
      }
    },
  );

  it('puts the whole chain on the critical path when nothing constrains it', () => {
    const plan = planOf({
      framework: 'race',
      period: { start: '2027-01-04', weeks: 8 },
      tasks: [
        { id: 'A', name: 'A', stage: 'plan', start: '2027-01-04', days: 3 },
        { id: 'B', name: 'B', stage: 'plan', dependsOn: 'A', days: 2 },
        { id: 'C', name: 'C', stage: 'plan', start: '2027-01-04', days: 1 },
      ],
    });
    expect(plan.tasks.map((t) => [t.id, t.slack])).toEqual([
      ['A', 0],
      ['B', 0],
      ['C', 4],
    ]);
  });

  it('schedules a 2,000-task chain with links of every type without deep recursion', () => {
    const types = ['FS', 'SS', 'FF', 'SF'] as const;
    const tasks = Array.from({ length: 2000 }, (_, i) => ({
      id: `T${i}`,
      notBefore: i === 0 ? serial('2027-01-04') : null,
      days: 1 + (i % 3),
      links: i === 0 ? [] : [{ id: `T${i - 1}`, type: types[i % 4], lag: (i % 5) - 1 }],
    })).reverse();
    const done = schedule(tasks, STANDARD);
    const ordered = orderTasks(tasks);
    if (!('order' in ordered)) throw new Error('cycle');
    const pass = criticalPath(
      ordered.order,
      (d) => STANDARD.isWorkingDay(d),
      day('2026-12-01'),
      day('2040-01-01'),
    );
    expect(
      done.every((t) => pass.get(t.id)?.end === t.end && pass.get(t.id)?.slack === t.slack),
    ).toBe(true);
    expect(done[0].id).toBe('T1999');
  });

  it('finds cycles through any link', () => {
    const t = (id: string, ...preds: string[]) => ({
      id,
      notBefore: 1,
      days: 1,
      links: preds.map((p) => ({ id: p, type: 'SS' as const, lag: 0 })),
    });
    expect(orderTasks([t('A'), t('B', 'A')])).toHaveProperty('order');
    expect(orderTasks([t('A', 'B'), t('B', 'A')])).toEqual({ cycle: ['A', 'B', 'A'] });
    expect(orderTasks([t('X', 'A'), t('A', 'C', 'B'), t('B', 'A'), t('C')])).toEqual({
      cycle: ['A', 'B', 'A'],
    });
  });
});
