/**
 * What the renderer contract compares: a workbook as any host holds it, read back into one
 * plain shape (cells with their content and number format, merges, frozen panes, column
 * widths in characters, conditional formats, the cells validations cover, names), and what a
 * spec says a host of each spelling must hold.
 */
import { cellRef, parseRange } from '../../core/workbook/a1';
import { forEachCell } from '../../core/workbook/grid';
import { hostFormula, hostNumberFormat, widthInPixels, type Host } from '../../core/workbook/host';
import { MARGINS, PAGE_FOOTER, PAGE_HEADER, PAPER, titleSpan } from '../../core/workbook/print';
import type { PrintSetup, WorkbookSpec } from '../../core/workbook/spec';

export interface ContractCell {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  /** The cell's fill as RRGGBB, upper case. */
  fill?: string;
  bold?: boolean;
}

export interface ContractSheet {
  title: string;
  /** By A1 address; a cell with nothing in it is left out. */
  cells: Record<string, ContractCell>;
  merges: string[];
  freeze: [number, number];
  /** Column → width in pixels, as Sheets and Excel show it (core/workbook/host's unit). */
  widths: Record<number, number>;
  /** Formula (without "=") and range, in priority order. */
  rules: [string, string][];
  /** Every cell some validation covers, sorted. */
  validated: string[];
  /** Hidden columns, and the outline groups gathering them ("from:to"), in order. */
  hidden: number[];
  groups: string[];
  /** The same for rows. */
  hiddenRows: number[];
  rowGroups: string[];
  /** The page setup in one line (printSummary), where the host has page setup. */
  print?: string;
}

export interface ContractWorkbook {
  sheets: ContractSheet[];
  /** Name → "Title!A1:B2" (no $). */
  names: Record<string, string>;
}

/** A cell as the contract keeps it: blanks dropped, "General" is no format. */
export function contractCell(cell: ContractCell): ContractCell | undefined {
  const out: ContractCell = {};
  if (cell.formula !== undefined) out.formula = cell.formula.replace(/^=/, '');
  else if (cell.value !== undefined && cell.value !== null && cell.value !== '') {
    out.value = cell.value;
  }
  if (cell.numberFormat !== undefined && cell.numberFormat !== 'General') {
    out.numberFormat = cell.numberFormat;
  }
  if (cell.fill) out.fill = cell.fill.replace(/^#|^FF(?=[0-9A-F]{6}$)/i, '').toUpperCase();
  if (cell.bold) out.bold = true;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A workbook with every cell kept as the contract keeps it. */
export function normalized(book: ContractWorkbook): ContractWorkbook {
  return {
    names: { ...book.names },
    sheets: book.sheets.map((s) => ({
      ...s,
      cells: Object.fromEntries(
        Object.entries(s.cells).flatMap(([k, c]) => {
          const kept = contractCell(c);
          return kept ? [[k, kept]] : [];
        }),
      ),
    })),
  };
}

/** Every cell address of an A1 range. */
export function cellsOf(range: string): string[] {
  const r = parseRange(range.replace(/\$/g, ''));
  const out: string[] = [];
  for (let row = r.row1; row <= r.row2; row++) {
    for (let col = r.col1; col <= r.col2; col++) out.push(cellRef(row, col));
  }
  return out;
}

/** A page setup as the hosts hold it, in one line. */
export interface PrintRead {
  paper: string;
  landscape: boolean;
  wide: number;
  tall: number;
  /** Left margin in inches. */
  left: number;
  area?: string;
  titleRows?: string;
  titleColumns?: string;
  header: string;
  footer: string;
}

export function printSummary(p: PrintRead): string {
  const area = p.area ? ` area ${p.area.replace(/\$/g, '')}` : '';
  const rows = p.titleRows ? ` rows ${p.titleRows.replace(/\$/g, '')}` : '';
  const cols = p.titleColumns ? ` columns ${p.titleColumns.replace(/\$/g, '')}` : '';
  const orientation = p.landscape ? 'landscape' : 'portrait';
  return `${p.paper} ${orientation} ${p.wide}x${p.tall} margin ${p.left}${area}${rows}${cols} | ${p.header} | ${p.footer}`;
}

/** What a spec's page setup reads back as. */
export function printOf(setup: PrintSetup): string {
  return printSummary({
    paper: PAPER,
    landscape: setup.landscape,
    wide: 1,
    tall: setup.pagesTall,
    left: MARGINS.left,
    area: setup.area,
    titleRows: setup.titleRows && titleSpan(setup.titleRows, false),
    titleColumns: setup.titleColumns && titleSpan(setup.titleColumns, true),
    header: PAGE_HEADER,
    footer: PAGE_FOOTER,
  });
}

type Spans = { from: number; to: number }[];
const each = (spans: Spans) =>
  spans.flatMap(({ from, to }) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
const spansOf = (spans: Spans) => spans.map(({ from, to }) => `${from}:${to}`);

/** The hidden columns and rows, and their groups, that a sheet's spec asks for. */
export function groupsOf(sheet: { columnGroups?: Spans; rowGroups?: Spans }) {
  const [columns, rows] = [sheet.columnGroups ?? [], sheet.rowGroups ?? []];
  return {
    hidden: each(columns),
    groups: spansOf(columns),
    hiddenRows: each(rows),
    rowGroups: spansOf(rows),
  };
}

/** What a host written in `spelling` must hold for the spec's sheets (in tab order). */
export function expectedOf(spec: WorkbookSpec, spelling: Host, prints = true): ContractWorkbook {
  const titleOf = new Map(spec.sheets.map((s) => [s.id, s.title]));
  return {
    sheets: spec.sheets.map((sheet) => {
      const cells: Record<string, ContractCell> = {};
      forEachCell(sheet, (row, col, cell) => {
        const style = cell.style ? spec.styles[cell.style] : undefined;
        const got = contractCell({
          value: cell.value ?? undefined,
          formula: hostFormula(cell, spec.formulaStyle, spelling),
          numberFormat:
            hostNumberFormat(style?.numberFormat, spelling, spec.dateDisplay) ?? undefined,
          fill: style?.fill,
          bold: style?.bold,
        });
        if (got) cells[cellRef(row, col)] = got;
      });
      return {
        title: sheet.title,
        cells,
        merges: [...sheet.merges].sort(),
        freeze: [sheet.freeze?.rows ?? 0, sheet.freeze?.cols ?? 0],
        widths: Object.fromEntries(sheet.columnWidths.map((w) => [w.col, widthInPixels(w.width)])),
        rules: sheet.conditionalRules.map((r) => [r.formula, r.range]),
        validated: [...new Set(sheet.validations.flatMap((v) => cellsOf(v.range)))].sort(),
        ...groupsOf(sheet),
        ...(prints && sheet.print ? { print: printOf(sheet.print) } : {}),
      };
    }),
    names: Object.fromEntries(
      spec.names.map((n) => [n.name, `${titleOf.get(n.sheetId)}!${n.ref.replace(/\$/g, '')}`]),
    ),
  };
}

/** Where two workbooks differ, a line each (at most `limit`). */
export function differences(got: ContractWorkbook, want: ContractWorkbook, limit = 12): string[] {
  const out: string[] = [];
  const say = (line: string) => out.length < limit && out.push(line);
  const json = (v: unknown) => JSON.stringify(v);
  if (json(got.sheets.map((s) => s.title)) !== json(want.sheets.map((s) => s.title))) {
    say(`titles: ${json(got.sheets.map((s) => s.title))}`);
  }
  for (const w of want.sheets) {
    const g = got.sheets.find((s) => s.title === w.title);
    if (!g) continue;
    // A merge shows its first cell: what the others hold is not the workbook's to show.
    const hidden = new Set(w.merges.flatMap((m) => cellsOf(m).slice(1)));
    const keys = new Set([...Object.keys(w.cells), ...Object.keys(g.cells)]);
    for (const key of [...keys].filter((k) => !hidden.has(k))) {
      if (json(g.cells[key]) !== json(w.cells[key])) {
        say(`${w.title}!${key}: ${json(g.cells[key])}, not ${json(w.cells[key])}`);
      }
    }
    const parts = [
      ...['merges', 'freeze', 'widths', 'rules', 'validated'],
      ...['hidden', 'groups', 'hiddenRows', 'rowGroups', 'print'],
    ];
    for (const part of parts as (keyof ContractSheet)[]) {
      if (json(g[part]) !== json(w[part]))
        say(`${w.title} ${part}: ${String(json(g[part])).slice(0, 200)}`);
    }
  }
  for (const [name, ref] of Object.entries(want.names)) {
    if (got.names[name] !== ref) say(`name ${name}: ${got.names[name]}, not ${ref}`);
  }
  const extra = Object.keys(got.names).filter((n) => !(n in want.names));
  if (extra.length > 0) say(`names not in the spec: ${extra.slice(0, 5).join(', ')}`);
  return out;
}
