/**
 * What spans the workbook: the ranges names, validations and rules need (one range list per
 * sheet fetches them all), workbook names, data validations, conditional formats added to the
 * sheet's own, and links between sheets.
 */
import { cellRef, parseRange, rangeRef } from '../../../core/workbook/a1';
import type { GridLink } from '../../../core/workbook/grid';
import type { ConditionalRule, WorkbookSpec } from '../../../core/workbook/spec';
import { normalizeValidation, type NormalizedValidation } from '../../../core/workbook/validation';
import { dateOfSerial } from '../../../core/dates/serial';
import type { Builders } from './builders';

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

/** The rectangle that holds every range of a list (a sheet's validations, set in one call). */
export function boundingRef(refs: string[]): string | null {
  if (refs.length === 0) return null;
  const rs = refs.map((ref) => parseRange(ref.replace(/\$/g, '')));
  const min = (f: (r: (typeof rs)[number]) => number) => Math.min(...rs.map(f));
  const max = (f: (r: (typeof rs)[number]) => number) => Math.max(...rs.map(f));
  return rangeRef(
    min((r) => r.row1),
    min((r) => r.col1),
    max((r) => r.row2),
    max((r) => r.col2),
  );
}

/** Every range the workbook-wide parts need, asked of the batch before it fetches. */
export function wantRanges(spec: WorkbookSpec, batch: RangeBatch): NormalizedValidation[][] {
  for (const n of spec.names) batch.want(n.sheetId, n.ref);
  return spec.sheets.map((sheet) => {
    for (const rule of sheet.conditionalRules) batch.want(sheet.id, rule.range);
    const normal = sheet.validations.map((v) => normalizeValidation(v, spec));
    const box = boundingRef(normal.map((v) => v.range));
    if (box) batch.want(sheet.id, box);
    for (const v of normal) if (v.kind === 'list') batch.want(v.source.sheetId, v.source.ref);
    return normal;
  });
}

export function writeNames(ss: Spreadsheet, spec: WorkbookSpec, batch: RangeBatch) {
  for (const n of spec.names) ss.setNamedRange(n.name, batch.get(n.sheetId, n.ref));
}

/**
 * Data validations, every one of a sheet in one call: a rule for each cell of the rectangle
 * that holds them (null where none applies; the sheet is new, so nothing is lost). A built
 * rule is a value Sheets can give to any cell: each distinct rule is built once for the
 * workbook (`built`). Sheets validates blanks as valid anyway; whole numbers need a formula of
 * their own, relative to the range's top-left cell.
 */
export function writeValidations(
  sheetId: string,
  validations: NormalizedValidation[],
  batch: RangeBatch,
  built: Map<string, GoogleAppsScript.Spreadsheet.DataValidation>,
  builders: Builders,
): void {
  const box = boundingRef(validations.map((v) => v.range));
  if (!box) return;
  const b = parseRange(box);
  const rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = Array.from(
    { length: b.row2 - b.row1 + 1 },
    () => Array(b.col2 - b.col1 + 1).fill(null),
  );
  for (const v of validations) {
    const r = parseRange(v.range);
    const x = cellRef(r.row1, r.col1);
    const key =
      v.kind === 'list'
        ? `list ${v.source.sheetId}!${v.source.ref}`
        : v.kind === 'choice'
          ? `choice ${v.values.join(',')}`
          : v.kind === 'date'
            ? 'date'
            : `number ${v.min} ${v.max} ${v.integer ? x : ''}`;
    let rule = built.get(key);
    if (!rule) {
      rule = buildValidation(v, x, batch, builders.validation());
      built.set(key, rule);
    }
    for (let row = r.row1; row <= r.row2; row++) {
      for (let col = r.col1; col <= r.col2; col++) rules[row - b.row1][col - b.col1] = rule;
    }
  }
  batch.get(sheetId, box).setDataValidations(rules);
}

function buildValidation(
  v: NormalizedValidation,
  topLeft: string,
  batch: RangeBatch,
  builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder,
): GoogleAppsScript.Spreadsheet.DataValidation {
  if (v.kind === 'list') {
    builder.requireValueInRange(batch.get(v.source.sheetId, v.source.ref), true);
  } else if (v.kind === 'choice') {
    builder.requireValueInList(v.values, true);
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

/**
 * The sheet's rules. setConditionalFormatRules replaces a sheet's rules; the sheets a render
 * writes are new, with none of the marketer's to keep, so it sets them without reading.
 */
export function writeRules(
  sheet: Sheet,
  sheetId: string,
  rules: ConditionalRule[],
  batch: RangeBatch,
  builders: Builders,
) {
  if (rules.length === 0) return;
  const built = rules.map((rule) => {
    const { fill, fontColor, bold, sideBorder } = rule.format;
    const background = fill ? `#${fill}` : sideBorder ? tint(sideBorder) : null;
    // Null removes a setting the builder's last rule made.
    return builders
      .rule()
      .whenFormulaSatisfied(`=${rule.formula}`)
      .setBackground(background)
      .setFontColor(fontColor ? `#${fontColor}` : null)
      .setBold(bold ? true : null)
      .setRanges([batch.get(sheetId, rule.range)])
      .build();
  });
  sheet.setConditionalFormatRules(built);
}

/** Links in one column on consecutive rows: one range and one call each run. */
export function linkRuns(links: GridLink[]): GridLink[][] {
  const runs: GridLink[][] = [];
  for (const link of links) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.col === link.col && last.row + 1 === link.row) run.push(link);
    else runs.push([link]);
  }
  return runs;
}

export const runRef = (run: GridLink[]) =>
  rangeRef(run[0].row, run[0].col, run[run.length - 1].row, run[0].col);

/** Links to other sheets (#gid=…), as rich text, a run of them a call. */
export function writeLinks(
  sheetId: string,
  links: GridLink[],
  gids: Map<string, number>,
  batch: RangeBatch,
  builders: Builders,
): void {
  for (const run of linkRuns(links)) {
    const values = run.map((l) => [
      builders
        .link()
        .setText(l.text)
        .setLinkUrl(`#gid=${gids.get(l.sheetId)}`)
        .build(),
    ]);
    batch.get(sheetId, runRef(run)).setRichTextValues(values);
  }
}
