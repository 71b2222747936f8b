/**
 * What the sidebar calls on the server (google.script.run): generate the plan into the open
 * spreadsheet, in one call that core/generate drives; show one of its sheets. Bad input comes
 * back as data, each error with its field path, never as a thrown string.
 */
import { generate, generationSummary, type GenerationSummary } from '../../core/generate';
import type { PlanError } from '../../core/plan/types';
import { sheetsHost } from './host';

/** What generatePlan sends back to the sidebar. */
export type GeneratePlanResult =
  { ok: true; summary: GenerationSummary; overview: string } | { ok: false; errors: PlanError[] };

/** Validates, generates and writes the plan beside the spreadsheet's own sheets. */
export function generatePlan(input: unknown): GeneratePlanResult {
  const began = Date.now();
  const result = generate(input, sheetsHost(SpreadsheetApp.getActive(), { began }));
  if (!result.ok) return { ok: false, errors: result.errors };
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

/**
 * The holiday library as a script (Holidays.html): the sidebar runs it when a plan is first
 * generated, so that it paints without waiting for the library, and Code.js, which Sheets
 * loads for every custom-function call, never carries it.
 */
export function holidayLibrary(): string {
  return HtmlService.createHtmlOutputFromFile('Holidays').getContent();
}
