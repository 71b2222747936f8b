/**
 * A fake of Excel's CustomFunctions runtime for Node: the Error class and ErrorCode values the
 * real runtime has (@types/custom-functions-runtime), installed as the global the wrappers use.
 */
export class FakeCustomFunctionError extends Error {
  constructor(
    readonly code: CustomFunctions.ErrorCode,
    message?: string,
  ) {
    super(message);
  }
}

const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/** The runtime's Error class and codes, for a global scope of one's own. */
export function fakeCustomFunctions() {
  return { Error: FakeCustomFunctionError, ErrorCode };
}

export function installCustomFunctions(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = fakeCustomFunctions();
}

/** A wrapper's result against the contract: an error object with its code, or the value. */
export function expectContractResult(result: unknown, expected: unknown): void {
  if (typeof expected === 'string' && expected.startsWith('#')) {
    expect(result).toBeInstanceOf(FakeCustomFunctionError);
    expect((result as FakeCustomFunctionError).code).toBe(expected);
  } else if (typeof expected === 'number') {
    expect(result).toBeCloseTo(expected, 12);
  } else {
    expect(result).toEqual(expected);
  }
}

/** An argument as Excel passes it to a matrix parameter: a range as it is, a value as 1×1. */
function asMatrix(arg: unknown): unknown {
  if (Array.isArray(arg)) return arg;
  return [[arg === '' || arg === undefined ? null : arg]];
}

/**
 * Calls a KPI function as Excel does under its metadata (every parameter a matrix): single
 * values as 1×1 matrices; a 1×1 result read as its value, and a thrown error as that error.
 */
export function callAsExcel(fn: (...args: unknown[]) => unknown, args: unknown[]): unknown {
  let result: unknown;
  try {
    result = fn(...args.map(asMatrix));
  } catch (error) {
    if (error instanceof FakeCustomFunctionError) return error;
    throw error;
  }
  const matrix = result as unknown[][];
  return matrix.length === 1 && matrix[0].length === 1 ? matrix[0][0] : matrix;
}
