/**
 * What only the Excel renderer does (the cells, formats, names, validations, rules, merges,
 * panes and widths every host writes alike are the renderer contract's, test/contract): the
 * first sheet shown, the Overview's links as in-workbook locations, the KPI.* functions in
 * add-in formulas, the written workbook computing without error, Persian dates and direction,
 * and few syncs of requests under 5 MB.
 */
import { FRAMEWORKS } from '../../core/frameworks';
import { sheetPrefix } from '../../core/workbook/a1';
import type { WorkbookSpec } from '../../core/workbook/spec';
import { readWorkbook, renderSpec } from '../../excel-addin/src/render';
import { REQUEST_LIMIT, fakeExcel } from '../fakes/excel/api';
import { errorsOfExcel } from '../fakes/excel/read';
import type { XBook } from '../fakes/excel/model';
import { largePlanInput, specOf } from '../helpers';

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

describe('syncs and requests', () => {
  // Each framework small; the 2,000-task plan by day once (its Gantt is the same in each).
  it.each([...FRAMEWORKS.map((f) => [f.id, 10] as const), ['aisas', 2000] as const])(
    '%s with %d tasks by day: one read and one write, each request under 5 MB',
    async (fw, tasks) => {
      const { Excel, log } = fakeExcel();
      await Excel.run(async (context) => {
        const existing = await readWorkbook(context);
        const spec = specOf(largePlanInput(tasks, 156, 'day', fw), undefined, {
          existingTitles: existing.titles,
        });
        await renderSpec(context, spec);
      });
      expect(log.syncs).toBeLessThanOrEqual(3);
      expect(Math.max(...log.requests)).toBeLessThan(REQUEST_LIMIT);
    },
  );
});

describe('a request that would pass 5 MB', () => {
  it('is split: more syncs, each request under the limit', async () => {
    // A sheet of 60,000 long notes: some 7 MB of text, more than one request may carry.
    const text = 'A note on the plan, long enough to weigh: '.repeat(3);
    const spec = specOf({ framework: 'sostac' });
    const notes = {
      ...spec.sheets[0],
      id: 'notes',
      title: 'Notes',
      blocks: [
        {
          row: 1,
          col: 1,
          cells: Array.from({ length: 6000 }, () => Array(10).fill({ value: text })),
        },
      ],
      conditionalRules: [],
      validations: [],
      merges: [],
    };
    const { book, log } = await render({ ...spec, sheets: [...spec.sheets, notes] });
    expect(log.syncs).toBeGreaterThan(2);
    expect(Math.max(...log.requests)).toBeLessThan(REQUEST_LIMIT);
    expect(sheetOf(book, 'Notes').cell(6000, 10).value).toBe(text);
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
