/**
 * The in-memory workbook behind the fake Excel API (api.ts): what a workbook holds once the
 * requests are applied. Tests read it directly.
 */
import { columnLetter, parseRange } from '../../../core/workbook/a1';

export interface XFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  rotation?: number;
  readingOrder?: string;
  borders?: Record<string, { style?: string; weight?: string; color?: string }>;
}

export interface XCell {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  format: XFormat;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

export interface XRule {
  range: string;
  formula?: string;
  format: XFormat;
  priority: number;
  stopIfTrue: boolean;
}

export class XSheet {
  readonly cells = new Map<string, XCell>();
  readonly merges: string[] = [];
  readonly rules: XRule[] = [];
  readonly validations: { range: string; rule: unknown; ignoreBlanks?: boolean }[] = [];
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  freeze = { rows: 0, cols: 0 };
  tabColor = '';
  /** Page layout as set: property → value, and the print area and titles. */
  page: Record<string, unknown> = {};
  readonly hidden = new Set<number>();
  readonly groups: string[] = [];
  readonly hiddenRows = new Set<number>();
  readonly rowGroups: string[] = [];
  /** The selected range, once one was selected. */
  selection: string | undefined;

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  cell(row: number, col: number): XCell {
    const key = `${columnLetter(col)}${row}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { format: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }
}

export class XBook {
  readonly sheets: XSheet[] = [];
  readonly names = new Map<string, { sheet: XSheet; address: string }>();
  active: XSheet | undefined;
  private nextId = 0;

  sheet(name: string): XSheet | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  /** A worksheet of the marketer's, as it was before the add-in ran. */
  addOwnSheet(name: string): XSheet {
    const sheet = new XSheet(name, `{${this.nextId++}}`);
    this.sheets.push(sheet);
    return sheet;
  }

  addSheet(name: string): XSheet {
    const why =
      name.length > 31
        ? 'is longer than 31 characters'
        : /[[\]:*?/\\]/.test(name)
          ? 'contains a character Excel does not allow'
          : this.sheet(name)
            ? 'is already taken'
            : null;
    if (why) throw officeError('InvalidArgument', `The sheet name "${name}" ${why}.`);
    return this.addOwnSheet(name);
  }
}

/** An error as Office.js reports it at sync. */
export function officeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code, name: 'RichApi.Error' });
}

/** Every cell position of an A1 range ("B2:C3", "$B$2"). */
export function cellsOf(address: string): { row: number; col: number }[] {
  const r = parseRange(address.replace(/\$/g, ''));
  const out: { row: number; col: number }[] = [];
  for (let row = r.row1; row <= r.row2; row++) {
    for (let col = r.col1; col <= r.col2; col++) out.push({ row, col });
  }
  return out;
}
