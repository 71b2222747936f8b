import { shiftFormula } from './shift';

describe('shiftFormula', () => {
  it('moves relative references and keeps absolute parts, strings and names', () => {
    expect(shiftFormula('AND($H6<=Q$5,$B$3>=Q$5)', 2, 3)).toBe('AND($H8<=T$5,$B$3>=T$5)');
    expect(shiftFormula('EOMONTH(Q$5,0)+ReportDate', 0, 1)).toBe('EOMONTH(R$5,0)+ReportDate');
    expect(shiftFormula('A1="B2"', 1, 1)).toBe('B2="B2"');
    expect(shiftFormula('Z1', 0, 1)).toBe('AA1');
  });
});
