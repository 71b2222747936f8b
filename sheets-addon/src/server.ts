/**
 * What the sidebar calls on the server (google.script.run): check the plan, generate it into
 * the open spreadsheet, show one of its sheets. Bad input comes back as data, each error with
 * its field path, never as a thrown string.
 */
import { buildPlan } from '../../core/generate';
import { parseIsoDate } from '../../core/dates/serial';
import type { PlanError } from '../../core/plan/types';
import { validatePlan } from '../../core/plan/validate';
import { generationSummary, type GenerationSummary } from '../../core/sidebar/bridge';
import { renderSpec } from './render';

/** What generatePlan sends back to the sidebar. */
export type GeneratePlanResult =
  { ok: true; summary: GenerationSummary; overview: string } | { ok: false; errors: PlanError[] };

/** Today in the spreadsheet's time zone, as a serial day. */
function today(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const iso = Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
  return parseIsoDate(iso) as number;
}

/** Validation alone, so that the sidebar can show its step before the plan is written. */
export function checkPlan(input: unknown): { ok: true } | { ok: false; errors: PlanError[] } {
  const result = validatePlan(input, { today: today(SpreadsheetApp.getActive()) });
  return result.ok ? { ok: true } : { ok: false, errors: result.errors };
}

/** Validates, generates and writes the plan beside the spreadsheet's own sheets. */
export function generatePlan(input: unknown): GeneratePlanResult {
  const began = Date.now();
  const ss = SpreadsheetApp.getActive();
  const existingTitles = ss.getSheets().map((s) => s.getName());
  const result = buildPlan(input, { today: today(ss), existingTitles });
  if (!result.ok) return { ok: false, errors: result.errors };
  const sheets = renderSpec(ss, result.spec);
  sheets[0]?.activate();
  return {
    ok: true,
    overview: result.spec.sheets[0]?.title ?? '',
    summary: generationSummary(result.summary, (Date.now() - began) / 1000),
  };
}

/** Shows the sheet with this title (the Overview, after generating). */
export function openSheet(title: string): void {
  SpreadsheetApp.getActive().getSheetByName(title)?.activate();
}
