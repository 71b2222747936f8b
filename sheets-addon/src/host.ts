/**
 * The open spreadsheet as a host of core/generate's port: Apps Script's services answer at
 * once, so the pipeline runs synchronously inside one server call.
 */
import type { SyncHost } from '../../core/generate';
import { parseIsoDate } from '../../core/dates/serial';
import { translator } from '../../core/i18n';
import type { Plan, PlanError } from '../../core/plan/types';
import type { WorkbookSpec } from '../../core/workbook/spec';
import { removeAdded, renderSpec } from './render';
import { MARGIN_SECONDS, RUN_LIMIT_SECONDS, WRITE_COST, writeEstimate } from './render/cost';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Today in the spreadsheet's time zone, as a serial day. */
export function spreadsheetToday(ss: Spreadsheet, now = new Date()): number {
  const iso = Utilities.formatDate(now, ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
  return parseIsoDate(iso) as number;
}

export interface SheetsHostOptions {
  /** When the server call began (Date.now()): the 6 minutes count from there. */
  began?: number;
  now?: () => number;
  cost?: typeof WRITE_COST;
}

/**
 * A plan whose writing would not finish in what is left of Apps Script's 6 minutes (cost.ts
 * estimates it), refused before anything is written, with what to shrink.
 */
export function admitInTime(
  spec: WorkbookSpec,
  plan: Plan,
  options: SheetsHostOptions = {},
): PlanError[] {
  const { now = Date.now, cost = WRITE_COST } = options;
  const spent = (now() - (options.began ?? now())) / 1000;
  const left = Math.floor(RUN_LIMIT_SECONDS - MARGIN_SECONDS - spent);
  const { seconds } = writeEstimate(spec, cost);
  if (seconds <= left) return [];
  const t = translator(plan.language);
  const message = t('error.sheetsTooLong', {
    seconds: String(Math.ceil(seconds)),
    left: String(Math.max(0, left)),
    limit: String(RUN_LIMIT_SECONDS),
    tasks: String(plan.tasks.length),
    weeks: String(plan.weeks),
  });
  return [{ path: 'period.weeks', message }];
}

export function sheetsHost(ss: Spreadsheet, options: SheetsHostOptions = {}): SyncHost {
  const began = options.began ?? Date.now();
  return {
    async: false,
    today: () => spreadsheetToday(ss),
    admit: (spec, plan) => admitInTime(spec, plan, { ...options, began }),
    existing: () => ({
      titles: ss.getSheets().map((s) => s.getName()),
      names: ss.getNamedRanges().map((n) => n.getName()),
    }),
    render: (spec) => renderSpec(ss, spec),
    remove: (added) => removeAdded(ss, added),
  };
}
