/**
 * office.js as the task pane test serves it: Office.onReady, Excel.run over the fake workbook,
 * and the CustomFunctions runtime, bundled for the browser. The page's state is left on
 * window.planbookFake for the test to read.
 */
import { fakeCustomFunctions } from '../custom-functions';
import { fakeExcel } from './api';

const { Excel, book, log } = fakeExcel();
book.addOwnSheet('Sheet1');
const registered: string[] = [];
const w = window as unknown as Record<string, unknown>;
w.Excel = Excel;
w.Office = {
  onReady: (ready: (info: unknown) => void) => Promise.resolve({ host: 'Excel' }).then(ready),
};
w.CustomFunctions = { ...fakeCustomFunctions(), associate: (id: string) => registered.push(id) };
w.planbookFake = {
  sheets: () => book.sheets.map((s) => s.name),
  cell: (sheet: string, row: number, col: number) => book.sheet(sheet)?.cell(row, col),
  syncs: () => log.syncs,
  active: () => book.active?.name,
  registered,
  /** Makes the n-th write from now fail at its sync. */
  failIn: (n: number) => (log.failAt = log.ops + n),
};
