/**
 * WorkbookSpec: a host-neutral description of a workbook. The core builds it; core/xlsx, the
 * Sheets add-on and the Excel add-in render it. Rows and columns are 1-based, as in A1 notation.
 *
 * What rendering a spec means, for every renderer (the helpers of core/workbook apply it, so
 * that no renderer works it out again):
 * - Blocks: a later block wins where blocks overlap; a null cell in a block leaves the cell
 *   untouched (grid.ts: placedCells, sheetGrid). A host whose 2-D write cannot skip a cell
 *   writes "" there: renderers only write into sheets they have just created.
 * - A cell with a formula is a formula cell (its value, if any, is ignored); `addinFormula`
 *   replaces it only where host.ts's hostFormula says so.
 * - Strings are user text and stay text on every host: they go through hostText (host.ts).
 * - Sheets are referred to by id (names, links); a sheet's title is its tab's name and may be
 *   numbered when the workbook already has one of that name ("Control (2)"). Formulas that
 *   read another sheet were built with the final titles (core/sheets/titles).
 * - Column widths are in characters of the default font, as .xlsx and Excel count them; row
 *   heights in points. Hosts that take pixels convert with widthInPixels / heightInPixels.
 * - Validations are written as normalizeValidation (validation.ts) gives them.
 * - checkSpec (check.ts) lists what a host would refuse; a generated spec has none.
 */

/** A literal cell value. Dates are serial day numbers with a date style, never strings. */
export type CellValue = string | number | boolean | null;

/** One cell: a literal value or an invariant (en-US) formula without the leading "=". */
export interface Cell {
  value?: CellValue;
  formula?: string;
  /** A key of WorkbookSpec.styles. */
  style?: string;
  /**
   * The same computation calling the KPI custom functions, spelled as Excel names them
   * (KPI.STATUS(...)); hostFormula gives each host's spelling and says when it replaces
   * `formula` (add-in hosts, formulaStyle "addin"; never core/xlsx).
   */
  addinFormula?: string;
  /** An internal hyperlink: the cell (its value is the text) jumps to A1 of the sheet with this id. */
  linkToSheet?: string;
}

/** A rectangle of cells anchored at (row, col); null leaves a cell untouched. */
export interface Block {
  row: number;
  col: number;
  cells: (Cell | null)[][];
}

export interface Fill {
  color: string; // RRGGBB
}

export interface Border {
  style: 'thin' | 'medium' | 'thick' | 'dashed';
  color: string;
}

/** A cell style; renderers map it onto their host's formatting. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  numberFormat?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  rotate?: number;
  border?: Border;
}

/** The format a conditional rule applies (a subset every host supports). */
export interface RuleFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  /** Left and right border, used for markers; hosts that cannot draw it may fall back to fill. */
  sideBorder?: string;
}

/**
 * A conditional format: the formula is written relative to the top-left cell of `range` and
 * refers only to cells of its own sheet. Rules are listed in priority order.
 */
export interface ConditionalRule {
  /** A stable id that says what the rule draws, e.g. "gantt.task". */
  id: string;
  range: string;
  formula: string;
  format: RuleFormat;
  stopIfTrue?: boolean;
}

/** Data validation; normalizeValidation fills the defaults (validation.ts). */
export type Validation =
  /** A drop-down from a workbook name (a one-column range). */
  | { kind: 'list'; range: string; source: string; allowBlank?: boolean }
  /**
   * A drop-down of a few fixed words, written into the rule itself (no list on a sheet, no
   * name): each without a comma or a double quote, 255 characters in all (Excel's limit).
   */
  | { kind: 'choice'; range: string; values: string[] }
  | { kind: 'number'; range: string; min?: number; max?: number; integer?: boolean }
  | { kind: 'date'; range: string };

export interface SheetSpec {
  /** A stable id (e.g. "control"); titles come from i18n and may change. */
  id: string;
  title: string;
  blocks: Block[];
  /** Widths in characters of the default font. */
  columnWidths: { col: number; width: number }[];
  /** Heights in points. */
  rowHeights: { row: number; height: number }[];
  merges: string[];
  freeze?: { rows: number; cols: number };
  /**
   * Where the sheet opens, when its first screen would not show what it is opened for (the
   * Gantt's current week): the cell selected, and the first column its scrolling pane shows.
   * The .xlsx sets both; the add-ins select the cell, which the hosts bring into view (neither
   * has an API to set a sheet's scroll position). Below and right of the frozen panes.
   */
  opensAt?: { row: number; col: number; firstCol: number };
  conditionalRules: ConditionalRule[];
  validations: Validation[];
  rightToLeft?: boolean;
  tabColor?: string;
  /**
   * Columns the formulas read but a marketer need not: gathered in a collapsed outline group
   * (hidden, one click on the group's + shows them), never removed. Ranges of whole columns,
   * in order, not touching.
   */
  columnGroups?: { from: number; to: number }[];
  /** Rows gathered the same way (collapsed, hidden, not printed). */
  rowGroups?: { from: number; to: number }[];
  /** How the sheet prints (print.ts gives the paper, margins, header and footer of all). */
  print?: PrintSetup;
}

/**
 * A sheet's page setup. Every sheet prints on A4 with the same margins, its title in the page
 * header and the page number in the footer (print.ts); this says what differs by sheet.
 */
export interface PrintSetup {
  landscape: boolean;
  /** Scaled to one page wide, and to this many pages tall (0: as many as the rows take). */
  pagesTall: number;
  /** Rows repeated at the top of every page, and columns at its start (1-based, inclusive). */
  titleRows?: { from: number; to: number };
  titleColumns?: { from: number; to: number };
  /** The range that prints (A1, no sheet), when not the whole sheet. */
  area?: string;
}

/** A workbook-level name pointing at an absolute range of one sheet. */
export interface NamedRange {
  name: string;
  sheetId: string;
  ref: string;
}

export interface WorkbookSpec {
  title: string;
  /** "native" (the default) or "addin": which of a cell's formulas add-in renderers write. */
  formulaStyle: 'native' | 'addin';
  sheets: SheetSpec[];
  names: NamedRange[];
  styles: Record<string, CellStyle>;
  /**
   * The calendar a day's date is shown in where the host can format a real date that way
   * (the cell stays a serial; see host.ts's hostNumberFormat); Gregorian when absent.
   */
  dateDisplay?: 'solar-hijri';
}
