/**
 * An in-memory SpreadsheetApp: the subset the Sheets add-on uses, typed against
 * @types/google-apps-script, keeping the host's rules — a values array must match its range's
 * size; a string beginning with "=" written as a value becomes a formula and a leading
 * apostrophe makes text; setConditionalFormatRules replaces all rules; sheet names are unique
 * (ignoring case) and at most 100 characters; at most 18,278 columns and 10 million cells. It
 * counts every call on a service object (SpreadsheetApp, Spreadsheet, Sheet, Range, RangeList)
 * and, apart, the calls on builders, which Apps Script runs locally.
 */
import { columnLetter, parseRange, rangeRef } from '../../core/workbook/a1';
import { FakeRangeList, FakeRange, type CellState } from './spreadsheet-range';
import type { Built } from './spreadsheet-builders';
import { CallLog } from './spreadsheet-log';

export { CallLog };

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The fake's methods take what the real ones take; what they return is the fake's own. */
type Fake<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;
};

export const MAX_CELLS = 10_000_000;
export const MAX_COLUMNS = 18_278;

export class FakeSheet implements Fake<
  GSheet,
  | 'getName'
  | 'getSheetId'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRowsAfter'
  | 'insertColumnsAfter'
  | 'getRangeList'
  | 'setColumnWidths'
  | 'setRowHeights'
  | 'setFrozenRows'
  | 'setFrozenColumns'
  | 'setRightToLeft'
  | 'setTabColor'
  | 'collapseAllColumnGroups'
  | 'collapseAllRowGroups'
  | 'getConditionalFormatRules'
  | 'setConditionalFormatRules'
  | 'activate'
> {
  readonly cells = new Map<string, CellState>();
  readonly merges: string[] = [];
  readonly columnGroups: { from: number; to: number }[] = [];
  readonly hiddenColumns = new Set<number>();
  readonly rowGroups: { from: number; to: number }[] = [];
  readonly hiddenRows = new Set<number>();
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  rules: Built[] = [];
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  frozenColumns = 0;
  rightToLeft = false;
  tabColor: string | null = null;
  /** The selected range (A1), once a range of the sheet was activated. */
  selection: string | undefined;

  constructor(
    readonly book: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  get log(): CallLog {
    return this.book.log;
  }

  /** A cell's state, created on first write. */
  cell(row: number, col: number): CellState {
    const key = `${columnLetter(col)}${row}`;
    let state = this.cells.get(key);
    if (!state) {
      state = {};
      this.cells.set(key, state);
    }
    return state;
  }

  getName() {
    this.log.count('Sheet.getName');
    return this.name;
  }
  getSheetId() {
    this.log.count('Sheet.getSheetId');
    return this.id;
  }
  getMaxRows() {
    this.log.count('Sheet.getMaxRows');
    return this.maxRows;
  }
  getMaxColumns() {
    this.log.count('Sheet.getMaxColumns');
    return this.maxColumns;
  }
  insertRowsAfter(after: number, howMany: number) {
    this.log.count('Sheet.insertRowsAfter');
    if (after < 1 || after > this.maxRows) throw new Error(`Those rows are out of bounds.`);
    this.book.checkSize(this, this.maxRows + howMany, this.maxColumns);
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number) {
    this.log.count('Sheet.insertColumnsAfter');
    if (after < 1 || after > this.maxColumns) throw new Error(`Those columns are out of bounds.`);
    if (this.maxColumns + howMany > MAX_COLUMNS) {
      throw new Error(`This action would increase the number of columns above ${MAX_COLUMNS}.`);
    }
    this.book.checkSize(this, this.maxRows, this.maxColumns + howMany);
    this.maxColumns += howMany;
    return this;
  }

  deleteRows(rowPosition: number, howMany: number) {
    this.log.count('Sheet.deleteRows');
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.maxRows) {
      throw new Error('Those rows are out of bounds.');
    }
    if (howMany >= this.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.maxRows -= howMany;
    for (const key of [...this.cells.keys()]) {
      if (Number(/\d+$/.exec(key)?.[0]) >= rowPosition) this.cells.delete(key);
    }
    return this;
  }

  /** getRange(row, column, numRows, numColumns) or getRange(a1Notation). */
  getRange(a: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.log.count('Sheet.getRange');
    return this.rangeOf(a, column, numRows, numColumns);
  }

  rangeOf(a: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof a === 'string') {
      const r = parseRange(a.replace(/\$/g, ''));
      return new FakeRange(this, r.row1, r.col1, r.row2 - r.row1 + 1, r.col2 - r.col1 + 1);
    }
    return new FakeRange(this, a, column as number, numRows, numColumns);
  }

  getRangeList(a1Notations: string[]) {
    this.log.count('Sheet.getRangeList');
    return new FakeRangeList(
      this,
      a1Notations.map((a1) => this.rangeOf(a1)),
    );
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number) {
    this.log.count('Sheet.setColumnWidths');
    for (let c = 0; c < numColumns; c++) this.widths.set(startColumn + c, width);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number) {
    this.log.count('Sheet.setRowHeights');
    for (let r = 0; r < numRows; r++) this.heights.set(startRow + r, height);
    return this;
  }
  setFrozenRows(rows: number) {
    this.log.count('Sheet.setFrozenRows');
    this.frozenRows = rows;
  }
  setFrozenColumns(columns: number) {
    this.log.count('Sheet.setFrozenColumns');
    this.frozenColumns = columns;
  }
  setRightToLeft(rightToLeft: boolean) {
    this.log.count('Sheet.setRightToLeft');
    this.rightToLeft = rightToLeft;
    return this;
  }
  /** Collapses every column group: their columns hidden, the group's + shown. */
  collapseAllColumnGroups() {
    this.log.count('Sheet.collapseAllColumnGroups');
    for (const { from, to } of this.columnGroups) {
      for (let c = from; c <= to; c++) this.hiddenColumns.add(c);
    }
    return this;
  }
  collapseAllRowGroups() {
    this.log.count('Sheet.collapseAllRowGroups');
    for (const { from, to } of this.rowGroups)
      for (let r = from; r <= to; r++) this.hiddenRows.add(r);
    return this;
  }
  setTabColor(color: string | null) {
    this.log.count('Sheet.setTabColor');
    this.tabColor = color;
    return this;
  }
  getConditionalFormatRules() {
    this.log.count('Sheet.getConditionalFormatRules');
    return [...this.rules];
  }
  setConditionalFormatRules(rules: unknown[]) {
    this.log.count('Sheet.setConditionalFormatRules');
    // As in Sheets: the list replaces every rule the sheet had.
    this.rules = [...(rules as Built[])];
  }
  activate() {
    this.log.count('Sheet.activate');
    this.book.active = this;
    return this;
  }
  select(a1: string): void {
    this.selection = a1;
    this.book.active = this;
  }

  /** Takes everything another sheet holds, as a copy of it (insertSheet's template). */
  copyFrom(other: FakeSheet): void {
    for (const [key, cell] of other.cells) {
      this.cells.set(key, { ...cell, border: cell.border && { ...cell.border } });
    }
    this.merges.push(...other.merges);
    this.columnGroups.push(...other.columnGroups.map((g) => ({ ...g })));
    for (const c of other.hiddenColumns) this.hiddenColumns.add(c);
    this.rowGroups.push(...other.rowGroups.map((g) => ({ ...g })));
    for (const r of other.hiddenRows) this.hiddenRows.add(r);
    for (const [col, width] of other.widths) this.widths.set(col, width);
    for (const [row, height] of other.heights) this.heights.set(row, height);
    this.rules = [...other.rules];
    this.maxRows = other.maxRows;
    this.maxColumns = other.maxColumns;
    this.frozenRows = other.frozenRows;
    this.frozenColumns = other.frozenColumns;
    this.rightToLeft = other.rightToLeft;
    this.tabColor = other.tabColor;
  }

  /** The A1 range of this sheet that a merge or name covers, for assertions. */
  a1(row: number, col: number, rows: number, cols: number): string {
    return rows === 1 && cols === 1
      ? rangeRef(row, col, row, col).split(':')[0]
      : rangeRef(row, col, row + rows - 1, col + cols - 1);
  }
}

export class FakeSpreadsheet implements Fake<
  GSpreadsheet,
  | 'getSheets'
  | 'getNumSheets'
  | 'getSheetByName'
  | 'deleteSheet'
  | 'setNamedRange'
  | 'removeNamedRange'
  | 'getNamedRanges'
  | 'getSpreadsheetTimeZone'
> {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, FakeRange>();
  active: FakeSheet | undefined;
  private nextId = 0;

  constructor(
    readonly log: CallLog,
    readonly timeZone: string,
  ) {}

  /** A sheet of the marketer's, as they would have it before the add-on runs. */
  addOwnSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(this, name, this.nextId++);
    this.sheets.push(sheet);
    return sheet;
  }

  checkSize(changed: FakeSheet, rows: number, cols: number): void {
    const cells = this.sheets.reduce(
      (n, s) => n + (s === changed ? rows * cols : s.maxRows * s.maxColumns),
      0,
    );
    if (cells > MAX_CELLS) {
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
      );
    }
  }

  getSheets() {
    this.log.count('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  getNumSheets() {
    this.log.count('Spreadsheet.getNumSheets');
    return this.sheets.length;
  }
  getSheetByName(name: string) {
    this.log.count('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  /**
   * insertSheet(sheetName, sheetIndex[, { template }]): a new sheet, or a copy of the template
   * with everything it holds — cells, merges, sizes, rules, frozen panes, direction and tab
   * colour; named ranges stay with the template, as in Sheets.
   */
  insertSheet(sheetName: string, sheetIndex: number, options?: { template?: unknown }): FakeSheet {
    this.log.count('Spreadsheet.insertSheet');
    if (sheetName.length > 100) throw new Error('The sheet name is too long.');
    if (this.sheets.some((s) => s.name.toUpperCase() === sheetName.toUpperCase())) {
      throw new Error(
        `A sheet with the name "${sheetName}" already exists. Please enter another name.`,
      );
    }
    const sheet = new FakeSheet(this, sheetName, this.nextId++);
    const template = options?.template as FakeSheet | undefined;
    if (template) {
      if (!this.sheets.includes(template))
        throw new Error('The template sheet is not in this spreadsheet.');
      sheet.copyFrom(template);
    }
    this.checkSize(sheet, sheet.maxRows, sheet.maxColumns);
    this.sheets.splice(sheetIndex, 0, sheet);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: unknown) {
    this.log.count('Spreadsheet.deleteSheet');
    const i = this.sheets.indexOf(sheet as FakeSheet);
    if (i < 0) throw new Error('The sheet does not exist.');
    this.sheets.splice(i, 1);
    for (const [name, range] of this.names) if (range.sheet === sheet) this.names.delete(name);
  }
  setNamedRange(name: string, range: unknown) {
    this.log.count('Spreadsheet.setNamedRange');
    this.names.set(name, range as FakeRange);
  }
  removeNamedRange(name: string) {
    this.log.count('Spreadsheet.removeNamedRange');
    this.names.delete(name);
  }
  getNamedRanges() {
    this.log.count('Spreadsheet.getNamedRanges');
    return [...this.names.keys()].map((name) => ({
      getName: () => {
        this.log.count('NamedRange.getName');
        return name;
      },
    })) as unknown as GoogleAppsScript.Spreadsheet.NamedRange[];
  }
  getSpreadsheetTimeZone() {
    this.log.count('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }
}
