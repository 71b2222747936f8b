/**
 * The open spreadsheet as a host of core/generate's port: Apps Script's services answer at
 * once, so the pipeline runs synchronously inside one server call.
 */
import type { SyncHost } from '../../core/generate';
import { parseIsoDate } from '../../core/dates/serial';
import { removeAdded, renderSpec } from './render';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Today in the spreadsheet's time zone, as a serial day. */
export function spreadsheetToday(ss: Spreadsheet, now = new Date()): number {
  const iso = Utilities.formatDate(now, ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
  return parseIsoDate(iso) as number;
}

export function sheetsHost(ss: Spreadsheet): SyncHost {
  return {
    async: false,
    today: () => spreadsheetToday(ss),
    existing: () => ({
      titles: ss.getSheets().map((s) => s.getName()),
      names: ss.getNamedRanges().map((n) => n.getName()),
    }),
    render: (spec) => renderSpec(ss, spec),
    remove: (added) => removeAdded(ss, added),
  };
}
