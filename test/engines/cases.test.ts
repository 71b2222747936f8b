/** The golden cases, computed by HyperFormula and by LibreOffice from the .xlsx. */
import { renderXlsx } from '../../core/xlsx';
import { serial, specOf } from '../helpers';
import { factsOf, loadCases, type Fact } from './cases';
import { evaluateSpec } from './hyperformula';
import { hasLibreOffice, recalculate } from './libreoffice';
import { hyperFormulaReader, libreOfficeReader, sameValue } from './reader';

const cases = loadCases();

function mismatches(facts: Fact[]): Fact[] {
  return facts.filter((f) => !sameValue(f.actual, f.expected));
}

describe.each(cases.map((c) => [c.name, c] as const))('golden case %s', (_, c) => {
  const spec = specOf(c.plan, serial(c.today));

  it('has facts to check', () => {
    const groups = [c.tasks, c.kpis, c.channels, c.controlRows];
    expect(groups.reduce((n, g) => n + Object.keys(g).length, 0)).toBeGreaterThan(2);
  });

  it('HyperFormula computes the expected facts', () => {
    const facts = factsOf(c, spec, hyperFormulaReader(evaluateSpec(spec)));
    expect(mismatches(facts)).toEqual([]);
    expect(facts.length).toBeGreaterThan(10);
  });

  // Outside CI a machine without LibreOffice skips these (hasLibreOffice says why); CI fails.
  const lo = hasLibreOffice() ? it : it.skip;
  lo('LibreOffice computes the expected facts from the .xlsx', async () => {
    const sheets = recalculate(await renderXlsx(spec), c.name);
    const facts = factsOf(c, spec, libreOfficeReader(spec, sheets));
    expect(mismatches(facts)).toEqual([]);
  });
});
