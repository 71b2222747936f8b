/** The Sheets KPI_* functions, run in Node with Apps Script's conversions faked. */
import { installAppsScript } from '../fakes/apps-script';
import { kpiFunction } from '../../core/kpi/registry';
import {
  CONTRACT_CASES,
  RANGE_CASES,
  expectSheetsCase,
  rangeWithThrowingGetter,
} from '../core/kpi/contract-cases';

const fake = installAppsScript('Asia/Ho_Chi_Minh');
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../../sheets-addon/src/functions');

type SheetsFn = (...args: unknown[]) => unknown;
const sheetsFunction = (id: string) =>
  (globalThis as unknown as Record<string, SheetsFn>)[`KPI_${id}`];

/** The Date Sheets passes for a serial day: local midnight in the spreadsheet's time zone (UTC+7). */
function dateOf(serial: number): Date {
  return new Date((serial - 25569) * 86400000 - 7 * 3600000);
}

describe('the Sheets KPI_* functions', () => {
  it.each(CONTRACT_CASES.map((k) => [k.call, k] as const))('%s', (_, k) => {
    expectSheetsCase(k, sheetsFunction(k.fn), kpiFunction(k.fn).params, (ms) => new Date(ms));
  });

  it('puts error codes as text in the elements of a range and computes the rest', () => {
    expect(sheetsFunction('STATUS')([[100], ['abc'], ['']], 100)).toEqual([
      ['GREEN'],
      ['#VALUE!'],
      [''],
    ]);
    expect(sheetsFunction('VARIANCE_PCT')([[5, 120]], [[0, 100]])).toEqual([['#DIV/0!', 0.2]]);
    const [range] = RANGE_CASES;
    expect(sheetsFunction(range.fn)(...range.args)).toEqual(range.expected);
  });

  it('names the function and the cause when a single call fails', () => {
    expect(() => sheetsFunction('STATUS')(95, 100, 'sideways')).toThrow(
      'KPI_STATUS: direction must be "higher", "lower" or "near", got "sideways"',
    );
    expect(() => sheetsFunction('VARIANCE')([[1], [2]], [[1], [2], [3]])).toThrow(
      'KPI_VARIANCE: ranges must be the same size',
    );
  });

  it('never throws out of a range whose getter throws', () => {
    expect(sheetsFunction('STATUS')(rangeWithThrowingGetter(100), 100)).toEqual([
      ['GREEN', '#VALUE!'],
    ]);
  });

  it("reads dates as the day they fall on in the spreadsheet's time zone", () => {
    // 17:30 UTC on 4 January is 00:30 on 5 January in Ho Chi Minh City.
    const late = new Date(Date.UTC(2027, 0, 4, 17, 30));
    const jan5 = 25569 + Date.UTC(2027, 0, 5) / 86400000;
    expect(
      sheetsFunction('TARGET_TO_DATE')(10, late, dateOf(jan5 + 9), dateOf(jan5 + 4)),
    ).toBeCloseTo(5, 12);
    const before = fake.calls.timeZone;
    sheetsFunction('PACE')([[1], [2]], 10, dateOf(jan5), dateOf(jan5 + 9), dateOf(jan5 + 4));
    expect(fake.calls.timeZone - before).toBe(1); // asked once per call, not per element
  });
});

describe("today, when as_of is left out, is the spreadsheet's day", () => {
  afterEach(() => jest.useRealTimers());

  it('in Ho Chi Minh City at 03:00, while it is still the day before in UTC', () => {
    // 20:00 UTC on 1 January 2027 is 03:00 on 2 January in Ho Chi Minh City (UTC+7).
    jest.useFakeTimers({ now: Date.UTC(2027, 0, 1, 20, 0), doNotFake: ['nextTick'] });
    const jan1 = 25569 + Date.UTC(2027, 0, 1) / 86400000;
    // A 31-day period from 1 January: two days are due on the 2nd, one on the 1st.
    expect(sheetsFunction('TARGET_TO_DATE')(3100, dateOf(jan1), dateOf(jan1 + 30))).toBeCloseTo(
      200,
      12,
    );
  });
});
