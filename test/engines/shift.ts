/**
 * Moves the relative references of a formula by (rows, cols), as a spreadsheet does when it
 * applies a conditional-format rule written for a range's top-left cell to another cell.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : shiftRefs(part, rows, cols)))
    .join('');
}

function shiftRefs(code: string, rows: number, cols: number): string {
  return code.replace(
    /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
    (_, before: string, absCol: string, letters: string, absRow: string, digits: string) => {
      const col = absCol ? letters : letterOf(numberOf(letters) + cols);
      const row = absRow ? digits : String(Number(digits) + rows);
      return `${before}${absCol}${col}${absRow}${row}`;
    },
  );
}

function numberOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function letterOf(n: number): string {
  let s = '';
  for (let m = n; m > 0; m = Math.floor((m - 1) / 26))
    s = String.fromCharCode(65 + ((m - 1) % 26)) + s;
  return s;
}
