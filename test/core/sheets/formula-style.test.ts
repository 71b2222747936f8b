/** formulaStyle "addin": the Control sheet calls the KPI custom functions; the .xlsx stays native. */
import ExcelJS from 'exceljs';
import { CONTROL_COLUMNS as C } from '../../../core/sheets/layouts/control';
import { columnLetter as L } from '../../../core/workbook/a1';
import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { renderXlsx } from '../../../core/xlsx';
import { kpiFunction } from '../../../core/kpi/registry';
import { specOf } from '../../helpers';
import { cellAt, columnCells, nameRange, sheetOf } from './spec-reader';

describe('formulaStyle', () => {
  const native = specOf(SAMPLE_PLAN);
  const addin = specOf({ ...SAMPLE_PLAN, formulaStyle: 'addin' });
  /** A default (non-objective) KPI's row: its id is a value, not a formula. */
  const row = (spec: typeof native, id: string) =>
    nameRange(spec, 'KPI_ID').row1 + columnCells(spec, 'KPI_ID').findIndex((c) => c?.value === id);

  it('is native by default: no cell carries an add-in formula', () => {
    expect(native.formulaStyle).toBe('native');
    const cells = native.sheets.flatMap((s) => s.blocks.flatMap((b) => b.cells.flat()));
    expect(cells.filter((c) => c?.addinFormula)).toEqual([]);
  });

  it('with "addin", gives the Control sheet\'s KPI cells a call to the custom function', () => {
    const control = sheetOf(addin, 'control');
    const r = row(addin, 'aov');
    const at = (c: number) => cellAt(control, r, c);
    expect(at(C.status)?.addinFormula).toBe(
      `KPI.STATUS(F${r},E${r},Z${r},IF(T${r}="",Tolerance,T${r}))`,
    );
    expect(at(C.targetToDate)?.addinFormula).toBe(
      `IF(ReportDate<S${r},"",IF(Y${r}="","",KPI.TARGET_PATH(B${r},C${r},S${r},D${r},IF(V${r}="",MIN(ReportDate,D${r}),V${r}))))`,
    );
    expect(at(C.variancePct)?.addinFormula).toBe(
      `IF(SUM(E${r})=0,"",KPI.VARIANCE_PCT(F${r},E${r}))`,
    );
    // A channel's volume compares with its target spread evenly: KPI.TARGET_TO_DATE.
    const calls = control.blocks.flatMap((b) => b.cells.flat()).map((c) => c?.addinFormula ?? '');
    expect(calls.some((f) => f.includes(`KPI.TARGET_TO_DATE(${L(C.target)}`))).toBe(true);
    // The native formula stays beside it, the same as without the option.
    expect(at(C.status)?.formula).toBe(cellAt(sheetOf(native, 'control'), r, C.status)?.formula);
  });

  it('never changes what core/xlsx writes', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderXlsx(addin)) as unknown as ArrayBuffer);
    const formulas: string[] = [];
    wb.getWorksheet('Control')!.eachRow((r) =>
      r.eachCell((c) => c.formula && formulas.push(c.formula)),
    );
    expect(formulas.length).toBeGreaterThan(50);
    expect(formulas.filter((f) => f.includes('KPI.'))).toEqual([]);
  });

  it('is validated', () => {
    expect(() => specOf({ framework: 'sostac', formulaStyle: 'macro' })).toThrow(
      'formulaStyle: unknown value "macro" (expected one of: native, addin)',
    );
  });
});

describe('the add-in formulas the workbook writes', () => {
  /** Each KPI.* call in a formula with its arguments (split at the top level). */
  function calls(formula: string): { id: string; args: number }[] {
    const found: { id: string; args: number }[] = [];
    for (const m of formula.matchAll(/KPI\.(\w+)\(/g)) {
      let [depth, args, i] = [1, 1, (m.index ?? 0) + m[0].length];
      for (; depth > 0 && i < formula.length; i++) {
        const ch = formula[i];
        if (ch === '"') i = formula.indexOf('"', i + 1);
        else if (ch === '(') depth++;
        else if (ch === ')') depth--;
        else if (ch === ',' && depth === 1) args++;
      }
      found.push({ id: m[1], args });
    }
    return found;
  }

  it.each(['sostac', 'race', 'aisas'])(
    '%s: every function that measures at a day is given the day (Sheets never recomputes one as days pass)',
    (framework) => {
      const spec = specOf({ framework, formulaStyle: 'addin' });
      const formulas = spec.sheets.flatMap((s) =>
        s.blocks.flatMap((b) =>
          b.cells.flat().flatMap((c) => (c?.addinFormula ? [c.addinFormula] : [])),
        ),
      );
      const dated = formulas
        .flatMap(calls)
        .filter((c) => kpiFunction(c.id as never).params.includes('as_of'));
      expect(dated.length).toBeGreaterThan(10);
      expect(dated.filter((c) => c.args < kpiFunction(c.id as never).params.length)).toEqual([]);
    },
  );
});
