/**
 * A host written from the port alone (core/generate's HostPort and core/workbook's rules, no
 * other code of planbook's hosts): a workbook in memory, in the contract's own shape. It shows
 * what a new host takes, and passes the same renderer contract as the real ones.
 */
import type { Added, SyncHost } from '../../core/generate';
import { cellRef } from '../../core/workbook/a1';
import { forEachCell } from '../../core/workbook/grid';
import { hostFormula, hostNumberFormat, widthInPixels } from '../../core/workbook/host';
import type { WorkbookSpec } from '../../core/workbook/spec';
import { cellsOf, groupsOf, printOf, type ContractSheet, type ContractWorkbook } from './model';

export interface MemoryHost extends SyncHost {
  readonly book: ContractWorkbook;
  /** Each sheet and the names are one step each; the n-th step may be made to fail. */
  steps: number;
  failAt?: number;
}

export function memoryHost(today: number, book: ContractWorkbook): MemoryHost {
  const step = () => {
    host.steps++;
    if (host.steps === host.failAt) throw new Error(`injected failure at step ${host.steps}`);
  };
  const writeSheet = (spec: WorkbookSpec, s: WorkbookSpec['sheets'][number]): ContractSheet => {
    const sheet: ContractSheet = {
      title: s.title,
      cells: {},
      merges: [...s.merges].sort(),
      freeze: [s.freeze?.rows ?? 0, s.freeze?.cols ?? 0],
      widths: Object.fromEntries(s.columnWidths.map((w) => [w.col, widthInPixels(w.width)])),
      rules: s.conditionalRules.map((r) => [r.formula, r.range]),
      validated: [...new Set(s.validations.flatMap((v) => cellsOf(v.range)))].sort(),
      ...groupsOf(s),
      ...(s.print ? { print: printOf(s.print) } : {}),
    };
    forEachCell(s, (row, col, cell) => {
      const style = cell.style ? spec.styles[cell.style] : undefined;
      const format = hostNumberFormat(style?.numberFormat, 'xlsx', spec.dateDisplay) ?? undefined;
      const formula = hostFormula(cell, spec.formulaStyle, 'xlsx');
      const value =
        formula === undefined && cell.value !== '' ? (cell.value ?? undefined) : undefined;
      const content = {
        formula,
        value,
        numberFormat: format,
        fill: style?.fill,
        bold: style?.bold,
      };
      const kept = Object.entries(content).filter(([, v]) => v !== undefined);
      if (kept.length > 0) sheet.cells[cellRef(row, col)] = Object.fromEntries(kept);
    });
    return sheet;
  };
  const host: MemoryHost = {
    async: false,
    book,
    steps: 0,
    today: () => today,
    existing: () => ({ titles: book.sheets.map((s) => s.title), names: Object.keys(book.names) }),
    render(spec) {
      for (const s of spec.sheets) {
        step();
        book.sheets.push(writeSheet(spec, s));
      }
      step();
      const titleOf = new Map(spec.sheets.map((s) => [s.id, s.title]));
      for (const n of spec.names) {
        book.names[n.name] = `${titleOf.get(n.sheetId)}!${n.ref.replace(/\$/g, '')}`;
      }
    },
    remove(added: Added) {
      for (const name of added.names) delete book.names[name];
      const gone = new Set(added.titles);
      book.sheets.splice(0, book.sheets.length, ...book.sheets.filter((s) => !gone.has(s.title)));
    },
  };
  return host;
}
