/**
 * What only the Excel renderer does (the cells, formats, names, validations, rules, merges,
 * panes and widths every host writes alike are the renderer contract's, test/contract): the
 * first sheet shown, the Overview's links as in-workbook locations, the KPI.* functions in
 * add-in formulas, the written workbook computing without error, Persian dates and direction.
 * (Requests and their size on the wire: wire.test.ts, through Office.js's own serializer.)
 */
import { FRAMEWORKS } from '../../core/frameworks';
import { parseRange, sheetPrefix } from '../../core/workbook/a1';
import type { WorkbookSpec } from '../../core/workbook/spec';
import { renderSpec } from '../../excel-addin/src/render';
import { fakeExcel } from '../fakes/excel/api';
import { errorsOfExcel } from '../fakes/excel/read';
import type { XBook } from '../fakes/excel/model';
import { specOf } from '../helpers';

async function render(spec: WorkbookSpec) {
  const host = fakeExcel();
  host.book.addOwnSheet('Sheet1');
  await host.Excel.run((context) => renderSpec(context, spec));
  return host;
}

const sheetOf = (book: XBook, title: string) => book.sheets.find((s) => s.name === title)!;

describe.each(FRAMEWORKS.map((f) => f.id))('%s rendered into Excel', (fw) => {
  const spec = specOf({ framework: fw });
  let book: XBook;
  beforeAll(async () => {
    ({ book } = await render(spec));
  });

  it('shows the first of the plan’s sheets', () => {
    expect(book.active?.name).toBe(spec.sheets[0].title);
  });

  it('links the Overview to every sheet as an in-workbook location', () => {
    const overview = sheetOf(book, spec.sheets[0].title);
    const links = [...overview.cells.values()].filter((c) => c.hyperlink).map((c) => c.hyperlink);
    expect(links).toEqual(
      spec.sheets.map((s) => ({
        documentReference: `${sheetPrefix(s.title)}A1`,
        textToDisplay: s.title,
      })),
    );
  });

  it('computes without an error (HyperFormula over what was written)', () => {
    expect(errorsOfExcel(book)).toEqual([]);
  });
});

describe('the sheet a plan opens at', () => {
  it('selects the Gantt’s current week and still shows the first sheet', async () => {
    const spec = specOf({ framework: 'sostac', period: { start: '2027-01-04', weeks: 52 } });
    const schedule = spec.sheets.find((s) => s.id === 'schedule')!;
    const { book } = await render(spec);
    const { row, col } = schedule.opensAt!;
    const selected = parseRange(sheetOf(book, schedule.title).selection ?? '');
    expect(selected).toEqual({ row1: row, col1: col, row2: row, col2: col });
    expect(book.active?.name).toBe(spec.sheets[0].title);
  });
});

describe('a drop-down of fixed words', () => {
  it('writes an objective’s “target counts” choice as a list source of its words', async () => {
    const spec = specOf({ framework: 'sostac' });
    const { book } = await render(spec);
    const objectives = spec.sheets.find((s) => s.id === 'objectives')!;
    const rules = sheetOf(book, objectives.title).validations.map((v) => v.rule);
    expect(rules).toContainEqual({
      list: { inCellDropDown: true, source: 'What the plan adds,Total with the baseline' },
    });
  });
});

describe('with add-in formulas', () => {
  it("writes the Control sheet's KPI cells with the KPI.* functions", async () => {
    const spec = specOf({ framework: 'race', formulaStyle: 'addin' });
    const { book } = await render(spec);
    const control = spec.sheets.find((s) => s.id === 'control')!;
    const formulas = [...sheetOf(book, control.title).cells.values()].flatMap(
      (c) => c.formula ?? [],
    );
    expect(formulas.some((f) => f.includes('KPI.STATUS('))).toBe(true);
  });
});

describe('a Persian plan in Excel', () => {
  it('shows its days in the Solar Hijri calendar, right to left, and its months as they are', async () => {
    const spec = specOf({ framework: 'sostac', language: 'fa' });
    const { book } = await render(spec);
    const settings = book.sheets.find((s) => s.name === 'تنظیمات')!;
    const reportDate = [...settings.cells.values()].find(
      (c) =>
        c.value ===
        spec.sheets
          .find((s) => s.id === 'settings')!
          .blocks.flatMap((b) => b.cells.flat())
          .find((c) => c?.style === 'input.date')?.value,
    );
    expect(reportDate?.numberFormat).toBe('[$-fa-IR,16]yyyy/mm/dd;@');
    expect(reportDate?.format.readingOrder).toBe('RightToLeft');
    const data = book.sheets.find((s) => s.name === 'داده‌ها')!;
    expect(data.cell(5, 1).numberFormat).toBe('mmm yyyy');
  });
});

describe('outline groups in Excel', () => {
  const spec = specOf({ framework: 'sostac' });
  const control = spec.sheets.find((s) => s.id === 'control')!;
  const hiddenOf = (book: XBook) => [...sheetOf(book, control.title).hidden].sort((a, b) => a - b);
  afterEach(() => delete (globalThis as Record<string, unknown>).Office);

  it('groups and hides where Excel has ExcelApi 1.10', async () => {
    (globalThis as Record<string, unknown>).Office = {
      context: { requirements: { isSetSupported: () => true } },
    };
    const { book } = await render(spec);
    expect(sheetOf(book, control.title).groups).toEqual(['M:AA']);
    expect(sheetOf(book, control.title).rowGroups).toEqual([
      `${control.rowGroups![0].from}:${control.rowGroups![0].to}`,
    ]);
    expect(hiddenOf(book)).toEqual(Array.from({ length: 15 }, (_, i) => 13 + i));
  });

  it('only hides where it has not (the manifest asks for ExcelApi 1.9)', async () => {
    (globalThis as Record<string, unknown>).Office = {
      context: { requirements: { isSetSupported: () => false } },
    };
    const { book } = await render(spec);
    expect(sheetOf(book, control.title).groups).toEqual([]);
    expect(sheetOf(book, control.title).rowGroups).toEqual([]);
    expect(hiddenOf(book)).toEqual(Array.from({ length: 15 }, (_, i) => 13 + i));
    expect(sheetOf(book, control.title).hiddenRows.size).toBeGreaterThan(0);
  });
});
