/**
 * Fuzzing: arbitrary arguments (NaN, ±Infinity, huge and denormal numbers, booleans, text, Date
 * objects, nested, ragged and mismatched arrays) never throw out of core/kpi; every result is a
 * number, a string or a KpiError, alone or in a 2-D array.
 */
import fc from 'fast-check';
import { KPI_FUNCTIONS } from '../../../core/kpi/registry';
import { isKpiError } from '../../../core/kpi/values';
import { rangeWithThrowingGetter } from './contract-cases';

const scalar = fc.oneof(
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    -0,
  ),
  fc.integer(),
  fc.boolean(),
  fc.string(),
  fc.constantFrom('', 'higher', 'LOWER', 'sideways', '12', null, undefined),
  fc.date(),
  fc.object(),
);
const range = fc.oneof(
  fc.array(fc.array(scalar, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  fc.array(scalar, { maxLength: 3 }),
  fc.constant([]),
  fc.constant([[]]),
  fc.sparseArray(fc.array(scalar, { minLength: 1, maxLength: 2 }), { maxLength: 3 }),
  fc.constant(new Array(2)),
  fc.array(fc.array(fc.array(scalar, { maxLength: 2 }), { maxLength: 2 }), { maxLength: 2 }),
);
const argument = fc.oneof({ weight: 3, arbitrary: scalar }, { weight: 1, arbitrary: range });

function isElement(v: unknown): boolean {
  return (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string' || isKpiError(v);
}

describe.each(KPI_FUNCTIONS.map((f) => [f.id, f] as const))('%s under fuzzing', (_, f) => {
  it('never throws and always returns numbers, strings or KpiErrors', () => {
    fc.assert(
      fc.property(
        fc.array(argument, { minLength: f.required, maxLength: f.params.length }),
        (args) => {
          const result = f.run(...args);
          if (Array.isArray(result)) {
            return (
              result.length > 0 && result.every((row) => Array.isArray(row) && row.every(isElement))
            );
          }
          return isElement(result);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('a range whose getter throws', () => {
  it.each(KPI_FUNCTIONS.map((f) => [f.id, f] as const))(
    '%s gives #VALUE! in that element and computes the rest',
    (_, f) => {
      const args = f.params
        .slice(0, f.required)
        .map((_p, i) => (i === 0 ? rangeWithThrowingGetter(100) : 100));
      const result = f.run(...args) as unknown[][];
      expect(Array.isArray(result)).toBe(true);
      expect(isElement(result[0][0])).toBe(true);
      expect(result[0][1]).toMatchObject({
        code: '#VALUE!',
        message: 'cannot compute: the range is gone',
      });
    },
  );

  it('whose rows cannot even be counted gives #VALUE! for the call', () => {
    const rows = new Proxy([[1]], {
      get(target, key) {
        if (key === 'length') throw new Error('revoked');
        return Reflect.get(target, key);
      },
    });
    expect(KPI_FUNCTIONS[0].run(rows, 1)).toMatchObject({ code: '#VALUE!' });
  });
});
