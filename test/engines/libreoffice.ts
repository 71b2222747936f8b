/**
 * Recalculates an .xlsx with LibreOffice headless and reads every sheet back as CSV. Each run
 * has its own profile (so tests may run in parallel) that forces recalculation on load.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { programInstalled } from '../programs';

const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** True when soffice is installed (programInstalled says what happens when it is not). */
export const hasLibreOffice = () =>
  programInstalled('soffice', 'LibreOffice', 'libreoffice-calc-nogui');

/** A LibreOffice profile in `dir` that recalculates every .xlsx it opens; its path. */
export function recalculatingProfile(dir: string): string {
  const profile = path.join(dir, 'profile');
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  return profile;
}

/** Sheet title → rows of cell texts, after LibreOffice recalculated the file. */
export function recalculate(xlsx: Uint8Array, name = 'plan'): Map<string, string[][]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'planbook-lo-'));
  try {
    const profile = recalculatingProfile(dir);
    const file = path.join(dir, `${name}.xlsx`);
    writeFileSync(file, xlsx);
    const out = path.join(dir, 'out');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        CSV_FILTER,
        '--outdir',
        out,
        file,
      ],
      { stdio: 'pipe', timeout: 180000 },
    );
    const sheets = new Map<string, string[][]>();
    for (const csv of readdirSync(out)) {
      const title = csv.slice(name.length + 1, -'.csv'.length);
      sheets.set(title, parseCsv(readFileSync(path.join(out, csv), 'utf8')));
    }
    return sheets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A small RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** LibreOffice's error texts in exported cells. */
export const LO_ERROR = /^(#[A-Z/0!?]+[!?]?|Err:\d+|#NAME\?|#N\/A)$/;

/** Every error cell of a recalculated workbook, as "Sheet!R3C4: #DIV/0!". */
export function errorCells(sheets: Map<string, string[][]>): string[] {
  const found: string[] = [];
  for (const [title, rows] of sheets) {
    rows.forEach((row, r) =>
      row.forEach((text, c) => {
        if (LO_ERROR.test(text)) found.push(`${title}!R${r + 1}C${c + 1}: ${text}`);
      }),
    );
  }
  return found;
}
