/**
 * The built add-on (dist/sheets-addon, built by the tests' global setup) loaded as Apps Script
 * loads it: Code.js run as one script in a fresh global scope over the fake Sheets host.
 */
import { readFileSync } from 'fs';
import path from 'path';
import vm from 'vm';
import { formatDate, installSheetsHost } from '../fakes/sheets-host';

export const DIST = path.join(__dirname, '..', '..', 'dist', 'sheets-addon');
export const builtFile = (name: string) => readFileSync(path.join(DIST, name), 'utf8');

type Global = Record<string, (...args: unknown[]) => unknown>;

export function loadAddon() {
  const host = installSheetsHost('Asia/Ho_Chi_Minh', {
    Sidebar: builtFile('Sidebar.html'),
    Holidays: builtFile('Holidays.html'),
  });
  const context = vm.createContext({
    SpreadsheetApp: host.app,
    HtmlService: host.htmlService,
    Utilities: { formatDate },
    console,
  });
  vm.runInContext(builtFile('Code.js'), context, { filename: 'Code.js' });
  /** A Date of the script's own realm, as Sheets passes a date cell. */
  const date = (ms: number) => vm.runInContext(`new Date(${ms})`, context) as Date;
  return { ...host, global: context as unknown as Global, date };
}
