/** core/xlsx: a WorkbookSpec rendered with ExcelJS and read back from the .xlsx bytes. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { renderXlsx } from '../../../core/xlsx';
import type { WorkbookSpec } from '../../../core/workbook/spec';
import { STABLE_NAMES, specOf } from '../../helpers';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const tiny: WorkbookSpec = {
  title: 'Tiny',
  formulaStyle: 'native',
  styles: {
    input: { fill: 'FFF7D6', numberFormat: '#,##0', border: { style: 'thin', color: 'C9D1DC' } },
    date: { numberFormat: 'yyyy-mm-dd', bold: true, horizontal: 'center', rotate: 90 },
    link: { fontColor: '1F5FBF' },
  },
  sheets: [
    {
      id: 'one',
      title: 'برنامه',
      rightToLeft: true,
      blocks: [
        {
          row: 1,
          col: 1,
          cells: [[{ value: '=SUM(1,2)' }, { value: 1200, style: 'input' }, { formula: 'B1*2' }]],
        },
        {
          row: 2,
          col: 1,
          cells: [[{ value: 46023, style: 'date' }, null, { value: 'Two', linkToSheet: 'two' }]],
        },
      ],
      columnWidths: [{ col: 1, width: 30 }],
      rowHeights: [{ row: 2, height: 40 }],
      merges: ['A3:C3'],
      freeze: { rows: 1, cols: 1 },
      opensAt: { row: 4, col: 9, firstCol: 5 },
      conditionalRules: [
        { id: 'big', range: 'B1:B2', formula: 'B1>1000', format: { fill: 'FF0000', bold: true } },
        { id: 'mark', range: 'B1:B2', formula: 'B1>0', format: { sideBorder: 'C00000' } },
      ],
      validations: [
        { kind: 'list', range: 'D1:D5', source: 'Choices' },
        { kind: 'number', range: 'E1:E5', min: 0, max: 1 },
        { kind: 'number', range: 'F1:F5', min: 0, integer: true },
        { kind: 'date', range: 'G1:G5' },
        { kind: 'choice', range: 'H1:H5', values: ['Yes', 'Not yet'] },
      ],
      tabColor: '1F3A5F',
    },
    {
      id: 'two',
      title: 'Two words',
      blocks: [{ row: 1, col: 1, cells: [[{ value: 'yes' }], [{ value: 'no' }]] }],
      columnWidths: [],
      rowHeights: [],
      merges: [],
      conditionalRules: [],
      validations: [],
    },
  ],
  names: [
    { name: 'Choices', sheetId: 'two', ref: '$A$1:$A$2' },
    { name: 'Amount', sheetId: 'one', ref: '$B$1' },
  ],
};

describe('renderXlsx', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await readBack(await renderXlsx(tiny));
  });

  it('writes the sheets in order, right-to-left where asked, with frozen panes and tab colours', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['برنامه', 'Two words']);
    const ws = wb.worksheets[0];
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1, rightToLeft: true });
    // Opened with the scrolling pane from column E (under the frozen row) and I4 selected.
    expect(ws.views[0]).toMatchObject({ topLeftCell: 'E2', activeCell: 'I4' });
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1F3A5F' });
    expect(wb.worksheets[1].views[0]?.rightToLeft ?? false).toBe(false);
  });

  it('keeps text that looks like a formula as text, and writes formulas as formulas', () => {
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A1').value).toBe('=SUM(1,2)');
    expect(ws.getCell('C1').formula).toBe('B1*2');
  });

  it('applies styles, number formats, widths, heights and merges', () => {
    const ws = wb.worksheets[0];
    expect(ws.getCell('B1').numFmt).toBe('#,##0');
    expect(ws.getCell('B1').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFF7D6' },
    });
    expect(ws.getCell('A2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('A2').font?.bold).toBe(true);
    expect(ws.getCell('A2').alignment).toMatchObject({ horizontal: 'center', textRotation: 90 });
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getRow(2).height).toBe(40);
    expect(ws.getCell('C3').isMerged).toBe(true);
  });

  it('writes links to other sheets as in-workbook locations, with no external relationship', async () => {
    const zip = await JSZip.loadAsync(await renderXlsx(tiny));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toMatch(/<hyperlink ref="C2" location="(&apos;|')Two words(&apos;|')!A1"\/>/);
    expect(wb.worksheets[0].getCell('C2').text).toBe('Two');
    const rels = (await zip.file('xl/worksheets/_rels/sheet1.xml.rels')?.async('string')) ?? '';
    expect(rels).not.toMatch(/TargetMode="External"/);
  });

  it('writes conditional formats in priority order and data validations', () => {
    const ws = wb.worksheets[0] as ExcelJS.Worksheet & {
      conditionalFormattings: { ref: string; rules: { formulae: string[]; priority: number }[] }[];
      dataValidations: { model: Record<string, { type: string; formulae: unknown[] }> };
    };
    const rules = ws.conditionalFormattings.flatMap((cf) =>
      cf.rules.map((r) => [cf.ref, r.formulae[0], r.priority]),
    );
    expect(rules).toEqual([
      ['B1:B2', 'B1>1000', 1],
      ['B1:B2', 'B1>0', 2],
    ]);
    const model = ws.dataValidations.model;
    expect(model['D1']).toMatchObject({ type: 'list', formulae: ['Choices'] });
    expect(model['E5']).toMatchObject({ type: 'decimal', formulae: [0, 1] });
    expect(model['F3']).toMatchObject({ type: 'whole' });
    expect(model['G1']).toMatchObject({ type: 'date' });
    expect(model['H1']).toMatchObject({ type: 'list', formulae: ['"Yes,Not yet"'] });
  });

  it('writes workbook names as ranges', () => {
    const names = wb.definedNames.model.map((n: { name: string; ranges: string[] }) => [
      n.name,
      n.ranges,
    ]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['Choices', ["'Two words'!$A$1:$A$2"]],
        ['Amount', ["'برنامه'!$B$1"]],
      ]),
    );
  });
});

describe('renderXlsx on a plan', () => {
  it('writes every name the add-ins and tests rely on', async () => {
    const bytes = await renderXlsx(specOf({ framework: 'sostac', timeline: 'day' }));
    const wb = await readBack(bytes);
    const names = wb.definedNames.model.map((n: { name: string }) => n.name);
    expect(names).toEqual(expect.arrayContaining([...STABLE_NAMES]));
  });
});
