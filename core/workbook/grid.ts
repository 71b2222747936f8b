/**
 * What a sheet's blocks mean once flattened, said once for every renderer (spec.ts states the
 * rules): the cell each position ends up with, and, for hosts that write rectangles in one call
 * (Sheets' setValues, Excel's range.values), dense regions of contents, number formats and
 * style keys, and style runs (rectangles sharing one style).
 */
import { parseRange, rangeRef } from './a1';
import { hostFormula, hostNumberFormat, hostText, type Host } from './host';
import type { Cell, CellStyle, SheetSpec, WorkbookSpec } from './spec';

/** A cell at its 1-based position, after the overlap rules. */
export interface PlacedCell {
  row: number;
  col: number;
  cell: Cell;
}

/**
 * Visits every written cell of a sheet, row by row, left to right. Where blocks overlap the
 * later block wins; a null in a block leaves what is under it (or nothing) untouched.
 */
export function forEachCell(
  sheet: SheetSpec,
  visit: (row: number, col: number, cell: Cell) => void,
): void {
  const rows: Cell[][] = [];
  for (const block of sheet.blocks) {
    for (let r = 0; r < block.cells.length; r++) {
      const cells = block.cells[r];
      const row = (rows[block.row + r] ??= []);
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (cell) row[block.col + c] = cell;
      }
    }
  }
  rows.forEach((cells, row) => cells.forEach((cell, col) => visit(row, col, cell)));
}

/** Every written cell of a sheet, as forEachCell visits them. */
export function placedCells(sheet: SheetSpec): PlacedCell[] {
  const out: PlacedCell[] = [];
  forEachCell(sheet, (row, col, cell) => out.push({ row, col, cell }));
  return out;
}

/** What a 2-D write puts in a cell: a number, a boolean, host text, "=formula", or nothing. */
export type GridContent = string | number | boolean | null;

/**
 * A cell's content for a host that writes values and formulas in one 2-D call: a formula wins
 * over a value (as "=…", the add-in formula where the workbook and host call for it); text goes
 * through hostText, so that it stays text; a link cell holds its text (the host adds the link).
 */
export function cellContent(
  cell: Cell,
  formulaStyle: WorkbookSpec['formulaStyle'],
  host: Host,
): GridContent {
  const formula = hostFormula(cell, formulaStyle, host);
  if (formula !== undefined) return `=${formula}`;
  const value = cell.value ?? null;
  return typeof value === 'string' ? hostText(value, host) : value;
}

/** A dense rectangle of a sheet, written with one call per property. */
export interface GridRegion {
  row: number;
  col: number;
  rows: number;
  cols: number;
  /**
   * Contents; null where the spec writes nothing. Excel's 2-D setters skip a null; a host
   * whose setter cannot (Sheets' setValues) writes "" there instead, which leaves a cell of the
   * new, empty sheet a renderer writes into exactly as it was.
   */
  contents: GridContent[][];
  /** Number formats (of each cell's style); null where the cell has none. */
  numberFormats: (string | null)[][];
  /** Style keys (of WorkbookSpec.styles); null where the cell has none. */
  styles: (string | null)[][];
}

/** A rectangle of cells that share one style, as "A1:C9". */
export interface StyleRun {
  range: string;
  style: string;
}

/** A cell that jumps to another sheet's A1; the host sets `text` as the link's own text. */
export interface GridLink {
  row: number;
  col: number;
  sheetId: string;
  text: string;
}

export interface SheetGrid {
  regions: GridRegion[];
  styleRuns: StyleRun[];
  links: GridLink[];
}

/**
 * A region grows over the next rows while the empty cells it carries stay below this: a small
 * sheet is one region, and a day-scale Gantt's 1,000-column header does not make its 2,000
 * task rows 1,000 columns wide.
 */
const EMPTY_CELLS_ALLOWED = 4096;

/** The sheet as a host that writes rectangles sees it. */
export function sheetGrid(
  sheet: SheetSpec,
  spec: Pick<WorkbookSpec, 'styles' | 'formulaStyle' | 'dateDisplay'>,
  host: Host,
): SheetGrid {
  const placed = placedCells(sheet);
  const byRow = new Map<number, PlacedCell[]>();
  for (const p of placed) {
    const list = byRow.get(p.row);
    if (list) list.push(p);
    else byRow.set(p.row, [p]);
  }
  const regions = regionBounds(byRow).map((b) => fillRegion(b, byRow, spec, host));
  const links = placed.flatMap(({ row, col, cell }) =>
    cell.linkToSheet === undefined
      ? []
      : [{ row, col, sheetId: cell.linkToSheet, text: String(cell.value ?? '') }],
  );
  return { regions, styleRuns: styleRuns(byRow), links };
}

type Bounds = { row: number; col: number; lastRow: number; lastCol: number; filled: number };

/** Consecutive used rows joined into rectangles while they stay dense enough. */
function regionBounds(byRow: Map<number, PlacedCell[]>): Bounds[] {
  const bounds: Bounds[] = [];
  let current: Bounds | undefined;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = byRow.get(row) as PlacedCell[];
    const first = cells[0].col;
    const last = cells[cells.length - 1].col;
    if (current) {
      const col = Math.min(current.col, first);
      const lastCol = Math.max(current.lastCol, last);
      const filled = current.filled + cells.length;
      const area = (row - current.row + 1) * (lastCol - col + 1);
      if (area - filled <= EMPTY_CELLS_ALLOWED) {
        current = { row: current.row, col, lastRow: row, lastCol, filled };
        bounds[bounds.length - 1] = current;
        continue;
      }
    }
    current = { row, col: first, lastRow: row, lastCol: last, filled: cells.length };
    bounds.push(current);
  }
  return bounds;
}

function fillRegion(
  b: Bounds,
  byRow: Map<number, PlacedCell[]>,
  spec: Pick<WorkbookSpec, 'styles' | 'formulaStyle' | 'dateDisplay'>,
  host: Host,
): GridRegion {
  const rows = b.lastRow - b.row + 1;
  const cols = b.lastCol - b.col + 1;
  const matrix = <T>() => Array.from({ length: rows }, () => new Array<T | null>(cols).fill(null));
  const region: GridRegion = {
    row: b.row,
    col: b.col,
    rows,
    cols,
    contents: matrix<GridContent>(),
    numberFormats: matrix<string>(),
    styles: matrix<string>(),
  };
  for (let r = 0; r < rows; r++) {
    for (const { col, cell } of byRow.get(b.row + r) ?? []) {
      const c = col - b.col;
      region.contents[r][c] = cellContent(cell, spec.formulaStyle, host);
      const style: CellStyle | undefined = cell.style ? spec.styles[cell.style] : undefined;
      region.numberFormats[r][c] = hostNumberFormat(style?.numberFormat, host, spec.dateDisplay);
      region.styles[r][c] = cell.style ?? null;
    }
  }
  return region;
}

/**
 * Rectangles of one style: runs along each row, joined with the same run on the rows below.
 * Their number follows the sheet's layout, not its size (2,000 alike task rows are one run per
 * column group).
 */
function styleRuns(byRow: Map<number, PlacedCell[]>): StyleRun[] {
  type Open = { row: number; col: number; lastRow: number; lastCol: number; style: string };
  const done: Open[] = [];
  let open = new Map<string, Open>();
  let previousRow = -1;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, Open>();
    for (const run of rowRuns(byRow.get(row) as PlacedCell[])) {
      const key = `${run.col}:${run.lastCol}:${run.style}`;
      const above = row === previousRow + 1 ? open.get(key) : undefined;
      if (above) {
        above.lastRow = row;
        open.delete(key);
        next.set(key, above);
      } else next.set(key, { row, ...run, lastRow: row });
    }
    done.push(...open.values());
    open = next;
    previousRow = row;
  }
  done.push(...open.values());
  return done
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((o) => ({ range: rangeRef(o.row, o.col, o.lastRow, o.lastCol), style: o.style }));
}

function rowRuns(cells: PlacedCell[]): { col: number; lastCol: number; style: string }[] {
  const runs: { col: number; lastCol: number; style: string }[] = [];
  for (const { col, cell } of cells) {
    if (!cell.style) continue;
    const last = runs[runs.length - 1];
    if (last && last.style === cell.style && last.lastCol === col - 1) last.lastCol = col;
    else runs.push({ col, lastCol: col, style: cell.style });
  }
  return runs;
}

/** A sheet's merges as hosts write them in few calls (see mergeBands). */
export interface MergeBands {
  /** One-row merges over the same columns on consecutive rows: one merge-across each. */
  across: string[];
  /** Merges of several rows: one merge each. */
  blocks: string[];
}

/**
 * A checklist's items and the SWOT's lines are one-row merges repeated down the rows: a host
 * merges each such band across in one call instead of one call per row.
 */
export function mergeBands(merges: string[]): MergeBands {
  const rects = merges.map(parseRange);
  const rows = rects
    .filter((m) => m.row1 === m.row2)
    .sort((a, b) => a.col1 - b.col1 || a.col2 - b.col2 || a.row1 - b.row1);
  const bands: typeof rects = [];
  for (const m of rows) {
    const last = bands[bands.length - 1];
    if (last && last.col1 === m.col1 && last.col2 === m.col2 && last.row2 + 1 === m.row1) {
      last.row2 = m.row1;
    } else bands.push({ ...m });
  }
  const ref = (m: (typeof rects)[number]) => rangeRef(m.row1, m.col1, m.row2, m.col2);
  return { across: bands.map(ref), blocks: rects.filter((r) => r.row1 !== r.row2).map(ref) };
}

/** Consecutive columns or rows of one size, set in one call. */
export interface SizeRun {
  /** The first column or row (1-based). */
  at: number;
  count: number;
  /** In the spec's units: characters for widths, points for heights. */
  size: number;
}

function runsOf(sizes: { at: number; size: number }[]): SizeRun[] {
  const runs: SizeRun[] = [];
  for (const s of [...sizes].sort((a, b) => a.at - b.at)) {
    const last = runs[runs.length - 1];
    if (last && last.at + last.count === s.at && last.size === s.size) last.count++;
    else runs.push({ at: s.at, count: 1, size: s.size });
  }
  return runs;
}

/** A sheet's column widths and row heights as runs of equal sizes. */
export function sizeRuns(sheet: SheetSpec): { widths: SizeRun[]; heights: SizeRun[] } {
  return {
    widths: runsOf(sheet.columnWidths.map((w) => ({ at: w.col, size: w.width }))),
    heights: runsOf(sheet.rowHeights.map((h) => ({ at: h.row, size: h.height }))),
  };
}
