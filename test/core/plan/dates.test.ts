import { isoDate, parseIsoDate } from '../../../core/dates/serial';
import { WorkCalendar } from '../../../core/plan/calendar';
import { dayOfWeek, monthKey, monthsBetween } from '../../../core/dates/months';
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
    expect(WorkCalendar.STANDARD.nextWorkingDay(serial('2027-01-02'))).toBe(serial('2027-01-04'));
  });

  it('lists the calendar months a period touches', () => {
    const months = monthsBetween(serial('2027-01-04'), serial('2027-03-01'));
    expect(months.map(isoDate)).toEqual(['2027-01-01', '2027-02-01', '2027-03-01']);
    expect(monthKey(serial('2027-12-31'))).toBe('2027-12');
  });
});
