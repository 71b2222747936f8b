/** Every generated formula uses only the functions DESIGN.md allows, in plain decimal. */
import { generateWorkbook } from '../../core/generate';
import { FIXTURES } from '../fixtures';
import { planOf } from '../helpers';
import { sheetFormulas } from '../engines/grid';

const ALLOWED = new Set(
  'SUM SUMIFS COUNTIFS AVERAGE MIN MAX ABS ROUND IF IFERROR AND OR NOT INDEX MATCH DATE TODAY EOMONTH WORKDAY NETWORKDAYS N ISNUMBER ISBLANK NA'.split(
    ' ',
  ),
);

/** The functions a formula calls (string literals removed first). */
export function functionsIn(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...code.matchAll(/([A-Za-z][A-Za-z0-9._]*)\s*\(/g)].map((m) => m[1].toUpperCase());
}

describe.each(FIXTURES)('formulas of %s', (_, input) => {
  const spec = generateWorkbook(planOf(input));
  const formulas = [
    ...spec.sheets.flatMap((s) => sheetFormulas(s).map((f) => f.formula)),
    ...spec.sheets.flatMap((s) => s.conditionalRules.map((r) => r.formula)),
  ];

  it('call only allowed functions', () => {
    const used = new Set(formulas.flatMap(functionsIn));
    expect([...used].filter((f) => !ALLOWED.has(f))).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
  });

  it('write numbers in plain decimal', () => {
    const scientific = formulas.filter((f) =>
      /(^|[^A-Za-z$\d.])\d+(\.\d+)?[eE][+-]?\d/.test(f.replace(/"(?:[^"]|"")*"/g, '""')),
    );
    expect(scientific).toEqual([]);
  });

  it('never start with "="', () => {
    expect(formulas.filter((f) => f.startsWith('='))).toEqual([]);
  });
});

describe('functionsIn', () => {
  it('finds calls and ignores strings', () => {
    expect(functionsIn('IF(A1="LET(",SUM(B1:B2),x)')).toEqual(['IF', 'SUM']);
    expect(functionsIn('XLOOKUP(1,A:A,B:B)')).toEqual(['XLOOKUP']);
  });
});
