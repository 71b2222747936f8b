/**
 * Evaluates a WorkbookSpec with HyperFormula (GPL-3.0, tests only): the sheets, their formulas
 * and the workbook names, as Excel would compute them.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { parseRange, sheetPrefix } from '../../core/workbook/a1';
import type { WorkbookSpec } from '../../core/workbook/spec';
import { sheetGrid } from './grid';

export type EngineValue = number | string | boolean | null | { error: string };

export interface Evaluated {
  hf: HyperFormula;
  /** The value at a 1-based position of the sheet with this id. */
  value(sheetId: string, row: number, col: number): EngineValue;
  /** The values of a named range, row by row. */
  named(name: string): EngineValue[][];
  sheetIndex(sheetId: string): number;
  /** Every error value in the workbook, as "Sheet!R,C: #VALUE!". */
  errors(): string[];
}

function toEngineValue(v: unknown): EngineValue {
  if (v instanceof DetailedCellError) return { error: v.value };
  if (v === undefined) return null;
  return v as EngineValue;
}

export function evaluateSpec(spec: WorkbookSpec): Evaluated {
  const sheets = Object.fromEntries(spec.sheets.map((s) => [s.title, sheetGrid(s)]));
  const hf = HyperFormula.buildFromSheets(
    sheets as Record<string, (string | number | boolean | null)[][]>,
    // The column index serves the schedule's exact MATCHes over the working-day index.
    { licenseKey: 'gpl-v3', maxRows: 100000, maxColumns: 20000, useColumnIndex: true },
    spec.names.map((n) => {
      const title = spec.sheets.find((s) => s.id === n.sheetId)?.title as string;
      return { name: n.name, expression: `=${sheetPrefix(title)}${n.ref}` };
    }),
  );
  const sheetIndex = (sheetId: string) => {
    const title = spec.sheets.find((s) => s.id === sheetId)?.title;
    const index = title === undefined ? undefined : hf.getSheetId(title);
    if (index === undefined) throw new Error(`no sheet ${sheetId}`);
    return index;
  };
  const value = (sheetId: string, row: number, col: number) =>
    toEngineValue(hf.getCellValue({ sheet: sheetIndex(sheetId), row: row - 1, col: col - 1 }));
  return {
    hf,
    value,
    sheetIndex,
    named(name) {
      const n = spec.names.find((x) => x.name === name);
      if (!n) throw new Error(`no name ${name}`);
      const r = parseRange(n.ref);
      const rows: EngineValue[][] = [];
      for (let row = r.row1; row <= r.row2; row++) {
        const line: EngineValue[] = [];
        for (let col = r.col1; col <= r.col2; col++) line.push(value(n.sheetId, row, col));
        rows.push(line);
      }
      return rows;
    },
    errors() {
      const found: string[] = [];
      for (const sheet of spec.sheets) {
        const values = hf.getSheetValues(sheetIndex(sheet.id));
        values.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v instanceof DetailedCellError) {
              found.push(`${sheet.title}!R${r + 1}C${c + 1}: ${v.value} ${v.message}`);
            }
          }),
        );
      }
      return found;
    },
  };
}
