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

export function installCustomFunctions(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeCustomFunctionError,
    ErrorCode,
  };
}
