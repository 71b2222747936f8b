/**
 * One way to read computed cells, whichever engine computed them: HyperFormula directly, or
 * LibreOffice through its CSV export (texts parsed back into numbers, dates and booleans).
 */
import { parseIsoDate, serialOf } from '../../core/dates/serial';
import { parseRange } from '../../core/workbook/a1';
import type { WorkbookSpec } from '../../core/workbook/spec';
import type { EngineValue, Evaluated } from './hyperformula';
import { sheetFormulas } from './grid';
import { LO_ERROR } from './libreoffice';

export type CellReader = (sheetId: string, row: number, col: number) => EngineValue;

export function hyperFormulaReader(evaluated: Evaluated): CellReader {
  return evaluated.value;
}

export function libreOfficeReader(spec: WorkbookSpec, sheets: Map<string, string[][]>): CellReader {
  return (sheetId, row, col) => {
    const title = spec.sheets.find((s) => s.id === sheetId)?.title as string;
    const rows = sheets.get(title);
    if (!rows) throw new Error(`LibreOffice wrote no sheet "${title}"`);
    return parseLibreOfficeText(rows[row - 1]?.[col - 1] ?? '');
  };
}

/** A CSV text back to a value: "12.5%" → 0.125, "2027-01-04" or "01/04/2027" → serial. */
export function parseLibreOfficeText(text: string): EngineValue {
  if (text === '') return null;
  if (LO_ERROR.test(text)) return { error: text };
  if (text === 'TRUE' || text === 'FALSE') return text === 'TRUE';
  const iso = parseIsoDate(text);
  if (iso !== null) return iso;
  const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (us) return serialOf(Number(us[3]), Number(us[1]), Number(us[2]));
  const percent = /^(-?\d+(?:\.\d+)?(?:E-?\d+)?)%$/.exec(text);
  if (percent) return Number(percent[1]) / 100;
  // LibreOffice writes no number with a leading zero: "0000011" is a text (a weekend code).
  if (/^0\d/.test(text)) return text;
  if (/^-?\d+(\.\d+)?(E[-+]?\d+)?$/.test(text)) return Number(text);
  return text;
}

/** The first cell of a workbook name, and the row in the name's column holding `key`. */
export function rowOfKey(spec: WorkbookSpec, read: CellReader, name: string, key: string): number {
  const n = spec.names.find((x) => x.name === name);
  if (!n) throw new Error(`no name ${name}`);
  const r = parseRange(n.ref);
  for (let row = r.row1; row <= r.row2; row++) {
    if (read(n.sheetId, row, r.col1) === key) return row;
  }
  throw new Error(`${key} is not in ${name}`);
}

/** The value of a single-cell workbook name. */
export function readName(spec: WorkbookSpec, read: CellReader, name: string): EngineValue {
  const n = spec.names.find((x) => x.name === name);
  if (!n) throw new Error(`no name ${name}`);
  const r = parseRange(n.ref);
  return read(n.sheetId, r.row1, r.col1);
}

/** True when two engine values agree (numbers to 9 significant digits). */
export function sameValue(a: EngineValue, b: EngineValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if ((a === null || a === '') && (b === null || b === '')) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Every formula cell of the spec that an engine computed otherwise than HyperFormula, as
 * "Sheet!R3C4 =formula…: HF 1 Engine 2", and how many cells were compared.
 */
export function differencesFromHyperFormula(
  spec: WorkbookSpec,
  hf: Evaluated,
  read: CellReader,
  engine: string,
): { differences: string[]; compared: number } {
  const differences: string[] = [];
  let compared = 0;
  for (const sheet of spec.sheets) {
    for (const { row, col, formula } of sheetFormulas(sheet)) {
      const [a, b] = [hf.value(sheet.id, row, col), read(sheet.id, row, col)];
      compared++;
      if (!sameValue(a, b)) {
        const at = `${sheet.title}!R${row}C${col} =${formula.slice(0, 60)}`;
        differences.push(`${at}: HF ${JSON.stringify(a)} ${engine} ${JSON.stringify(b)}`);
      }
    }
  }
  return { differences, compared };
}
