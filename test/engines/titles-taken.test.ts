/**
 * Generating beside a workbook that already has every sheet title: each new sheet gets a
 * numbered title, and its formulas, links and names follow it. Rendered, recalculated by
 * LibreOffice: no error cell, and the same values as the workbook with its own titles.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SAMPLE_PLAN } from '../../core/plan/sample';
import { renderXlsx } from '../../core/xlsx';
import { specOf } from '../helpers';
import { sheetFormulas } from './grid';
import { evaluateSpec } from './hyperformula';
import { errorCells, hasLibreOffice, recalculate } from './libreoffice';
import { libreOfficeReader, sameValue } from './reader';

const describeLo = hasLibreOffice() ? describe : describe.skip;
const input = { ...SAMPLE_PLAN, framework: 'race', tasks: undefined, objectives: undefined };

describe('every title taken', () => {
  const own = specOf(input);
  const taken = own.sheets.map((s) => s.title.toLowerCase());
  const spec = specOf(input, undefined, { existingTitles: taken });

  it('numbers every title and keeps ids', () => {
    expect(spec.sheets.map((s) => s.title)).toEqual(own.sheets.map((s) => `${s.title} (2)`));
    expect(spec.sheets.map((s) => s.id)).toEqual(own.sheets.map((s) => s.id));
  });

  it('builds formulas that read another sheet from its numbered title', () => {
    const reach = spec.sheets.find((s) => s.id === 'stage.reach')!;
    const formulas = sheetFormulas(reach).map((f) => f.formula);
    expect(formulas.some((f) => f.includes("'Control (2)'!"))).toBe(true);
    expect(formulas.some((f) => /(^|[^'])Control!/.test(f))).toBe(false);
  });

  it('writes links and names to the numbered titles', async () => {
    const bytes = await renderXlsx(spec);
    const zip = await JSZip.loadAsync(bytes);
    const overview = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const links = [...overview.matchAll(/location="([^"]*)"/g)].map((m) =>
      m[1].replace(/&apos;/g, "'"),
    );
    expect(links).toEqual(spec.sheets.map((s) => `'${s.title}'!A1`));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const names = wb.definedNames.model as { name: string; ranges: string[] }[];
    expect(names.find((n) => n.name === 'KPI_Status')?.ranges[0]).toMatch(/^'Control \(2\)'!/);
  });

  it('computes the same values in HyperFormula as with its own titles', () => {
    const [a, b] = [evaluateSpec(own), evaluateSpec(spec)];
    expect(b.errors()).toEqual([]);
    for (const sheet of own.sheets) {
      for (const { row, col } of sheetFormulas(sheet)) {
        expect([sheet.id, row, col, b.value(sheet.id, row, col)]).toEqual([
          sheet.id,
          row,
          col,
          a.value(sheet.id, row, col),
        ]);
      }
    }
  });
});

describeLo('every title taken, in LibreOffice', () => {
  it('recalculates with no error cell and the values of the workbook with its own titles', async () => {
    const own = specOf(input);
    const spec = specOf(input, undefined, {
      existingTitles: own.sheets.map((s) => s.title),
    });
    const sheets = recalculate(await renderXlsx(spec));
    expect(errorCells(sheets)).toEqual([]);
    const hf = evaluateSpec(own);
    const read = libreOfficeReader(spec, sheets);
    const differences = own.sheets.flatMap((sheet) =>
      sheetFormulas(sheet)
        .filter(
          ({ row, col }) => !sameValue(hf.value(sheet.id, row, col), read(sheet.id, row, col)),
        )
        .map(({ row, col }) => `${sheet.id}!R${row}C${col}`),
    );
    expect(differences).toEqual([]);
  });
});
