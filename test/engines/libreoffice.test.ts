/**
 * Every fixture's .xlsx recalculated by LibreOffice: zero error cells on every sheet, and every
 * formula cell equal to HyperFormula's value; the 2,000-task plans' schedules as core's.
 */
import { renderXlsx } from '../../core/xlsx';
import { GANTT } from '../../core/sheets/layouts/schedule';
import { FIXTURES, LARGEST } from '../fixtures';
import { planOf, specOf } from '../helpers';
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

// The largest plans: every task's dates as the plan's own schedule (HyperFormula would take
// minutes over 2,000 task rows; fixtures.ts).
describeLo.each(LARGEST)('LibreOffice on %s', (_, input) => {
  it('computes no error cell, and every task’s start, end, late finish and slack', async () => {
    const plan = planOf(input);
    const spec = specOf(input);
    const sheets = recalculate(await renderXlsx(spec), 'largest');
    expect(errorCells(sheets).slice(0, 20)).toEqual([]);
    const read = libreOfficeReader(spec, sheets);
    const C = GANTT.col;
    const got = plan.tasks.map((_t, i) =>
      [C.id, C.start, C.end, C.lateFinish, C.slack].map((c) =>
        read('schedule', GANTT.firstRow + i, c),
      ),
    );
    expect(got).toEqual(plan.tasks.map((t) => [t.id, t.start, t.end, t.lateFinish, t.slack]));
  }, 300000);
});
