/** Reading a formula for the functions it calls (checkSpec runs this on every generated spec). */
import { formulaProblem, functionsIn } from '../../../core/workbook/formulas';

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
    expect(formulaProblem('NETWORKDAYS.INTL(A1,B1,"0000011",Holidays)')).toBeNull();
    expect(formulaProblem('KPI.STATUS(A1,B1)')).toMatch(/calls KPI.STATUS/);
    expect(formulaProblem('KPI.STATUS(A1,B1)', true)).toBeNull();
    expect(formulaProblem('A1*1E-9')).toMatch(/scientific notation/);
    expect(formulaProblem('"1E-9 is text"&A1')).toBeNull();
  });
});
