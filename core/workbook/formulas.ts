/** How an .xlsx file stores a function: bare, or (added after Excel 2007) as `_xlfn.NAME`. */
export type FileForm = 'bare' | '_xlfn.';

export interface FormulaFunction {
  /** The first Excel version that computes it (Analysis ToolPak functions: 2007, built in). */
  excel: number;
  /** How the file must spell it for Excel to read it (ECMA-376's function list, or not). */
  file: FileForm;
}

const ORIGINAL: FormulaFunction = { excel: 2007, file: 'bare' };

/**
 * The functions a generated formula may call: those Excel 2016+, Google Sheets, LibreOffice 7.4,
 * Gnumeric and HyperFormula all compute, each written as Excel reads it (DESIGN.md). Every one
 * is in the original OOXML set, stored bare. A function Excel added later (WORKDAY.INTL and
 * NETWORKDAYS.INTL came with 2010) would need `_xlfn.` in the file, which LibreOffice 7.4 reads
 * as #NAME?: admitting one means checking every engine first; the .xlsx writer then prefixes it.
 * N() is left out: Gnumeric gives #NUM! for N() of a blank cell (numberIn below does its work).
 */
export const FORMULA_FUNCTIONS: Readonly<Record<string, FormulaFunction>> = Object.fromEntries(
  [
    'SUM',
    'SUMIFS',
    'COUNTIFS',
    'AVERAGE',
    'MIN',
    'MAX',
    'ABS',
    'ROUND',
    'IF',
    'IFERROR',
    'AND',
    'OR',
    'NOT',
    'INDEX',
    'MATCH',
    'DATE',
    'TODAY',
    'EOMONTH',
    'WORKDAY',
    'NETWORKDAYS',
    'WEEKDAY',
    'ISNUMBER',
    'ISBLANK',
    'NA',
  ].map((name) => [name, ORIGINAL]),
);

/**
 * A formula without its string literals (each becomes "") and quoted sheet names (each becomes
 * 'S'), for reading its code alone: 'Control (2)'!A1 calls nothing.
 */
function codeOf(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "'S'");
}

/** The functions a formula calls, upper-case, in order. */
export function functionsIn(formula: string): string[] {
  return [...codeOf(formula).matchAll(/([A-Za-z][A-Za-z0-9._]*)\s*\(/g)].map((m) =>
    m[1].toUpperCase(),
  );
}

/**
 * Why a formula would not compute alike on every host, or null. An add-in formula may also
 * call the KPI custom functions (`kpi`: true).
 */
export function formulaProblem(formula: string, kpi = false): string | null {
  if (formula.startsWith('=')) return 'starts with "=" (the spec leaves it out)';
  const allowed = (f: string) => f in FORMULA_FUNCTIONS || (kpi && f.startsWith('KPI.'));
  const unknown = functionsIn(formula).filter((f) => !allowed(f));
  if (unknown.length > 0)
    return `calls ${[...new Set(unknown)].join(', ')}, not on DESIGN.md's list`;
  // HyperFormula cannot read 1E-9; every host reads 0.000000001.
  if (/(^|[^A-Za-z$\d.])\d+(\.\d+)?[eE][+-]?\d/.test(codeOf(formula))) {
    return 'writes a number in scientific notation';
  }
  return null;
}

/**
 * A spec formula as the .xlsx file must hold it: each call of a function the table says Excel
 * stores under `_xlfn.` gets the prefix (none of today's functions; the rule is here for the day
 * one is admitted). String literals and quoted sheet names are left as they are.
 */
export function fileFormula(
  formula: string,
  functions: Readonly<Record<string, FormulaFunction>> = FORMULA_FUNCTIONS,
): string {
  const prefixed = Object.keys(functions).filter((f) => functions[f].file === '_xlfn.');
  if (prefixed.length === 0) return formula;
  // Pieces outside quotes are code; a call is a name not preceded by a name character or a dot.
  return formula.replace(
    /("(?:[^"]|"")*"|'(?:[^']|'')*')|([A-Za-z][A-Za-z0-9._]*)(?=\s*\()/g,
    (whole, quoted: string | undefined, name: string | undefined, at: number) => {
      if (quoted !== undefined || name === undefined) return whole;
      const before = formula[at - 1];
      if (before !== undefined && /[\w.]/.test(before)) return whole;
      return prefixed.includes(name.toUpperCase()) ? `_xlfn.${name}` : whole;
    },
  );
}

/** A cell reference (sheet-qualified or not) or a workbook name. */
const REFERENCE = /^(('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?\d+|[A-Za-z_][\w.]*)$/;

/**
 * The number in a cell or single-cell name, 0 when it is blank or holds text: what N() gives,
 * but N() of a blank cell is #NUM! in Gnumeric. SUM reads a referenced cell's text as nothing;
 * given text itself it would be #VALUE!, so it takes references only.
 */
export function numberIn(ref: string): string {
  if (!REFERENCE.test(ref)) throw new Error(`numberIn takes a cell or a name, not ${ref}`);
  return `SUM(${ref})`;
}
