/**
 * Reading the fake spreadsheet back in tests: what it computes (evaluate.ts), and a snapshot of
 * everything to compare.
 */
import { errorsOfSheets } from './evaluate';
import type { FakeSpreadsheet } from './spreadsheet-app';

/** Every error HyperFormula finds when it computes the fake spreadsheet. */
export function errorsOf(book: FakeSpreadsheet): string[] {
  return errorsOfSheets(
    book.sheets,
    [...book.names].map(([name, range]) => [name, range.sheet.name, range.a1()]),
  );
}

/** Everything the fake spreadsheet holds, as plain data: equal snapshots, equal spreadsheets. */
export function snapshotOf(book: FakeSpreadsheet): unknown {
  return {
    sheets: book.sheets.map((s) => ({
      name: s.name,
      size: [s.maxRows, s.maxColumns],
      cells: [...s.cells].sort(([a], [b]) => a.localeCompare(b)),
      merges: [...s.merges],
      rules: s.rules.length,
      frozen: [s.frozenRows, s.frozenColumns],
      widths: [...s.widths],
      heights: [...s.heights],
      rightToLeft: s.rightToLeft,
      tabColor: s.tabColor,
    })),
    names: [...book.names].map(([name, r]) => [name, r.sheet.name, r.a1()]),
  };
}
