/** Reading the fake Excel workbook back in tests: what it computes, and a snapshot of it all. */
import { errorsOfSheets } from '../evaluate';
import type { XBook } from './model';

export function errorsOfExcel(book: XBook): string[] {
  return errorsOfSheets(
    book.sheets,
    [...book.names].map(([name, n]) => [name, n.sheet.name, n.address]),
  );
}

/** Everything the workbook holds, as plain data: equal snapshots, equal workbooks. */
export function snapshotOfExcel(book: XBook): unknown {
  return {
    sheets: book.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells].sort(([a], [b]) => a.localeCompare(b)),
      merges: [...s.merges],
      rules: s.rules.length,
      validations: s.validations.length,
      freeze: s.freeze,
      widths: [...s.widths],
      tabColor: s.tabColor,
    })),
    names: [...book.names].map(([name, n]) => [name, n.sheet.name, n.address]),
  };
}
