import { isoDate, parseIsoDate } from '../../../core/kpi/serial';
import {
  dayOfWeek,
  monthKey,
  monthsBetween,
  nextWorkingDay,
  workday,
} from '../../../core/plan/dates';
import { findCycle, followerStart, schedule, taskEnd } from '../../../core/plan/schedule';
import { serial } from '../../helpers';

describe('dates', () => {
  it('converts ISO dates to 1900-system serials and back', () => {
    expect(parseIsoDate('2026-01-01')).toBe(46023);
    expect(parseIsoDate('1900-03-01')).toBe(61);
    expect(isoDate(46053)).toBe('2026-01-31');
    expect(parseIsoDate('2027-02-29')).toBeNull();
    expect(parseIsoDate('2028-02-29')).toBe(serial('2028-03-01') - 1);
    expect(parseIsoDate('2027-1-05')).toBeNull();
  });

  it('takes years below 100 as written, not as 19xx', () => {
    expect(isoDate(parseIsoDate('0001-01-01') as number)).toBe('0001-01-01');
    expect(parseIsoDate('0099-12-31')).toBeLessThan(parseIsoDate('1900-01-01') as number);
  });

  it('knows weekdays and working days', () => {
    expect(dayOfWeek(serial('2027-01-04'))).toBe(1); // Monday
    expect(nextWorkingDay(serial('2027-01-02'))).toBe(serial('2027-01-04'));
    expect(workday(serial('2027-01-08'), 1)).toBe(serial('2027-01-11')); // Fri + 1 → Mon
    expect(workday(serial('2027-01-04'), 4)).toBe(serial('2027-01-08'));
    expect(workday(serial('2027-01-11'), -1)).toBe(serial('2027-01-08'));
    expect(workday(serial('2027-01-09'), 0)).toBe(serial('2027-01-09'));
  });

  it('lists the calendar months a period touches', () => {
    const months = monthsBetween(serial('2027-01-04'), serial('2027-03-01'));
    expect(months.map(isoDate)).toEqual(['2027-01-01', '2027-02-01', '2027-03-01']);
    expect(monthKey(serial('2027-12-31'))).toBe('2027-12');
  });
});

describe('schedule', () => {
  it('ends a task on its N-th working day and a milestone where it starts', () => {
    expect(taskEnd(serial('2027-01-04'), 5)).toBe(serial('2027-01-08'));
    expect(taskEnd(serial('2027-01-07'), 3)).toBe(serial('2027-01-11'));
    expect(taskEnd(serial('2027-01-07'), 0)).toBe(serial('2027-01-07'));
    expect(followerStart(serial('2027-01-08'), 0)).toBe(serial('2027-01-11'));
    expect(followerStart(serial('2027-01-08'), 2)).toBe(serial('2027-01-13'));
  });

  it('schedules chains in order, whatever order they are listed in', () => {
    const tasks = [
      { id: 'C', fixedStart: null, days: 1, dependsOn: 'B', lag: 0 },
      { id: 'B', fixedStart: null, days: 2, dependsOn: 'A', lag: 1 },
      { id: 'A', fixedStart: serial('2027-01-04'), days: 5, dependsOn: null, lag: 0 },
    ];
    const byId = Object.fromEntries(
      schedule(tasks).map((t) => [t.id, [isoDate(t.start), isoDate(t.end)]]),
    );
    expect(byId).toEqual({
      A: ['2027-01-04', '2027-01-08'],
      B: ['2027-01-12', '2027-01-13'],
      C: ['2027-01-14', '2027-01-14'],
    });
  });

  it('schedules a 2,000-task chain without deep recursion', () => {
    const tasks = Array.from({ length: 2000 }, (_, i) => ({
      id: `T${i}`,
      fixedStart: i === 0 ? serial('2027-01-04') : null,
      days: 1,
      dependsOn: i === 0 ? null : `T${i - 1}`,
      lag: 0,
    })).reverse();
    const last = schedule(tasks)[0];
    expect(last.id).toBe('T1999');
    expect(last.end).toBe(workday(serial('2027-01-04'), 1999));
  });

  it('finds cycles', () => {
    const t = (id: string, dependsOn: string | null) => ({
      id,
      fixedStart: 1,
      days: 1,
      dependsOn,
      lag: 0,
    });
    expect(findCycle([t('A', null), t('B', 'A')])).toBeNull();
    expect(findCycle([t('A', 'B'), t('B', 'A')])).toEqual(['A', 'B', 'A']);
    expect(findCycle([t('X', 'A'), t('A', 'B'), t('B', 'A')])).toEqual(['A', 'B', 'A']);
  });
});
