import {
  absRef,
  cellRef,
  columnLetter,
  columnNumber,
  parseCell,
  parseRange,
  rangeRef,
  sheetPrefix,
  stringLiteral,
} from '../../../core/workbook/a1';

describe('A1 helpers', () => {
  it('converts columns both ways', () => {
    expect([1, 26, 27, 52, 703, 16384].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'AAA',
      'XFD',
    ]);
    for (const n of [1, 26, 27, 702, 703, 16384]) expect(columnNumber(columnLetter(n))).toBe(n);
    expect(() => columnLetter(0)).toThrow(RangeError);
  });

  it('builds and parses references', () => {
    expect(cellRef(5, 2)).toBe('B5');
    expect(cellRef(5, 2, { absRow: true })).toBe('B$5');
    expect(cellRef(5, 2, { absCol: true })).toBe('$B5');
    expect(absRef(5, 2)).toBe('$B$5');
    expect(rangeRef(1, 1, 10, 3)).toBe('A1:C10');
    expect(rangeRef(1, 1, 10, 3, true)).toBe('$A$1:$C$10');
    expect(parseCell('$AB$12')).toEqual({ row: 12, col: 28 });
    expect(parseRange('B2:D9')).toEqual({ row1: 2, col1: 2, row2: 9, col2: 4 });
    expect(parseRange('C3')).toEqual({ row1: 3, col1: 3, row2: 3, col2: 3 });
    expect(() => parseCell('3C')).toThrow(SyntaxError);
  });

  it('quotes sheet titles and strings for formulas', () => {
    expect(sheetPrefix('Data')).toBe('Data!');
    expect(sheetPrefix('My plan')).toBe("'My plan'!");
    expect(sheetPrefix("Lan's")).toBe("'Lan''s'!");
    expect(sheetPrefix('Kế hoạch')).toBe("'Kế hoạch'!");
    expect(stringLiteral('say "hi"')).toBe('"say ""hi"""');
  });
});
