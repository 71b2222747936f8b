/** The fake SpreadsheetApp's ranges and range lists (see spreadsheet-app.ts). */
import { cellRef } from '../../core/workbook/a1';
import type { Built } from './spreadsheet-builders';
import type { CallLog } from './spreadsheet-log';

/** What a range needs of its sheet (FakeSheet in spreadsheet-app.ts). */
export interface RangeSheet {
  readonly name: string;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly merges: string[];
  readonly columnGroups: { from: number; to: number }[];
  readonly rowGroups: { from: number; to: number }[];
  readonly log: CallLog;
  a1(row: number, col: number, rows: number, cols: number): string;
  cell(row: number, col: number): CellState;
  /** Selects the range's cells (activating the sheet). */
  select(a1: string): void;
}

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;

/** The fake's methods take what the real ones take; what they return is the fake's own. */
type Fake<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;
};

/** What a cell holds: its content, formats, validation and link. */
export interface CellState {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  background?: string | null;
  fontWeight?: string;
  fontStyle?: string;
  fontColor?: string | null;
  fontSize?: number;
  horizontal?: string | null;
  vertical?: string | null;
  wrap?: boolean;
  rotation?: number;
  border?: { color: string; style: string };
  validation?: Built;
  link?: string;
}

/** A plain number as Sheets reads one typed in: "12", "-3.5" (not "0012" kept as typed). */
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/** What Sheets stores for a value written with setValues. */
function stored(value: unknown): Pick<CellState, 'value' | 'formula'> {
  if (typeof value === 'string') {
    if (value.startsWith('=')) return { formula: value.slice(1) };
    if (value.startsWith("'")) return { value: value.slice(1) };
    if (value === '') return {};
    if (NUMBER.test(value.trim())) return { value: Number(value) };
    if (/^(true|false)$/i.test(value)) return { value: value.toUpperCase() === 'TRUE' };
    return { value };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  if (value === null || value === undefined) return {};
  throw new Error(`Cannot write ${typeof value} to a cell`);
}

export class FakeRange implements Fake<
  GRange,
  | 'setValues'
  | 'setNumberFormats'
  | 'setBackgrounds'
  | 'setFontWeights'
  | 'setFontStyles'
  | 'setFontColors'
  | 'setFontSizes'
  | 'setHorizontalAlignments'
  | 'setVerticalAlignments'
  | 'setWraps'
  | 'mergeAcross'
  | 'merge'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setTextStyles'
  | 'setRichTextValues'
  | 'getA1Notation'
  | 'shiftColumnGroupDepth'
  | 'shiftRowGroupDepth'
  | 'activate'
> {
  constructor(
    readonly sheet: RangeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    if (row < 1 || col < 1 || rows < 1 || cols < 1) throw new Error('Invalid range');
    if (row + rows - 1 > sheet.maxRows || col + cols - 1 > sheet.maxColumns) {
      throw new Error(
        `Range ${this.a1()} exceeds the grid limits (${sheet.maxRows} rows, ${sheet.maxColumns} columns).`,
      );
    }
  }

  a1(): string {
    return this.sheet.a1(this.row, this.col, this.rows, this.cols);
  }

  /** As in Sheets: selects the range and makes its sheet the active one. */
  activate() {
    this.count('activate');
    this.sheet.select(this.a1());
    return this;
  }

  private count(method: string): void {
    this.sheet.log.count(`Range.${method}`);
  }

  /** Writes a rectangle of anything, cell by cell, after checking its size as Sheets does. */
  private each<T>(method: string, values: T[][], write: (cell: CellState, v: T) => void): this {
    this.count(method);
    this.sheet.log.cells += this.rows * this.cols;
    if (!Array.isArray(values) || values.length !== this.rows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values?.length} but the range has ${this.rows}.`,
      );
    }
    values.forEach((row, r) => {
      if (row.length !== this.cols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.cols}.`,
        );
      }
      row.forEach((v, c) => write(this.sheet.cell(this.row + r, this.col + c), v));
    });
    return this;
  }

  /** Every cell of the range (no call: for the range lists' setters). */
  forEachCell(write: (cell: CellState) => void): void {
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) write(this.sheet.cell(this.row + r, this.col + c));
    }
  }

  setValues(values: unknown[][]) {
    return this.each('setValues', values, (cell, v) => {
      delete cell.value;
      delete cell.formula;
      Object.assign(cell, stored(v));
    });
  }
  setNumberFormats(formats: string[][]) {
    return this.each('setNumberFormats', formats, (cell, v) => (cell.numberFormat = v));
  }
  setBackgrounds(colors: (string | null)[][]) {
    return this.each('setBackgrounds', colors, (cell, v) => (cell.background = v));
  }
  setFontWeights(weights: unknown[][]) {
    return this.each('setFontWeights', weights, (cell, v) => (cell.fontWeight = v as string));
  }
  setFontStyles(styles: unknown[][]) {
    return this.each('setFontStyles', styles, (cell, v) => (cell.fontStyle = v as string));
  }
  setFontColors(colors: unknown[][]) {
    return this.each('setFontColors', colors, (cell, v) => (cell.fontColor = v as string));
  }
  setFontSizes(sizes: number[][]) {
    return this.each('setFontSizes', sizes, (cell, v) => (cell.fontSize = v));
  }
  setHorizontalAlignments(alignments: unknown[][]) {
    return this.each('setHorizontalAlignments', alignments, (cell, v) => {
      cell.horizontal = v as string;
    });
  }
  setVerticalAlignments(alignments: unknown[][]) {
    return this.each('setVerticalAlignments', alignments, (cell, v) => {
      cell.vertical = v as string;
    });
  }
  setWraps(wraps: unknown[][]) {
    return this.each('setWraps', wraps, (cell, v) => (cell.wrap = v as boolean));
  }
  mergeAcross() {
    this.count('mergeAcross');
    for (let r = 0; r < this.rows; r++)
      this.addMerge(this.sheet.a1(this.row + r, this.col, 1, this.cols));
    return this;
  }
  /** Groups the range's columns one level deeper (an outline group, with its + / −). */
  shiftColumnGroupDepth(delta: number) {
    this.count('shiftColumnGroupDepth');
    if (delta !== 1) throw new Error('the fake groups one level only');
    this.sheet.columnGroups.push({ from: this.col, to: this.col + this.cols - 1 });
    return this;
  }
  shiftRowGroupDepth(delta: number) {
    this.count('shiftRowGroupDepth');
    if (delta !== 1) throw new Error('the fake groups one level only');
    this.sheet.rowGroups.push({ from: this.row, to: this.row + this.rows - 1 });
    return this;
  }
  merge() {
    this.count('merge');
    this.addMerge(this.a1());
    return this;
  }
  private addMerge(a1: string): void {
    const frozen = (first: number, last: number, line: number) => first <= line && last > line;
    const [r2, c2] = [this.row + this.rows - 1, this.col + this.cols - 1];
    if (
      frozen(this.row, r2, this.sheet.frozenRows) ||
      frozen(this.col, c2, this.sheet.frozenColumns)
    ) {
      throw new Error("You can't merge frozen and non-frozen columns.");
    }
    this.sheet.merges.push(a1);
  }
  setDataValidation(rule: unknown) {
    this.count('setDataValidation');
    this.forEachCell((cell) => (cell.validation = rule as Built));
    return this;
  }
  /** A rule per cell (null: none). */
  setDataValidations(rules: unknown[][]) {
    return this.each('setDataValidations', rules, (cell, rule) => {
      if (rule) cell.validation = rule as Built;
      else delete cell.validation;
    });
  }
  /** A text style per cell (what the builder was given: bold, italic, colour, size). */
  setTextStyles(styles: unknown[][]) {
    return this.each('setTextStyles', styles, (cell, value) => {
      const style = value as Built;
      if (style.bold !== undefined) cell.fontWeight = style.bold ? 'bold' : 'normal';
      if (style.italic !== undefined) cell.fontStyle = style.italic ? 'italic' : 'normal';
      if (style.foregroundColor !== undefined) cell.fontColor = style.foregroundColor as string;
      if (style.fontSize !== undefined) cell.fontSize = style.fontSize as number;
    });
  }
  setRichTextValues(values: unknown[][]) {
    return this.each('setRichTextValues', values, (cell, v) => {
      const rich = v as Built;
      delete cell.formula;
      cell.value = rich.text as string;
      if (rich.linkUrl) cell.link = rich.linkUrl as string;
    });
  }
  getA1Notation() {
    this.count('getA1Notation');
    return this.a1();
  }

  /** The top-left cell's A1 reference. */
  topLeft(): string {
    return cellRef(this.row, this.col);
  }
}

export class FakeRangeList implements Fake<
  GRangeList,
  'getRanges' | 'setBorder' | 'setTextRotation'
> {
  constructor(
    readonly sheet: RangeSheet,
    readonly ranges: FakeRange[],
  ) {}

  getRanges() {
    this.sheet.log.count('RangeList.getRanges');
    return [...this.ranges];
  }
  setBorder(...args: unknown[]) {
    this.sheet.log.count('RangeList.setBorder');
    const [color, style] = [args[6] as string, args[7] as string];
    for (const range of this.ranges) range.forEachCell((cell) => (cell.border = { color, style }));
    return this;
  }
  setTextRotation(degrees: number) {
    this.sheet.log.count('RangeList.setTextRotation');
    for (const range of this.ranges) range.forEachCell((cell) => (cell.rotation = degrees));
    return this;
  }
}
