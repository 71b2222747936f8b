/** checkSpec finds what a host would refuse; every generated spec has nothing to find. */
import { FRAMEWORKS } from '../../../core/frameworks';
import { LANGUAGES } from '../../../core/i18n';
import { checkSpec } from '../../../core/workbook/check';
import type { SheetSpec, WorkbookSpec } from '../../../core/workbook/spec';
import { FIXTURES, LARGEST } from '../../fixtures';
import { specOf } from '../../helpers';

function sheet(extra: Partial<SheetSpec>): SheetSpec {
  return {
    id: 'one',
    title: 'One',
    blocks: [],
    columnWidths: [],
    rowHeights: [],
    merges: [],
    conditionalRules: [],
    validations: [],
    ...extra,
  };
}

function problemsOf(sheets: SheetSpec[], names: WorkbookSpec['names'] = []): string[] {
  return checkSpec({ title: 'T', formulaStyle: 'native', styles: { ok: {} }, sheets, names });
}

describe('checkSpec', () => {
  it('finds unknown styles, formulas outside the list, and links to no sheet', () => {
    const cells = [
      [
        { value: 1, style: 'nope' },
        { formula: 'XLOOKUP(1,A:A,B:B)' },
        { formula: 'A1*1E-9' },
        { formula: '=A1' },
        { value: 'x', linkToSheet: 'gone' },
        { formula: 'A1', addinFormula: 'KPI.STATUS(A1,B1)+LET(x,1,x)' },
      ],
    ];
    expect(problemsOf([sheet({ blocks: [{ row: 1, col: 1, cells }] })])).toEqual([
      'One: R1C1 has no style nope',
      "One: R1C2 calls XLOOKUP, not on DESIGN.md's list",
      'One: R1C3 writes a number in scientific notation',
      'One: R1C4 starts with "=" (the spec leaves it out)',
      'One: R1C5 links to no sheet gone',
      "One: R1C6 calls LET, not on DESIGN.md's list",
    ]);
  });

  it('finds overlapping merges and merges across the frozen rows or columns', () => {
    const s = sheet({ merges: ['A1:B1', 'B1:C1', 'A3:A6', 'D2:F2'], freeze: { rows: 4, cols: 1 } });
    expect(problemsOf([s])).toEqual([
      'One: merge A1:B1 crosses the frozen columns',
      'One: merges A1:B1 and B1:C1 overlap',
      'One: merge A3:A6 crosses the frozen rows',
    ]);
  });

  it('finds rules that read another sheet, and names or lists that point nowhere', () => {
    const s = sheet({
      conditionalRules: [{ id: 'r', range: 'A1:A2', formula: 'Data!A1>0', format: {} }],
      validations: [
        { kind: 'list', range: 'B1', source: 'Missing' },
        { kind: 'choice', range: 'C1', values: ['Yes, now', 'No'] },
        { kind: 'choice', range: 'D1', values: [] },
        { kind: 'choice', range: 'E1', values: ['x'.repeat(200), 'y'.repeat(60)] },
      ],
    });
    expect(problemsOf([s], [{ name: 'N', sheetId: 'two', ref: '$A$1' }])).toEqual([
      'One: rule r refers to another sheet',
      'One: a validation lists Missing, which is not a workbook name',
      'One: a choice at C1 offers "Yes, now": no comma or quote',
      'One: a choice at D1 offers nothing',
      'One: a choice at E1 is over 255 characters',
      'name N: no sheet two',
    ]);
  });

  it('finds a sheet opening at a cell of its frozen panes, or left of its first column', () => {
    const at = (opensAt: { row: number; col: number; firstCol: number }) =>
      problemsOf([sheet({ freeze: { rows: 2, cols: 2 }, opensAt })]);
    expect(at({ row: 3, col: 5, firstCol: 3 })).toEqual([]);
    const problem = (row: number, col: number) =>
      `One: it opens at row ${row}, column ${col}: not a cell right of and below the frozen panes`;
    expect(at({ row: 2, col: 5, firstCol: 3 })).toEqual([problem(2, 5)]);
    expect(at({ row: 3, col: 5, firstCol: 2 })).toEqual([problem(3, 5)]);
    expect(at({ row: 3, col: 5, firstCol: 6 })).toEqual([problem(3, 5)]);
  });

  it('finds sheet titles a host would refuse', () => {
    const bad = [
      sheet({ id: 'a', title: 'Plan/Budget' }),
      sheet({ id: 'b', title: 'x'.repeat(32) }),
      sheet({ id: 'c', title: 'Data' }),
      sheet({ id: 'd', title: 'DATA' }),
      sheet({ id: 'e', title: 'History' }),
    ];
    expect(problemsOf(bad)).toEqual([
      'Plan/Budget: the title contains one of [ ] : * ? / \\',
      `${'x'.repeat(32)}: the title is longer than 31 characters`,
      'DATA: the title is used twice (hosts ignore case)',
      'History: the title is "History", which Excel keeps for itself',
    ]);
  });
});

describe('every generated spec', () => {
  it.each([...FIXTURES, ...LARGEST])('%s passes checkSpec', (_, input) => {
    expect(checkSpec(specOf(input))).toEqual([]);
  });

  const everyLanguage = FRAMEWORKS.flatMap((fw) =>
    LANGUAGES.map((language) => [fw.id, language] as const),
  );
  it.each(everyLanguage)('%s in %s passes checkSpec, also with add-in formulas', (fw, language) => {
    expect(checkSpec(specOf({ framework: fw, language }))).toEqual([]);
    expect(checkSpec(specOf({ framework: fw, language, formulaStyle: 'addin' }))).toEqual([]);
  });

  it('passes checkSpec beside a workbook that has every title already', () => {
    const titles = specOf({ framework: 'race' }).sheets.map((s) => s.title.toUpperCase());
    const spec = specOf({ framework: 'race' }, undefined, { existingTitles: titles });
    expect(spec.sheets.map((s) => s.title)).toContain('Control (2)');
    expect(checkSpec(spec)).toEqual([]);
  });
});
