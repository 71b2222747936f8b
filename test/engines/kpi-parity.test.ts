/**
 * Parity: every native KPI formula, evaluated by HyperFormula over a grid of argument
 * combinations, equals the TypeScript function (numbers within 1e-9, identical strings and error
 * codes); a sample of the grid through LibreOffice too.
 */
import { HyperFormula } from 'hyperformula';
import { KPI_FUNCTIONS } from '../../core/kpi/registry';
import { isKpiError } from '../../core/kpi/values';
import { cellRef } from '../../core/workbook/a1';
import type { WorkbookSpec } from '../../core/workbook/spec';
import { renderXlsx } from '../../core/xlsx';
import { hasLibreOffice, recalculate } from './libreoffice';
import { parseLibreOfficeText, sameValue } from './reader';

const PARAMS = ['actual', 'target', 'direction', 'tolerance', 'start', 'end', 'as_of'] as const;
type Args = Record<(typeof PARAMS)[number], number | string | boolean>;
/** A parameter's column: TARGET_PATH's baseline takes the actual's values (blank, text, …). */
const column = (param: string) => (param === 'baseline' ? 'actual' : param) as keyof Args;

function grid(): Args[] {
  const rows: Args[] = [];
  for (const actual of ['', 0, -50, 90, 95, 99.5, 100, 110, 1000000000, 0.000001, 'abc', true])
    for (const target of ['', 0, 100, -100, 1000000000, 0.000001])
      for (const direction of ['higher', 'LOWER', '', ' lower', 'Near'])
        for (const tolerance of [0, 0.5, ''])
          for (const [start, end] of [
            [46023, 46053],
            [46023.75, 46053.25],
            [46053, 46023],
          ])
            for (const as_of of [46000, 46023, 46032, 46032.5, 46053, 46100])
              rows.push({ actual, target, direction, tolerance, start, end, as_of });
  return rows;
}

const ROWS = grid();

/** The sheet: the arguments in A:G, one native formula per function after them. */
function formulaRow(row: number): string[] {
  const ref = Object.fromEntries(PARAMS.map((p, i) => [p, cellRef(row, i + 1)]));
  return KPI_FUNCTIONS.map((f) => f.native(...f.params.map((p) => ref[column(p)])));
}

type Expected = number | string;

function expected(args: Args): Expected[] {
  return KPI_FUNCTIONS.map((f) => {
    const v = f.run(...f.params.map((p) => args[column(p)]));
    return isKpiError(v) ? { error: v.code } : v;
  }) as unknown as Expected[];
}

function mismatches(actual: (row: number, fn: number) => unknown, rows: number[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const want = expected(ROWS[r]);
    KPI_FUNCTIONS.forEach((f, i) => {
      const got = actual(r, i);
      if (!sameValue(got as never, want[i] as never)) {
        out.push(
          `${f.id}(${JSON.stringify(ROWS[r])}): native ${JSON.stringify(got)}, TS ${JSON.stringify(want[i])}`,
        );
      }
    });
  }
  return out;
}

describe('native KPI formulas and core/kpi agree', () => {
  it(`in HyperFormula, over ${ROWS.length * KPI_FUNCTIONS.length} combinations`, () => {
    expect(ROWS.length * KPI_FUNCTIONS.length).toBeGreaterThanOrEqual(10000);
    const sheet = ROWS.map((args, i) => [
      ...PARAMS.map((p) => (args[p] === '' ? null : args[p])),
      ...formulaRow(i + 1).map((f) => `=${f}`),
    ]);
    const hf = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3' });
    const value = (r: number, i: number) => {
      const v = hf.getCellValue({ sheet: 0, row: r, col: PARAMS.length + i });
      return typeof v === 'object' && v !== null && 'value' in v
        ? { error: (v as { value: string }).value }
        : v;
    };
    expect(
      mismatches(
        value,
        ROWS.map((_, i) => i),
      ).slice(0, 10),
    ).toEqual([]);
    hf.destroy();
  });

  const itLo = hasLibreOffice() ? it : it.skip;
  itLo('in LibreOffice, over a sample of 500', async () => {
    // LibreOffice stores TRUE as the number 1 (ISNUMBER(TRUE) is TRUE there, FALSE in Excel,
    // Sheets and HyperFormula), so boolean arguments are left out of its sample.
    const candidates = ROWS.map((_, i) => i).filter((i) => typeof ROWS[i].actual !== 'boolean');
    const sample = Array.from(
      { length: 500 },
      (_, i) => candidates[Math.floor((i * candidates.length) / 500)],
    );
    const spec: WorkbookSpec = {
      title: 'parity',
      formulaStyle: 'native',
      styles: {},
      names: [],
      sheets: [
        {
          id: 'grid',
          title: 'Grid',
          blocks: [
            {
              row: 1,
              col: 1,
              cells: sample.map((r, i) => [
                ...PARAMS.map((p) => ({ value: ROWS[r][p] === '' ? null : ROWS[r][p] })),
                ...formulaRow(i + 1).map((formula) => ({ formula })),
              ]),
            },
          ],
          columnWidths: [],
          rowHeights: [],
          merges: [],
          conditionalRules: [],
          validations: [],
        },
      ],
    };
    const cells = recalculate(await renderXlsx(spec), 'parity').get('Grid') ?? [];
    const position = new Map(sample.map((r, i) => [r, i]));
    const value = (r: number, i: number) =>
      parseLibreOfficeText(cells[position.get(r) as number]?.[PARAMS.length + i] ?? '');
    expect(mismatches(value, sample).slice(0, 10)).toEqual([]);
  });
});
