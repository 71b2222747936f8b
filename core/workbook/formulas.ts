/**
 * The functions a generated formula may call: those Excel 2016+, Google Sheets, LibreOffice 7.4
 * and HyperFormula all compute (DESIGN.md), and how a formula is read for them.
 */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
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
  'WORKDAY.INTL',
  'NETWORKDAYS.INTL',
  'WEEKDAY',
  'N',
  'ISNUMBER',
  'ISBLANK',
  'NA',
]);

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
  const allowed = (f: string) => ALLOWED_FUNCTIONS.has(f) || (kpi && f.startsWith('KPI.'));
  const unknown = functionsIn(formula).filter((f) => !allowed(f));
  if (unknown.length > 0)
    return `calls ${[...new Set(unknown)].join(', ')}, not on DESIGN.md's list`;
  // HyperFormula cannot read 1E-9; every host reads 0.000000001.
  if (/(^|[^A-Za-z$\d.])\d+(\.\d+)?[eE][+-]?\d/.test(codeOf(formula))) {
    return 'writes a number in scientific notation';
  }
  return null;
}
