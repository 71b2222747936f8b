import { formatDate } from './sheets-host';

/**
 * A fake of the Apps Script services the Sheets functions use: the active spreadsheet's time
 * zone, and Utilities.formatDate, which formats in a time zone as the real one does.
 */
export function installAppsScript(timeZone: string): { calls: { timeZone: number } } {
  const calls = { timeZone: 0 };
  const spreadsheet = {
    getSpreadsheetTimeZone: () => {
      calls.timeZone++;
      return timeZone;
    },
  };
  const g = globalThis as Record<string, unknown>;
  g.SpreadsheetApp = { getActive: () => spreadsheet };
  g.Utilities = { formatDate };
  return { calls };
}
