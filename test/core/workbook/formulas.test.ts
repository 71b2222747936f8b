/** The formula gate: which functions a generated formula may call, and how the file spells them. */
import {
  FORMULA_FUNCTIONS,
  fileFormula,
  formulaProblem,
  functionsIn,
  numberIn,
} from '../../../core/workbook/formulas';

describe('functionsIn', () => {
  it('finds calls and ignores strings and quoted sheet names', () => {
    expect(functionsIn('IF(A1="LET(",SUM(B1:B2),x)')).toEqual(['IF', 'SUM']);
    expect(functionsIn('IF(\'Control (2)\'!A1="","",\'Control (2)\'!A1)')).toEqual(['IF']);
    expect(functionsIn('XLOOKUP(1,A:A,B:B)+workday.intl(A1,1,"0000011")')).toEqual([
      'XLOOKUP',
      'WORKDAY.INTL',
    ]);
  });
});

describe('formulaProblem', () => {
  it('takes DESIGN.md functions in plain decimals, and KPI functions only in add-in formulas', () => {
    expect(formulaProblem('IF(A1>=1-0.000000001,"GREEN","RED")')).toBeNull();
    expect(formulaProblem('NETWORKDAYS(A1,B1,Holidays)')).toBeNull();
    expect(formulaProblem('KPI.STATUS(A1,B1)')).toMatch(/calls KPI.STATUS/);
    expect(formulaProblem('KPI.STATUS(A1,B1)', true)).toBeNull();
    expect(formulaProblem('A1*1E-9')).toMatch(/scientific notation/);
    expect(formulaProblem('"1E-9 is text"&A1')).toBeNull();
  });

  it('refuses the functions Excel keeps under _xlfn., and N(), which Gnumeric reads otherwise', () => {
    for (const f of ['WORKDAY.INTL(A1,1)', 'NETWORKDAYS.INTL(A1,B1)', 'IFNA(A1,0)', 'N(A1)']) {
      expect(formulaProblem(f)).toMatch(/not on DESIGN.md's list/);
    }
  });
});

describe('the function table', () => {
  it('holds only functions of the original OOXML set, stored bare', () => {
    for (const [name, f] of Object.entries(FORMULA_FUNCTIONS)) {
      expect([name, f.excel <= 2007, f.file]).toEqual([name, true, 'bare']);
    }
  });
});

describe('fileFormula', () => {
  const later = { ...FORMULA_FUNCTIONS, IFNA: { excel: 2013, file: '_xlfn.' as const } };

  it('leaves formulas of bare functions as they are', () => {
    const f = 'IF(SUM(A1:A3)>0,INDEX(B1:B3,MATCH(1,C1:C3,0)),"")';
    expect(fileFormula(f)).toBe(f);
    expect(fileFormula('IFNA(A1,0)')).toBe('IFNA(A1,0)');
  });

  it('prefixes every call of a function admitted from a later Excel, but not in text', () => {
    expect(fileFormula('IF(IFNA(A1,0)>0,ifna(B1,1),"IFNA(x)")&\'IFNA(\'!A1', later)).toBe(
      'IF(_xlfn.IFNA(A1,0)>0,_xlfn.ifna(B1,1),"IFNA(x)")&\'IFNA(\'!A1',
    );
    // A name that merely ends in the function's name, or one already prefixed, is left alone.
    expect(fileFormula('MY_IFNA(A1)+_xlfn.IFNA(A1,0)', later)).toBe('MY_IFNA(A1)+_xlfn.IFNA(A1,0)');
  });
});

describe('numberIn', () => {
  it('reads a cell or a name as a number with SUM, and refuses anything else', () => {
    expect(numberIn('E6')).toBe('SUM(E6)');
    expect(numberIn('$B$5')).toBe('SUM($B$5)');
    expect(numberIn("'Targets (2)'!$C$9")).toBe("SUM('Targets (2)'!$C$9)");
    expect(numberIn('Budget_Total')).toBe('SUM(Budget_Total)');
    expect(() => numberIn('IF(A1="","",A1)')).toThrow(/a cell or a name/);
    expect(() => numberIn('A1-B1')).toThrow(/a cell or a name/);
  });
});
