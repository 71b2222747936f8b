/** A1-notation helpers. Rows and columns are 1-based. */

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`column must be ≥ 1, got ${col}`);
  let n = col;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface RefOptions {
  absRow?: boolean;
  absCol?: boolean;
}

/** (5, 2) → "B5"; with absolute flags "$B$5". */
export function cellRef(row: number, col: number, opts: RefOptions = {}): string {
  return `${opts.absCol ? '$' : ''}${columnLetter(col)}${opts.absRow ? '$' : ''}${row}`;
}

/** An absolute cell reference, "$B$5". */
export function absRef(row: number, col: number): string {
  return cellRef(row, col, { absRow: true, absCol: true });
}

/** A range "B5:D9" (absolute with abs = true). */
export function rangeRef(
  row1: number,
  col1: number,
  row2: number,
  col2: number,
  abs = false,
): string {
  const r = abs ? absRef : cellRef;
  return `${r(row1, col1)}:${r(row2, col2)}`;
}

/** Quotes a sheet title for use in a formula: Data → Data, "My sheet" → 'My sheet'. */
export function sheetPrefix(title: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(title) ? `${title}!` : `'${title.replace(/'/g, "''")}'!`;
}

/** Parses "B5" or "$B$5" into its row and column. */
export function parseCell(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) throw new SyntaxError(`not an A1 cell reference: ${ref}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** Parses "B5:D9" (or a single cell) into its corners. */
export function parseRange(ref: string): {
  row1: number;
  col1: number;
  row2: number;
  col2: number;
} {
  const [a, b = a] = ref.split(':');
  const p = parseCell(a);
  const q = parseCell(b);
  return { row1: p.row, col1: p.col, row2: q.row, col2: q.col };
}

/** A formula string literal: He said "hi" → "He said ""hi""". */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
