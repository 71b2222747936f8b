/**
 * What spans the workbook: the ranges names, validations and rules need (one range list per
 * sheet fetches them all), workbook names, data validations, conditional formats added to the
 * sheet's own, and links between sheets.
 */
import { cellRef, parseRange } from '../../../core/workbook/a1';
import type { GridLink } from '../../../core/workbook/grid';
import type { ConditionalRule, WorkbookSpec } from '../../../core/workbook/spec';
import { normalizeValidation, type NormalizedValidation } from '../../../core/workbook/validation';
import { dateOfSerial } from '../../../core/dates/serial';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The A1 ranges each sheet is asked for, fetched in one range list per sheet. */
export class RangeBatch {
  private readonly wanted = new Map<string, Set<string>>();
  private readonly fetched = new Map<string, Range>();

  want(sheetId: string, ref: string): void {
    const refs = this.wanted.get(sheetId) ?? new Set<string>();
    refs.add(ref.replace(/\$/g, ''));
    this.wanted.set(sheetId, refs);
  }

  fetch(sheets: Map<string, Sheet>): void {
    for (const [id, refs] of this.wanted) {
      const list = [...refs];
      const ranges = (sheets.get(id) as Sheet).getRangeList(list).getRanges();
      list.forEach((ref, i) => this.fetched.set(`${id}!${ref}`, ranges[i]));
    }
  }

  get(sheetId: string, ref: string): Range {
    const range = this.fetched.get(`${sheetId}!${ref.replace(/\$/g, '')}`);
    if (!range) throw new Error(`range ${ref} of ${sheetId} was not fetched`);
    return range;
  }
}

/** Every range the workbook-wide parts need, asked of the batch before it fetches. */
export function wantRanges(spec: WorkbookSpec, batch: RangeBatch): NormalizedValidation[][] {
  for (const n of spec.names) batch.want(n.sheetId, n.ref);
  return spec.sheets.map((sheet) => {
    for (const rule of sheet.conditionalRules) batch.want(sheet.id, rule.range);
    return sheet.validations.map((v) => {
      const normal = normalizeValidation(v, spec);
      batch.want(sheet.id, normal.range);
      if (normal.kind === 'list') batch.want(normal.source.sheetId, normal.source.ref);
      return normal;
    });
  });
}

export function writeNames(ss: Spreadsheet, spec: WorkbookSpec, batch: RangeBatch) {
  for (const n of spec.names) ss.setNamedRange(n.name, batch.get(n.sheetId, n.ref));
}

/**
 * Data validations. A built rule is a value Sheets can give to any range: each distinct rule
 * is built once for the workbook (`built`). Sheets validates blanks as valid anyway; whole
 * numbers need a formula of their own, relative to the range's top-left cell.
 */
export function writeValidations(
  sheetId: string,
  validations: NormalizedValidation[],
  batch: RangeBatch,
  built: Map<string, GoogleAppsScript.Spreadsheet.DataValidation>,
): void {
  for (const v of validations) {
    const { row1, col1 } = parseRange(v.range);
    const x = cellRef(row1, col1);
    const key =
      v.kind === 'list'
        ? `list ${v.source.sheetId}!${v.source.ref}`
        : v.kind === 'date'
          ? 'date'
          : `number ${v.min} ${v.max} ${v.integer ? x : ''}`;
    let rule = built.get(key);
    if (!rule) {
      rule = buildValidation(v, x, batch);
      built.set(key, rule);
    }
    batch.get(sheetId, v.range).setDataValidation(rule);
  }
}

function buildValidation(
  v: NormalizedValidation,
  topLeft: string,
  batch: RangeBatch,
): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(false);
  if (v.kind === 'list') {
    builder.requireValueInRange(batch.get(v.source.sheetId, v.source.ref), true);
  } else if (v.kind === 'date') {
    builder.requireDateBetween(dateOfSerial(v.min), dateOfSerial(v.max));
  } else if (v.integer) {
    const x = topLeft;
    const max = v.max === null ? '' : `,${x}<=${v.max}`;
    builder.requireFormulaSatisfied(`=AND(ISNUMBER(${x}),ROUND(${x},0)=${x},${x}>=${v.min}${max})`);
  } else if (v.max === null) {
    builder.requireNumberGreaterThanOrEqualTo(v.min);
  } else {
    builder.requireNumberBetween(v.min, v.max);
  }
  return builder.build();
}

/** A light tint of a colour: Sheets' conditional formats cannot draw borders (see README). */
function tint(rgb: string): string {
  const mix = (i: number) =>
    Math.round(parseInt(rgb.slice(i, i + 2), 16) * 0.25 + 255 * 0.75)
      .toString(16)
      .padStart(2, '0');
  return `#${mix(0)}${mix(2)}${mix(4)}`;
}

/** The sheet's rules added after the ones it has (setConditionalFormatRules replaces all). */
export function writeRules(
  sheet: Sheet,
  sheetId: string,
  rules: ConditionalRule[],
  batch: RangeBatch,
) {
  if (rules.length === 0) return;
  const built = rules.map((rule) => {
    let b = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(`=${rule.formula}`);
    const { fill, fontColor, bold, sideBorder } = rule.format;
    if (fill) b = b.setBackground(`#${fill}`);
    else if (sideBorder) b = b.setBackground(tint(sideBorder));
    if (fontColor) b = b.setFontColor(`#${fontColor}`);
    if (bold) b = b.setBold(true);
    return b.setRanges([batch.get(sheetId, rule.range)]).build();
  });
  sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ...built]);
}

/**
 * Links to other sheets (#gid=…), as rich text. Links in one column on consecutive rows are
 * one range and one call.
 */
export function writeLinks(sheet: Sheet, links: GridLink[], gids: Map<string, number>): void {
  const runs: GridLink[][] = [];
  for (const link of links) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.col === link.col && last.row + 1 === link.row) run.push(link);
    else runs.push([link]);
  }
  // One builder serves every link: build() takes a copy of what it holds.
  const builder = runs.length > 0 ? SpreadsheetApp.newRichTextValue() : null;
  for (const run of runs) {
    const values = run.map((l) => [
      (builder as GoogleAppsScript.Spreadsheet.RichTextValueBuilder)
        .setText(l.text)
        .setLinkUrl(`#gid=${gids.get(l.sheetId)}`)
        .build(),
    ]);
    sheet.getRange(run[0].row, run[0].col, run.length, 1).setRichTextValues(values);
  }
}
