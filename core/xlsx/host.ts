/**
 * The .xlsx writer as a host of core/generate's port, for the CLI and the playground: a new
 * workbook (nothing in it yet), rendered to bytes in memory. Nothing is written anywhere until
 * the caller saves the bytes, so a failed render leaves nothing behind.
 */
import type { AsyncHost } from '../generate';
import type { HolidaySource } from '../plan/calendar';
import { renderXlsx } from '.';

export interface XlsxHost extends AsyncHost {
  /** The rendered workbook; throws before a render succeeded. */
  bytes(): Uint8Array;
}

export function xlsxHost(today: number, holidays?: HolidaySource): XlsxHost {
  let bytes: Uint8Array | undefined;
  return {
    async: true,
    today: () => today,
    holidays,
    existing: async () => ({ titles: [], names: [] }),
    async render(spec) {
      bytes = await renderXlsx(spec);
    },
    async remove() {
      bytes = undefined;
    },
    bytes() {
      if (!bytes) throw new Error('the workbook has not been rendered');
      return bytes;
    },
  };
}
