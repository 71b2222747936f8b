/** core/kpi's pure functions against KPI_FUNCTIONS.md. */
import {
  attainment,
  forecast,
  pace,
  setToday,
  status,
  targetToDate,
  variance,
} from '../../../core/kpi';
import { isKpiError } from '../../../core/kpi/values';
import { kpiFunction } from '../../../core/kpi/registry';
import { CONTRACT_CASES, RANGE_CASES } from './contract-cases';

/** A result with errors as their codes, for comparing with the contract's table. */
function codes(result: unknown): unknown {
  if (Array.isArray(result)) return result.map(codes);
  return isKpiError(result) ? result.code : result;
}

afterEach(() => setToday());

describe('the KPI functions', () => {
  it.each([...CONTRACT_CASES, ...RANGE_CASES].map((k) => [k.call, k] as const))('%s', (_, k) => {
    const result = codes(kpiFunction(k.fn).run(...k.args));
    if (typeof k.expected === 'number') expect(result).toBeCloseTo(k.expected, 12);
    else expect(result).toEqual(k.expected);
  });

  it('explain their errors', () => {
    expect(status('abc', 100)).toEqual({
      code: '#VALUE!',
      message: 'actual is not a number: "abc"',
    });
    expect(status(1, true)).toEqual({ code: '#VALUE!', message: 'target is not a number: true' });
    expect(status(95, 100, 'sideways')).toEqual({
      code: '#VALUE!',
      message: 'direction must be "higher", "lower" or "near", got "sideways"',
    });
    expect(status(95, 100, 'higher', 1)).toEqual({
      code: '#VALUE!',
      message: 'tolerance must be at least 0 and below 1, got 1',
    });
    expect(variance([[1], [2]], [[1, 2]])).toEqual({
      code: '#VALUE!',
      message: 'ranges must be the same size',
    });
    expect(pace(10, 3100, 46023, 46053, 46000)).toMatchObject({
      message: 'as_of is before the period starts',
    });
  });

  it('treat empty cells, null and "" as blank, and blank direction and tolerance as defaults', () => {
    for (const blank of [null, undefined, '']) {
      expect(variance(blank, 5)).toBe('');
      expect(status(5, blank)).toBe('');
      expect(targetToDate(blank, 1, 2, 2)).toBe('');
      expect(forecast(blank, 1, 2, 2)).toBe('');
      expect(status(95, 100, blank, blank)).toBe('AMBER');
    }
  });

  it('read directions in any case and floor fractional dates', () => {
    expect(attainment(40, 50, 'Lower')).toBeCloseTo(1.2, 12);
    expect(codes(attainment(40, 50, ' lower'))).toBe('#VALUE!');
    expect(targetToDate(3100, 46023.9, 46053.2, 46032.7)).toBeCloseTo(1000, 9);
  });

  it('broadcast single values over ranges, element by element', () => {
    expect(
      codes(
        status(
          [
            [100, 95],
            [89, ''],
          ],
          100,
          [
            ['higher', 'higher'],
            ['lower', 'higher'],
          ],
        ),
      ),
    ).toEqual([
      ['GREEN', 'AMBER'],
      ['GREEN', ''],
    ]);
    expect(codes(variance([[1, 'x']], [[0, 0]]))).toEqual([[1, '#VALUE!']]);
  });

  it('take today from the one clock when as_of is omitted', () => {
    setToday(() => 46032);
    expect(targetToDate(3100, 46023, 46053)).toBeCloseTo(1000, 9);
    expect(forecast(1000, 46023, 46053)).toBeCloseTo(3100, 9);
  });

  it('reject values no spreadsheet can hold', () => {
    expect(codes(variance(Number.NaN, 1))).toBe('#VALUE!');
    expect(codes(variance(Infinity, 1))).toBe('#VALUE!');
    expect(codes(variance(new Date(2027, 0, 1), 1))).toBe('#VALUE!');
    expect(codes(variance(1.7e308, -1.7e308))).toBe('#NUM!');
    expect(codes(variance([1, 2], 1))).toBe('#VALUE!');
    expect(codes(variance([[1], [2, 3]], 1))).toBe('#VALUE!');
    expect(codes(variance(new Array(2), 1))).toBe('#VALUE!');
    // eslint-disable-next-line no-sparse-arrays
    expect(codes(status([, [1]], 1))).toBe('#VALUE!');
  });
});
