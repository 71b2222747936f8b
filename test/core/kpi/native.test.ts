/**
 * The native formulas of core/kpi against the cases of KPI_FUNCTIONS.md, evaluated by
 * HyperFormula with literal arguments.
 */
import { HyperFormula } from 'hyperformula';
import { NATIVE_CASES } from './native-cases';

const hf = HyperFormula.buildFromArray([[]], { licenseKey: 'gpl-v3' });
afterAll(() => hf.destroy());

function evaluate(formula: string): unknown {
  const v = hf.calculateFormula(`=${formula}`, 0);
  return typeof v === 'object' && v !== null && 'value' in v ? (v as { value: string }).value : v;
}

describe('native KPI formulas', () => {
  it.each(NATIVE_CASES)('%s', (_, build, expected) => {
    const value = evaluate(build());
    if (typeof expected === 'number') expect(value).toBeCloseTo(expected, 9);
    else expect(value).toBe(expected);
  });
});
