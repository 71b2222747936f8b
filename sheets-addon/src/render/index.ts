/**
 * The Google Sheets renderer: a WorkbookSpec written into the open spreadsheet beside the
 * marketer's own sheets, never over them. Every write is a 2-D call or a call per sheet,
 * region, style group, merge band, name or validation (core/workbook says what each means).
 * It may fail part-way: core/generate removes what it added (removeAdded), and refuses names
 * the spreadsheet has before it starts.
 */
import type { WorkbookSpec } from '../../../core/workbook/spec';
import { cellRef } from '../../../core/workbook/a1';
import { Builders } from './builders';
import { TextStyles } from './formats';
import { insertSheets } from './layout';
import { wantSheet, writeSheet } from './sheet';
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

/** Writes the spec's sheets after the spreadsheet's own, and shows the first of them. */
export function renderSpec(ss: Spreadsheet, spec: WorkbookSpec): void {
  const sheets = insertSheets(ss, spec);
  const gids = new Map([...sheets].map(([id, sheet]) => [id, sheet.getSheetId()]));
  // Every range any part needs, asked for first and fetched in two calls a sheet.
  const batch = new RangeBatch();
  const grids = new Map(spec.sheets.map((s) => [s.id, wantSheet(s, spec, batch)]));
  const validations = wantRanges(spec, batch);
  const opening = spec.sheets.flatMap((s) =>
    s.opensAt ? [{ id: s.id, ref: cellRef(s.opensAt.row, s.opensAt.col) }] : [],
  );
  for (const o of opening) batch.want(o.id, o.ref);
  batch.fetch(sheets);
  const builders = new Builders();
  const textStyles = new TextStyles(builders);
  for (const s of spec.sheets) {
    writeSheet(sheets.get(s.id) as Sheet, s, spec, grids.get(s.id)!, batch, textStyles);
  }
  writeNames(ss, spec, batch);
  const rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  spec.sheets.forEach((s, i) => {
    writeValidations(s.id, validations[i], batch, rules, builders);
    // A sheet this run inserted has no rules of its own to keep.
    writeRules(sheets.get(s.id) as Sheet, s.id, s.conditionalRules, batch, builders);
    writeLinks(s.id, grids.get(s.id)!.links, gids, batch, builders);
  });
  // A sheet that opens at a cell: selected (activating it), before the first sheet is shown.
  for (const o of opening) batch.get(o.id, o.ref).activate();
  sheets.values().next().value?.activate();
}

/**
 * Removes what a failed run added: the sheets of these titles and these names, where the
 * spreadsheet has them. Every step is tried; the first failure is reported after the rest.
 */
export function removeAdded(
  ss: Spreadsheet,
  added: { titles: readonly string[]; names: readonly string[] },
): void {
  let failure: unknown;
  const attempt = (step: () => void) => {
    try {
      step();
    } catch (error) {
      failure ??= error;
    }
  };
  const names = new Set(added.names.map((n) => n.toUpperCase()));
  for (const range of ss.getNamedRanges()) {
    const name = range.getName();
    if (names.has(name.toUpperCase())) attempt(() => ss.removeNamedRange(name));
  }
  for (const title of added.titles) {
    const sheet = ss.getSheetByName(title);
    if (sheet) attempt(() => ss.deleteSheet(sheet));
  }
  if (failure !== undefined) throw failure;
}
