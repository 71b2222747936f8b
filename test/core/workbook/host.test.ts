/** What each host is given: user text that stays text, the formula it writes, its units. */
import { heightInPixels, hostFormula, hostText, widthInPixels } from '../../../core/workbook/host';

describe('hostText', () => {
  const quoted = [
    '=IMPORTXML("http://x","//a")',
    '+1',
    '-1',
    '@SUM(A1)',
    "'quoted",
    '\tTab',
    '\rCR',
    '\nLF',
    '\u0001control',
    '\u007fdelete',
    ' leading space',
    '12',
    '0012',
    '1.5',
    '.5',
    ',5',
    '(12)',
    '$12',
    '€5',
    '₫ 12.000',
    '#N/A',
    'TRUE',
    'false',
    'Jan 5',
    'March 2027',
    'mon 3',
    '1/2',
    '2027-01-04',
    '50%',
  ];
  it.each(quoted)('gives Sheets and Excel %j after an apostrophe', (text) => {
    expect(hostText(text, 'sheets')).toBe(`'${text}`);
    expect(hostText(text, 'excel')).toBe(`'${text}`);
  });

  it.each([
    'Lotus Tea House',
    'Trà Sen',
    'تحلیل وضعیت',
    '莲花茶',
    'Q1 2027',
    'SEO',
    'Task 12',
    'Truest',
  ])('leaves %j as it is for Sheets and Excel', (text) => {
    expect(hostText(text, 'sheets')).toBe(text);
    expect(hostText(text, 'excel')).toBe(text);
  });

  it('leaves text alone in an .xlsx, but escapes a literal _xHHHH_', () => {
    expect(hostText('=SUM(1,2)', 'xlsx')).toBe('=SUM(1,2)');
    expect(hostText('a_x0041_b_X0041_c_x004a_', 'xlsx')).toBe(
      'a_x005F_x0041_b_X0041_c_x005F_x004a_',
    );
  });
});

describe('hostFormula', () => {
  const cell = {
    formula: 'IF(A1="","",A1-B1)',
    addinFormula: 'KPI.VARIANCE(A1,B1)+KPI.STATUS(A1,B1)',
  };

  it('writes the native formula unless the workbook asks for add-in formulas', () => {
    expect(hostFormula(cell, 'native', 'excel')).toBe(cell.formula);
    expect(hostFormula(cell, 'native', 'sheets')).toBe(cell.formula);
  });

  it('spells the KPI functions as each add-in host names them', () => {
    expect(hostFormula(cell, 'addin', 'excel')).toBe('KPI.VARIANCE(A1,B1)+KPI.STATUS(A1,B1)');
    expect(hostFormula(cell, 'addin', 'sheets')).toBe('KPI_VARIANCE(A1,B1)+KPI_STATUS(A1,B1)');
  });

  it('never writes add-in formulas into an .xlsx, which must work without the add-in', () => {
    expect(hostFormula(cell, 'addin', 'xlsx')).toBe(cell.formula);
  });

  it('has nothing for a value cell', () => {
    expect(hostFormula({ value: 3 }, 'addin', 'excel')).toBeUndefined();
  });
});

describe('units', () => {
  it('turns characters and points into pixels for hosts that take pixels', () => {
    expect(widthInPixels(10)).toBe(75);
    expect(widthInPixels(8.43)).toBe(64); // Excel's default column
    expect(heightInPixels(15)).toBe(20); // Excel's default row
    expect(heightInPixels(48)).toBe(64);
  });
});
