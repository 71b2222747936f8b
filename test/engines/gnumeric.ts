/**
 * Recalculates an .xlsx with Gnumeric (`ssconvert --recalc`), a strict fourth engine: it knows
 * neither WORKDAY.INTL nor NETWORKDAYS.INTL and reads N() of a blank cell as #NUM!, so it
 * catches formulas that only the lenient engines accept. Every sheet is read back as raw values
 * (dates as serials, fractions as fractions), one CSV a sheet.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import type { WorkbookSpec } from '../../core/workbook/spec';
import type { EngineValue } from './hyperformula';
import { parseCsv } from './libreoffice';
import { programInstalled } from '../programs';
import type { CellReader } from './reader';

/** True when ssconvert is installed (programInstalled says what happens when it is not). */
export const hasGnumeric = () => programInstalled('ssconvert', 'Gnumeric', 'gnumeric');

/** Rows of cell texts for each sheet, in the workbook's tab order, after Gnumeric recalculated. */
export function recalculateGnumeric(xlsx: Uint8Array): string[][][] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'planbook-gnumeric-'));
  try {
    const file = path.join(dir, 'plan.xlsx');
    writeFileSync(file, xlsx);
    execFileSync(
      'ssconvert',
      [
        '--recalc',
        '--export-file-per-sheet',
        '--export-type=Gnumeric_stf:stf_assistant',
        '--export-options=format=raw separator=, quoting-mode=auto eol=unix',
        file,
        path.join(dir, 'sheet-%n.csv'),
      ],
      // Gnumeric keeps its settings under HOME: each run gets its own.
      { stdio: 'pipe', timeout: 300000, env: { ...process.env, HOME: dir } },
    );
    const index = (name: string) => Number(/^sheet-(\d+)\.csv$/.exec(name)?.[1] ?? NaN);
    const files = readdirSync(dir)
      .filter((f) => !Number.isNaN(index(f)))
      .sort((a, b) => index(a) - index(b));
    return files.map((f) => parseCsv(readFileSync(path.join(dir, f), 'utf8')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Gnumeric's error values in raw cells. */
export const GNUMERIC_ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|UNKNOWN!)$/;

/** A raw CSV text back to a value (numbers, booleans, errors; text as it is). */
export function parseGnumericText(text: string): EngineValue {
  if (text === '') return null;
  if (GNUMERIC_ERROR.test(text)) return { error: text };
  if (text === 'TRUE' || text === 'FALSE') return text === 'TRUE';
  // A text of digits with a leading zero (a weekend code) stays text, as the cell holds it.
  if (/^0\d/.test(text)) return text;
  if (/^-?\d+(\.\d+)?(E[-+]?\d+)?$/i.test(text)) return Number(text);
  return text;
}

export function gnumericReader(spec: WorkbookSpec, sheets: string[][][]): CellReader {
  return (sheetId, row, col) => {
    const index = spec.sheets.findIndex((s) => s.id === sheetId);
    const rows = sheets[index];
    if (!rows) throw new Error(`Gnumeric wrote no sheet ${sheetId}`);
    return parseGnumericText(rows[row - 1]?.[col - 1] ?? '');
  };
}

/** Every error cell, as "Sheet!R3C4: #NAME?". */
export function gnumericErrors(spec: WorkbookSpec, sheets: string[][][]): string[] {
  return sheets.flatMap((rows, i) =>
    rows.flatMap((row, r) =>
      row.flatMap((text, c) =>
        GNUMERIC_ERROR.test(text) ? [`${spec.sheets[i].title}!R${r + 1}C${c + 1}: ${text}`] : [],
      ),
    ),
  );
}
