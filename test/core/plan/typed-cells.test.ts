/** Typed cells: validated with their field named, written onto input cells, refused elsewhere. */
import { buildPlan } from '../../../core/generate';
import { validatePlan } from '../../../core/plan/validate';
import { cellAt, sheetOf } from '../sheets/spec-reader';
import { TODAY } from '../../helpers';

describe('a plan’s typed cells', () => {
  it('are written onto input cells, and a cell that is not one is left out with a warning', () => {
    const built = buildPlan(
      {
        framework: 'sostac',
        cells: [
          { sheet: 'situation', cell: 'A21', value: '=1+1 is our strength' },
          { sheet: 'overview', cell: 'A1', value: 'not an input' },
          { sheet: 'nowhere', cell: 'B2', value: 3 },
        ],
      },
      { today: TODAY },
    );
    if (!built.ok) throw new Error('the plan is valid');
    expect(cellAt(sheetOf(built.spec, 'situation'), 21, 1)?.value).toBe('=1+1 is our strength');
    expect(built.summary.warnings).toEqual([
      'cells[1]: A1 of sheet overview is not an input cell of this workbook: its value is left out',
      'cells[2]: B2 of sheet nowhere is not an input cell of this workbook: its value is left out',
    ]);
  });

  it('are refused with the field named when malformed', () => {
    const result = validatePlan(
      {
        framework: 'race',
        cells: [
          { sheet: 'data', cell: 'b2', value: 1 },
          { sheet: 'data', cell: 'B2', value: { x: 1 } },
          { sheet: 'data', cell: 'B3', value: 1, note: 'x' },
        ],
      },
      { today: TODAY },
    );
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'cells[0].cell',
      'cells[1].value',
      'cells[2].note',
    ]);
  });
});
