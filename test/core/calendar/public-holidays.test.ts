import Holidays from 'date-holidays';
import {
  normaliseName,
  publicHolidays,
  withPublicHolidays,
} from '../../../core/holidays/public-holidays';
import { isoDate } from '../../../core/dates/serial';
import { COUNTRIES, countryWeekend } from '../../../core/plan/countries';
import { serial } from '../../helpers';

const days = (country: string, language: string, name: RegExp) =>
  publicHolidays(country, [2027], language)
    .filter((h) => name.test(h.name))
    .map((h) => isoDate(h.date));

describe('public holidays', () => {
  it('knows the countries the library knows', () => {
    expect([...COUNTRIES]).toEqual(Object.keys(new Holidays().getCountries()));
    expect(countryWeekend('IR')).toBe('0000100');
    expect(countryWeekend('SA')).toBe('0000110');
    expect(countryWeekend('VN')).toBe('0000011');
  });

  it('closes Iran from Nowruz to Sizdah Bedar, with names in ordinary Persian letters', () => {
    const list = publicHolidays('IR', [2027], 'fa');
    const nowruz = list.filter(
      (h) => h.date >= serial('2027-03-21') && h.date <= serial('2027-04-02'),
    );
    expect(nowruz).toHaveLength(13);
    // No Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are left.
    expect(list.filter((h) => /[\uFB50-\uFDFF\uFE70-\uFEFF]/.test(h.name))).toEqual([]);
    expect(normaliseName('اﷲ')).toBe('الله');
    expect(days('IR', 'en', /^Nowruz$/)[0]).toBe('2027-03-21');
  });

  it('closes China for the Spring Festival week, without the days only some people have off', () => {
    expect(days('CN', 'zh', /春节/)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-02-12',
    ]);
    expect(days('CN', 'zh', /妇女节|青年节|儿童节|建军节/)).toEqual([]);
  });

  it('gives Vietnam its Tết days', () => {
    expect(days('VN', 'vi', /Tết Nguyên Đán/)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
    ]);
  });

  it("writes a plan's country holidays into it for a server without the library", () => {
    const input = {
      framework: 'race',
      language: 'vi',
      business: { country: 'vn' },
      period: { start: '2027-01-04', weeks: 8 },
    };
    const filled = withPublicHolidays(input, serial('2027-01-01')) as {
      holidays: { date: string; name: string }[];
    };
    expect(filled.holidays.slice(0, 2)).toEqual([
      { date: '2027-01-01', name: 'Tết Dương lịch' },
      { date: '2027-02-05', name: 'Giao thừa Tết Nguyên Đán' },
    ]);
    const own = { ...input, holidays: [] };
    expect(withPublicHolidays(own, 0)).toBe(own);
    const unknown = { ...input, business: { country: 'XX' } };
    expect(withPublicHolidays(unknown, 0)).toBe(unknown);
  });
});
