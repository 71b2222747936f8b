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
