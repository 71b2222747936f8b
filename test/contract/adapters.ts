/**
 * Every adapter of the Host port, as the renderer contract drives it: a fresh workbook holding
 * one sheet of the marketer's (where the host can hold one), the host over it, a way to read it
 * back in the contract's shape, and a way to make its n-th step fail.
 */
import type { AsyncHost, SyncHost } from '../../core/generate';
import type { Host } from '../../core/workbook/host';
import { xlsxHost } from '../../core/xlsx/host';
import { excelHost } from '../../excel-addin/src/host';
import { sheetsHost } from '../../sheets-addon/src/host';
import { fakeExcel } from '../fakes/excel/api';
import { installSheetsHost } from '../fakes/sheets-host';
import { TODAY } from '../helpers';
import { memoryHost } from './memory-host';
import { normalized, type ContractWorkbook } from './model';
import { readExcel, readSheets, readXlsx } from './readers';

export interface Harness {
  host: SyncHost | AsyncHost;
  /** The spelling the host's formulas and formats are written in. */
  spelling: Host;
  read(): Promise<ContractWorkbook>;
  /** The steps (service calls, operations) taken so far. */
  steps(): number;
  /** Makes the n-th step from now fail. */
  failAt(n: number): void;
}

export interface Adapter {
  name: string;
  /** Whether the workbook can hold the marketer's own sheets (a new .xlsx holds none). */
  ownSheets: boolean;
  /** Whether the host has page setup to write (Apps Script has none). */
  prints: boolean;
  open(): Harness;
}

const MINE = { title: 'Sheet1', value: 'my numbers' };

const sheets: Adapter = {
  name: 'Google Sheets (fake SpreadsheetApp)',
  ownSheets: true,
  prints: false,
  open() {
    const fake = installSheetsHost('Asia/Ho_Chi_Minh');
    fake.book.addOwnSheet(MINE.title).cell(1, 1).value = MINE.value;
    return {
      host: sheetsHost(fake.book as never),
      spelling: 'sheets',
      read: async () => readSheets(fake.book),
      steps: () => fake.log.service,
      failAt: (n) => (fake.log.failAt = fake.log.service + n),
    };
  },
};

const excel: Adapter = {
  name: 'Excel (fake Excel API)',
  ownSheets: true,
  prints: true,
  open() {
    const fake = fakeExcel();
    (globalThis as Record<string, unknown>).Excel = fake.Excel;
    // Excel with ExcelApi 1.10, which outline groups need (excel-addin/src/render/sheet.ts).
    (globalThis as Record<string, unknown>).Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === 'ExcelApi' && Number(version.split('.')[1]) <= 10,
        },
      },
    };
    fake.book.addOwnSheet(MINE.title).cell(1, 1).value = MINE.value;
    return {
      host: excelHost(() => new Date(2027, 0, 1)),
      spelling: 'excel',
      read: async () => readExcel(fake.book),
      steps: () => fake.log.ops,
      failAt: (n) => (fake.log.failAt = fake.log.ops + n),
    };
  },
};

/**
 * ExcelJS's writer, the .xlsx host's one step: each file written counts, and the n-th may be
 * made to fail (the writer throwing half-way through a workbook).
 */
const writes = { count: 0, failAt: undefined as number | undefined };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const writer = require('exceljs/lib/xlsx/xlsx').prototype as {
  writeBuffer: (...args: unknown[]) => Promise<unknown>;
};
const writeBuffer = writer.writeBuffer;
writer.writeBuffer = function (this: unknown, ...args: unknown[]) {
  writes.count++;
  if (writes.count === writes.failAt) {
    return Promise.reject(new Error(`injected failure at write ${writes.count}`));
  }
  return writeBuffer.apply(this, args);
};

const xlsx: Adapter = {
  name: 'the .xlsx writer (ExcelJS)',
  ownSheets: false,
  prints: true,
  open() {
    const host = xlsxHost(TODAY);
    const start = writes.count;
    return {
      host,
      spelling: 'xlsx',
      // A workbook never rendered is an empty one: nothing was written anywhere.
      read: async () => {
        let bytes: Uint8Array;
        try {
          bytes = host.bytes();
        } catch {
          return { sheets: [], names: {} };
        }
        return readXlsx(bytes);
      },
      steps: () => writes.count - start,
      failAt: (n) => (writes.failAt = writes.count + n),
    };
  },
};

const memory: Adapter = {
  name: 'a host written from the port alone (test/contract/memory-host.ts)',
  ownSheets: true,
  prints: true,
  open() {
    const host = memoryHost(TODAY, { sheets: [], names: {} });
    host.book.sheets.push({
      title: MINE.title,
      cells: { A1: { value: MINE.value } },
      merges: [],
      freeze: [0, 0],
      widths: {},
      rules: [],
      validated: [],
      hidden: [],
      groups: [],
      hiddenRows: [],
      rowGroups: [],
    });
    return {
      host,
      spelling: 'xlsx',
      read: async () => normalized(host.book),
      steps: () => host.steps,
      failAt: (n) => (host.failAt = host.steps + n),
    };
  },
};

export const ADAPTERS: readonly Adapter[] = [sheets, excel, xlsx, memory];
