/**
 * The Google Sheets renderer: a WorkbookSpec written into the open spreadsheet beside the
 * marketer's own sheets, never over them. Every write is a 2-D call or a call per sheet,
 * region, style group, merge band, name or validation (core/workbook says what each means).
 * If anything fails, every sheet and name this run added is removed: the spreadsheet is as
 * it was.
 */
import type { WorkbookSpec } from '../../../core/workbook/spec';
import type { GridLink } from '../../../core/workbook/grid';
import { sizeSheet, writeSheet } from './sheet';
import {
  RangeBatch,
  wantRanges,
  writeLinks,
  writeNames,
  writeRules,
  writeValidations,
} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Refuses, before writing anything, a spreadsheet that already has one of the plan's names. */
function checkNames(ss: Spreadsheet, spec: WorkbookSpec): void {
  const taken = new Set(ss.getNamedRanges().map((n) => n.getName().toUpperCase()));
  const clash = spec.names.filter((n) => taken.has(n.name.toUpperCase())).map((n) => n.name);
  if (clash.length > 0) {
    throw new Error(
      `this spreadsheet already has a plan's named ranges (${clash.slice(0, 3).join(', ')}…); ` +
        'generate the new plan in another spreadsheet, or remove the earlier plan first',
    );
  }
}

/** Writes the spec's sheets after the spreadsheet's own; returns the sheets in tab order. */
export function renderSpec(ss: Spreadsheet, spec: WorkbookSpec): Sheet[] {
  checkNames(ss, spec);
  const added: Sheet[] = [];
  const names: string[] = [];
  try {
    const first = ss.getNumSheets();
    const sheets = new Map<string, Sheet>();
    const gids = new Map<string, number>();
    spec.sheets.forEach((s, i) => {
      const sheet = ss.insertSheet(s.title, first + i);
      added.push(sheet);
      sheets.set(s.id, sheet);
      gids.set(s.id, sheet.getSheetId());
    });
    const links = new Map<string, GridLink[]>();
    const defaults = { rows: added[0]?.getMaxRows() ?? 0, cols: added[0]?.getMaxColumns() ?? 0 };
    for (const s of spec.sheets) {
      const sheet = sheets.get(s.id) as Sheet;
      sizeSheet(sheet, s, defaults);
      links.set(s.id, writeSheet(sheet, s, spec));
    }
    const batch = new RangeBatch();
    const validations = wantRanges(spec, batch);
    batch.fetch(sheets);
    writeNames(ss, spec, batch, names);
    const rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
    spec.sheets.forEach((s, i) => {
      const sheet = sheets.get(s.id) as Sheet;
      writeValidations(s.id, validations[i], batch, rules);
      writeRules(sheet, s.id, s.conditionalRules, batch);
      writeLinks(sheet, links.get(s.id) ?? [], gids);
    });
    return added;
  } catch (error) {
    undo(ss, names, added);
    throw error;
  }
}

/** Removes what a failed run added; one step failing does not stop the others. */
function undo(ss: Spreadsheet, names: string[], sheets: Sheet[]): void {
  const attempt = (step: () => void) => {
    try {
      step();
    } catch {
      // The rest of the undo still runs; the original error is the one reported.
    }
  };
  for (const name of names) attempt(() => ss.removeNamedRange(name));
  for (const sheet of sheets) attempt(() => ss.deleteSheet(sheet));
}
