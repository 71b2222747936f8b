/** The cases every implementation must pass (KPI_FUNCTIONS.md), as data. */
import type { KpiFunctionId } from '../../../core/kpi/registry';

export interface ContractCase {
  call: string;
  fn: KpiFunctionId;
  args: unknown[];
  expected: unknown;
}

const c = (call: string, fn: KpiFunctionId, args: unknown[], expected: unknown): ContractCase => ({
  call,
  fn,
  args,
  expected,
});

export const CONTRACT_CASES: ContractCase[] = [
  c('VARIANCE(120, 100)', 'VARIANCE', [120, 100], 20),
  c('VARIANCE_PCT(80, 100)', 'VARIANCE_PCT', [80, 100], -0.2),
  c('VARIANCE_PCT(-50, -100)', 'VARIANCE_PCT', [-50, -100], 0.5),
  c('VARIANCE_PCT(5, 0)', 'VARIANCE_PCT', [5, 0], '#DIV/0!'),
  c('ATTAINMENT(120, 100)', 'ATTAINMENT', [120, 100], 1.2),
  c('ATTAINMENT(60, 50, "lower")', 'ATTAINMENT', [60, 50, 'lower'], 0.8),
  c('ATTAINMENT(40, 50, "LOWER")', 'ATTAINMENT', [40, 50, 'LOWER'], 1.2),
  c('STATUS(100, 100)', 'STATUS', [100, 100], 'GREEN'),
  c('STATUS(95, 100)', 'STATUS', [95, 100], 'AMBER'),
  c('STATUS(89, 100)', 'STATUS', [89, 100], 'RED'),
  c('STATUS(110, 100, "lower")', 'STATUS', [110, 100, 'lower'], 'AMBER'),
  c('STATUS(0, 0, "lower")', 'STATUS', [0, 0, 'lower'], 'GREEN'),
  c('STATUS(3, 0, "lower")', 'STATUS', [3, 0, 'lower'], 'RED'),
  c('STATUS(95, 100, "higher", 0.02)', 'STATUS', [95, 100, 'higher', 0.02], 'RED'),
  c('STATUS(95, 100, "sideways")', 'STATUS', [95, 100, 'sideways'], '#VALUE!'),
  c('STATUS(95, 100, "", 1)', 'STATUS', [95, 100, '', 1], '#VALUE!'),
  c('STATUS("", 100)', 'STATUS', ['', 100], ''),
  c('STATUS("abc", 100)', 'STATUS', ['abc', 100], '#VALUE!'),
  c(
    'TARGET_TO_DATE(3100, 46023, 46053, 46032)',
    'TARGET_TO_DATE',
    [3100, 46023, 46053, 46032],
    1000,
  ),
  c(
    'TARGET_TO_DATE(3100, 46023, 46053, 46100)',
    'TARGET_TO_DATE',
    [3100, 46023, 46053, 46100],
    3100,
  ),
  c(
    'TARGET_TO_DATE(3100, 46053, 46023, 46032)',
    'TARGET_TO_DATE',
    [3100, 46053, 46023, 46032],
    '#NUM!',
  ),
  c('PACE(1200, 3100, 46023, 46053, 46032)', 'PACE', [1200, 3100, 46023, 46053, 46032], 1.2),
  c('PACE(10, 3100, 46023, 46053, 46000)', 'PACE', [10, 3100, 46023, 46053, 46000], '#N/A'),
  c('FORECAST(1000, 46023, 46053, 46032)', 'FORECAST', [1000, 46023, 46053, 46032], 3100),
  c('FORECAST(5000, 46023, 46053, 46060)', 'FORECAST', [5000, 46023, 46053, 46060], 5000),
  c('REQUIRED_RATE(1000, 3100, 46053, 46032)', 'REQUIRED_RATE', [1000, 3100, 46053, 46032], 100),
  c('REQUIRED_RATE(4000, 3100, 46053, 46032)', 'REQUIRED_RATE', [4000, 3100, 46053, 46032], 0),
  c('REQUIRED_RATE(1000, 3100, 46053, 46053)', 'REQUIRED_RATE', [1000, 3100, 46053, 46053], '#N/A'),
  c('ATTAINMENT(110, 100, "near")', 'ATTAINMENT', [110, 100, 'near'], 0.9),
  c('STATUS(90, 100, "near")', 'STATUS', [90, 100, 'near'], 'AMBER'),
  c('STATUS(95, 100, "near")', 'STATUS', [95, 100, 'near'], 'GREEN'),
  c('STATUS(104.9, 100, "near")', 'STATUS', [104.9, 100, 'near'], 'GREEN'),
  c('STATUS(105.1, 100, "near")', 'STATUS', [105.1, 100, 'near'], 'AMBER'),
  c('STATUS(94, 100, "near", 0.2)', 'STATUS', [94, 100, 'near', 0.2], 'GREEN'),
  c('STATUS(111, 100, "near")', 'STATUS', [111, 100, 'near'], 'RED'),
  // The near band's boundaries (issue 24): GREEN within ±5%, AMBER within ±10%.
  c('STATUS(95.1, 100, "near")', 'STATUS', [95.1, 100, 'near'], 'GREEN'),
  c('STATUS(105, 100, "near")', 'STATUS', [105, 100, 'near'], 'GREEN'),
  c('STATUS(94.9, 100, "near")', 'STATUS', [94.9, 100, 'near'], 'AMBER'),
  c('STATUS(110, 100, "near")', 'STATUS', [110, 100, 'near'], 'AMBER'),
  c('STATUS(110.1, 100, "near")', 'STATUS', [110.1, 100, 'near'], 'RED'),
  c('STATUS(0, 0, "near")', 'STATUS', [0, 0, 'near'], 'GREEN'),
  c('TARGET_PATH(100, 200, 1, 100, 50)', 'TARGET_PATH', [100, 200, 1, 100, 50], 150),
  c('TARGET_PATH(150000, 100000, 1, 100, 25)', 'TARGET_PATH', [150000, 100000, 1, 100, 25], 137500),
  c('TARGET_PATH("", 200, 1, 100, 50)', 'TARGET_PATH', ['', 200, 1, 100, 50], 200),
  c('TARGET_PATH(100, 200, 1, 100, 500)', 'TARGET_PATH', [100, 200, 1, 100, 500], 200),
  c('TARGET_PATH(100, 200, 10, 5, 7)', 'TARGET_PATH', [100, 200, 10, 5, 7], '#NUM!'),
];

/** The range cases (not expressible as one native formula). */
export const RANGE_CASES: ContractCase[] = [
  c('VARIANCE({1;2;3}, 2)', 'VARIANCE', [[[1], [2], [3]], 2], [[-1], [0], [1]]),
  c(
    'VARIANCE({1;2}, {1;2;3})',
    'VARIANCE',
    [
      [[1], [2]],
      [[1], [2], [3]],
    ],
    '#VALUE!',
  ),
];

/** A literal argument as a native formula reads it from a cell. */
export function literal(value: unknown): string {
  return typeof value === 'number' ? String(value) : `"${String(value).replace(/"/g, '""')}"`;
}

/** A one-row range [first, <getter that throws>], as a proxy or a revoked host range may be. */
export function rangeWithThrowingGetter(first: unknown): unknown[][] {
  const row: unknown[] = [first];
  Object.defineProperty(row, 1, {
    enumerable: true,
    get() {
      throw new Error('the range is gone');
    },
  });
  return [row];
}

/**
 * Checks a contract case against a Sheets KPI_* function: dates as the Dates Sheets passes
 * (local midnight in UTC+7, made by `date`), errors thrown with the function's name.
 */
export function expectSheetsCase(
  k: ContractCase,
  fn: (...args: unknown[]) => unknown,
  params: string[],
  date: (ms: number) => Date,
): void {
  const args = k.args.map((a, i) =>
    ['start', 'end', 'as_of'].includes(params[i]) && typeof a === 'number'
      ? date((a - 25569) * 86400000 - 7 * 3600000)
      : a,
  );
  const call = () => fn(...args);
  if (typeof k.expected === 'string' && k.expected.startsWith('#')) {
    expect(call).toThrow(new RegExp(`^KPI_${k.fn}: `));
  } else if (typeof k.expected === 'number') {
    expect(call()).toBeCloseTo(k.expected, 12);
  } else {
    expect(call()).toEqual(k.expected);
  }
}
