/**
 * The formula gate, read from the written files: every formula an .xlsx holds — in cells,
 * conditional formats, validations and defined names — calls only functions of the table in
 * core/workbook/formulas.ts, each spelled as the table says Excel reads it (bare, or `_xlfn.`).
 * A function Excel added after 2007, written bare, would be #NAME? in Excel.
 */
import JSZip from 'jszip';
import { FRAMEWORKS } from '../../../core/frameworks';
import { LANGUAGES } from '../../../core/i18n';
import { samplePlan } from '../../../core/plan/samples';
import type { PlanInput } from '../../../core/plan/types';
import { FORMULA_FUNCTIONS } from '../../../core/workbook/formulas';
import { renderXlsx } from '../../../core/xlsx';
import { largePlanInput, specOf } from '../../helpers';

const PLANS: [string, PlanInput][] = [
  ...FRAMEWORKS.map((fw): [string, PlanInput] => [fw.id, { framework: fw.id }]),
  ...LANGUAGES.map((l): [string, PlanInput] => [`the sample in ${l}`, samplePlan(l)]),
  ['2,000 tasks by week', largePlanInput(2000, 156, 'week', 'aisas')],
];

const unescape = (xml: string) =>
  xml.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : '&',
  );

/** Every formula text of a file: cells, conditional formats and validations, defined names. */
async function formulasOfFile(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((f) =>
    /^xl\/(worksheets\/sheet\d+|workbook)\.xml$/.test(f),
  );
  const found: string[] = [];
  for (const part of parts) {
    const xml = await zip.file(part)!.async('string');
    for (const m of xml.matchAll(/<(f|formula|formula1|formula2|definedName)\b[^>]*>([^<]*)</g)) {
      found.push(unescape(m[2]));
    }
  }
  return found;
}

/** Each call in a formula as written: its name with any prefix, outside strings and quotes. */
function callsIn(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "'S'");
  return [...code.matchAll(/([A-Za-z_][A-Za-z0-9._]*)\s*\(/g)].map((m) => m[1].toUpperCase());
}

/** Why a call is not what Excel reads from a file, or null. */
function callProblem(call: string): string | null {
  const name = call.replace(/^_XLFN\./, '');
  const entry = FORMULA_FUNCTIONS[name];
  if (!entry) return `${call} is not in the function table`;
  const written = call.startsWith('_XLFN.') ? '_xlfn.' : 'bare';
  return written === entry.file
    ? null
    : `${call} is written ${written}, Excel reads it ${entry.file}`;
}

describe.each(PLANS)('the .xlsx of %s', (_, input) => {
  it('calls only functions of the table, each in the form Excel reads from a file', async () => {
    const formulas = await formulasOfFile(await renderXlsx(specOf(input)));
    expect(formulas.length).toBeGreaterThan(300);
    const calls = new Set(formulas.flatMap(callsIn));
    expect([...calls].flatMap((c) => callProblem(c) ?? [])).toEqual([]);
    // The schedule counts working days on the index, not with the 2010 functions.
    expect([...calls]).toEqual(expect.arrayContaining(['MATCH', 'INDEX', 'COUNTIFS']));
    expect(formulas.join('\n')).not.toMatch(/WORKDAY\.INTL|NETWORKDAYS\.INTL/i);
  });
});

describe('callProblem, the check above', () => {
  it('finds a later function written bare and one the table does not have', () => {
    expect(callsIn('IF(_xlfn.IFNA(A1,0),WORKDAY.INTL(A1,1),"SUM(")')).toEqual([
      'IF',
      '_XLFN.IFNA',
      'WORKDAY.INTL',
    ]);
    expect(callProblem('WORKDAY.INTL')).toMatch(/not in the function table/);
    expect(callProblem('_XLFN.SUM')).toMatch(/written _xlfn\., Excel reads it bare/);
    expect(callProblem('SUM')).toBeNull();
  });
});
