/**
 * WorkbookSpec: a host-neutral description of a workbook. The core builds it; core/xlsx, the
 * Sheets add-on and the Excel add-in render it. Rows and columns are 1-based, as in A1 notation.
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
   * The same computation calling the KPI custom functions (Excel's spelling, KPI.STATUS(...);
   * the Sheets renderer writes KPI_STATUS(...)). Add-in renderers write it instead of `formula`
   * when the plan's formulaStyle is "addin"; core/xlsx always writes `formula`.
   */
  addinFormula?: string;
  /** An internal hyperlink: the cell jumps to this sheet's A1 when clicked. */
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

export type Validation =
  | { kind: 'list'; range: string; source: string; allowBlank?: boolean }
  | { kind: 'number'; range: string; min?: number; max?: number; integer?: boolean }
  | { kind: 'date'; range: string };

export interface SheetSpec {
  /** A stable id (e.g. "control"); titles come from i18n and may change. */
  id: string;
  title: string;
  blocks: Block[];
  columnWidths: { col: number; width: number }[];
  rowHeights: { row: number; height: number }[];
  merges: string[];
  freeze?: { rows: number; cols: number };
  conditionalRules: ConditionalRule[];
  validations: Validation[];
  rightToLeft?: boolean;
  tabColor?: string;
  /** Printing: landscape pages, scaled to one page wide when fitToWidth. */
  print?: { landscape: boolean; fitToWidth: boolean };
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
}
