/**
 * The open Excel workbook as a host of core/generate's port: each answer is one Excel.run
 * (reading what exists is one sync; the render queues everything with calculation suspended).
 */
import type { AsyncHost } from '../../core/generate';
import { publicHolidays } from '../../core/holidays/public-holidays';
import { serialOfDate } from '../../core/dates/serial';
import { readWorkbook, removeAdded, renderSpec } from './render';

export function excelHost(now = () => new Date()): AsyncHost {
  return {
    async: true,
    today: () => serialOfDate(now()),
    holidays: publicHolidays,
    existing: () => Excel.run(readWorkbook),
    render: async (spec) => {
      await Excel.run((context) => renderSpec(context, spec));
    },
    remove: (added) => Excel.run((context) => removeAdded(context, added)),
  };
}
