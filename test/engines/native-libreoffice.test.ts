/** The native KPI formulas give the contract's results in LibreOffice too, not only HyperFormula. */
import type { WorkbookSpec } from '../../core/workbook/spec';
import { renderXlsx } from '../../core/xlsx';
import { NATIVE_CASES } from '../core/kpi/native-cases';
import { hasLibreOffice, recalculate } from './libreoffice';
import { parseLibreOfficeText } from './reader';

const describeLo = hasLibreOffice() ? describe : describe.skip;

describeLo('native KPI formulas in LibreOffice', () => {
  const spec: WorkbookSpec = {
    title: 'cases',
    formulaStyle: 'native',
    styles: {},
    names: [],
    sheets: [
      {
        id: 'cases',
        title: 'Cases',
        blocks: [
          { row: 1, col: 1, cells: NATIVE_CASES.map(([, build]) => [{ formula: build() }]) },
        ],
        columnWidths: [],
        rowHeights: [],
        merges: [],
        conditionalRules: [],
        validations: [],
      },
    ],
  };
  let rows: string[][];
  beforeAll(async () => {
    rows = recalculate(await renderXlsx(spec), 'cases').get('Cases') ?? [];
  });

  it.each(NATIVE_CASES.map((c, i) => [c[0], i, c[2]] as const))('%s', (_, i, expected) => {
    const value = parseLibreOfficeText(rows[i]?.[0] ?? '');
    if (typeof expected === 'number') expect(value).toBeCloseTo(expected, 9);
    else if (expected.startsWith('#')) expect(value).toEqual({ error: expected });
    else expect(value ?? '').toBe(expected);
  });
});
