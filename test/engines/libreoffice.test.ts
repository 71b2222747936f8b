/**
 * Every fixture's .xlsx recalculated by LibreOffice: zero error cells on every sheet, and every
 * formula cell equal to HyperFormula's value.
 */
import { renderXlsx } from '../../core/xlsx';
import { FIXTURES } from '../fixtures';
import { specOf } from '../helpers';
import { evaluateSpec } from './hyperformula';
import { errorCells, hasLibreOffice, recalculate } from './libreoffice';
import { differencesFromHyperFormula, libreOfficeReader } from './reader';

// Outside CI a machine without LibreOffice skips these (hasLibreOffice says why); CI fails.
const describeLo = hasLibreOffice() ? describe : describe.skip;

describeLo.each(FIXTURES)('LibreOffice on %s', (_, input) => {
  const spec = specOf(input);
  let sheets: Map<string, string[][]>;

  beforeAll(async () => {
    sheets = recalculate(await renderXlsx(spec));
  });

  it('writes every sheet', () => {
    expect([...sheets.keys()].sort()).toEqual(spec.sheets.map((s) => s.title).sort());
  });

  it('computes no error cell on any sheet', () => {
    expect(errorCells(sheets)).toEqual([]);
  });

  it('computes the same values as HyperFormula', () => {
    const read = libreOfficeReader(spec, sheets);
    const { differences, compared } = differencesFromHyperFormula(
      spec,
      evaluateSpec(spec),
      read,
      'LO',
    );
    expect(differences.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(50);
  });
});
