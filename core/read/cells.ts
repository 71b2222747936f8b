/**
 * What reading a workbook needs of its host (WorkbookCells), and the reader the parts of
 * `planbook read` share: cells by workbook name, values as plain text, numbers and dates, and
 * choices matched to their ids, with every cell it could not interpret noted in `problems`.
 */
import { isoDate } from '../dates/serial';
import { cellRef, parseRange } from '../workbook/a1';

export type CellValue = number | string | boolean | null;

/** What reading needs of a workbook, whatever its host. */
export interface WorkbookCells {
  /** The workbook's sheet titles, in order. */
  sheets(): string[];
  /** The sheet a defined name refers to, and its range ("$A$6:$A$17"); undefined if none. */
  name(name: string): { sheet: string; ref: string } | undefined;
  /** A cell's value (a date as its serial number), null when empty. */
  value(sheet: string, row: number, col: number): CellValue;
  /** A cell's formula, without "=", or undefined when it holds none. */
  formula(sheet: string, row: number, col: number): string | undefined;
}

/** A workbook planbook cannot read: not one of its own, or one a newer planbook wrote. */
export class ReadError extends Error {}

/** A named column: its sheet, range, rows and a getter for any of its rows' cells. */
export interface NamedColumn {
  sheet: string;
  row1: number;
  col1: number;
  row2: number;
  col2: number;
  rows: number[];
  get(row: number, col?: number): CellValue;
}

export class Reader {
  readonly problems: string[] = [];
  private readonly columns = new Map<string, NamedColumn>();

  constructor(readonly cells: WorkbookCells) {}

  /** The range a workbook name refers to; a workbook without it is not planbook's. */
  at(name: string): { sheet: string; row1: number; col1: number; row2: number; col2: number } {
    const found = this.cells.name(name);
    if (!found) throw new ReadError(`not a planbook workbook: it has no name ${name}`);
    return { sheet: found.sheet, ...parseRange(found.ref.replace(/\$/g, '')) };
  }

  /** A name's column, looked up once (the Data sheet's are read row by row). */
  column(name: string): NamedColumn {
    let found = this.columns.get(name);
    if (!found) {
      const r = this.at(name);
      const rows = Array.from({ length: r.row2 - r.row1 + 1 }, (_, i) => r.row1 + i);
      const get = (row: number, col = r.col1) => this.cells.value(r.sheet, row, col);
      found = { ...r, rows, get };
      this.columns.set(name, found);
    }
    return found;
  }

  value(sheet: string, row: number, col: number): CellValue {
    return this.cells.value(sheet, row, col);
  }

  text = (v: CellValue): string => (v === null ? '' : String(v).trim());
  num = (v: CellValue): number | undefined => (typeof v === 'number' ? v : undefined);
  day = (v: CellValue): string | undefined => (typeof v === 'number' ? isoDate(v) : undefined);

  /** The id of the choice a cell holds (its words, or the id itself); noted when none. */
  choice(words: [string, string][], sheet: string, row: number, col: number): string | undefined {
    const typed = this.text(this.value(sheet, row, col));
    if (typed === '') return undefined;
    const found = words.find(([id, word]) => typed === word || typed === id)?.[0];
    if (!found) {
      this.problems.push(`${sheet}!${cellRef(row, col)}: “${typed}” is not one of the choices`);
    }
    return found;
  }
}
