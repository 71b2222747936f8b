/** Validations as every renderer writes them: defaults filled once, list sources resolved. */
import { normalizeValidation } from '../../../core/workbook/validation';
import { specOf } from '../../helpers';

describe('normalizeValidation', () => {
  const spec = specOf({ framework: 'race' });

  it('resolves a list to the range its name stands for, blank cells allowed by default', () => {
    expect(
      normalizeValidation({ kind: 'list', range: 'C6:C9', source: 'List_Stages' }, spec),
    ).toEqual({
      kind: 'list',
      range: 'C6:C9',
      allowBlank: true,
      source: {
        name: 'List_Stages',
        sheetId: 'settings',
        ref: expect.stringMatching(/^\$E\$5:\$E\$\d+$/),
        address: expect.stringMatching(/^Settings!\$E\$5:\$E\$\d+$/),
      },
    });
    const strict = { kind: 'list' as const, range: 'A1', source: 'List_FiveS', allowBlank: false };
    expect(normalizeValidation(strict, spec)).toMatchObject({ allowBlank: false });
  });

  it('quotes a numbered or translated sheet title in the address', () => {
    const renamed = specOf({ framework: 'race' }, undefined, { existingTitles: ['Settings'] });
    const v = normalizeValidation({ kind: 'list', range: 'A1', source: 'List_Stages' }, renamed);
    expect(v).toMatchObject({
      source: { address: expect.stringMatching(/^'Settings \(2\)'!\$E\$5/) },
    });
  });

  it('fills number and date bounds', () => {
    expect(normalizeValidation({ kind: 'number', range: 'A1' }, spec)).toEqual({
      kind: 'number',
      range: 'A1',
      allowBlank: true,
      min: 0,
      max: null,
      integer: false,
    });
    expect(normalizeValidation({ kind: 'date', range: 'A1' }, spec)).toEqual({
      kind: 'date',
      range: 'A1',
      allowBlank: true,
      min: 61,
      max: 2958465,
    });
  });

  it('refuses a list whose name the workbook does not define', () => {
    expect(() => normalizeValidation({ kind: 'list', range: 'A1', source: 'Nope' }, spec)).toThrow(
      'list source Nope is not a name',
    );
  });
});
