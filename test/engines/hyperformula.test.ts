/** The whole spec of every fixture, evaluated by HyperFormula: no error value anywhere. */
import { FIXTURES } from '../fixtures';
import { specOf } from '../helpers';
import { evaluateSpec } from './hyperformula';

describe.each(FIXTURES)('HyperFormula on %s', (_, input) => {
  it('computes every cell without an error', () => {
    const evaluated = evaluateSpec(specOf(input));
    expect(evaluated.errors()).toEqual([]);
  });
});
