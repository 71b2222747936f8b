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
  const formatDate = (date: Date, zone: string, format: string) => {
    if (format !== 'yyyy-MM-dd') throw new Error(`the fake formats yyyy-MM-dd only, not ${format}`);
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
      .formatToParts(date)
      .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
    return `${parts.year}-${parts.month}-${parts.day}`;
  };
  const g = globalThis as Record<string, unknown>;
  g.SpreadsheetApp = { getActive: () => spreadsheet };
  g.Utilities = { formatDate };
  return { calls };
}
