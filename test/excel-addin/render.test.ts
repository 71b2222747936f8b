/**
 * The Excel renderer over the fake Excel API: every framework's spec comes out as the spec's
 * cells, formats, rules, validations and names (the same cells as the .xlsx and as the Sheets
 * add-on writes), computes without error, in two syncs of requests under 5 MB.
 */
import { FRAMEWORKS } from '../../core/frameworks';
import { sheetPrefix } from '../../core/workbook/a1';
import { forEachCell } from '../../core/workbook/grid';
import { hostFormula } from '../../core/workbook/host';
import type { WorkbookSpec } from '../../core/workbook/spec';
import { readWorkbook, renderSpec } from '../../excel-addin/src/render';
import { renderSpec as renderSheets } from '../../sheets-addon/src/render';
import { REQUEST_LIMIT, fakeExcel } from '../fakes/excel/api';
import { errorsOfExcel } from '../fakes/excel/read';
import type { XBook } from '../fakes/excel/model';
import { installSheetsHost } from '../fakes/sheets-host';
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

  it('adds the sheets after the marketer’s own, in order, and shows the first', () => {
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1', ...spec.sheets.map((s) => s.title)]);
    expect(book.active?.name).toBe(spec.sheets[0].title);
  });

  it('writes every cell of the spec: text as text, formulas as formulas', () => {
    const wrong: string[] = [];
    for (const s of spec.sheets) {
      forEachCell(s, (row, col, cell) => {
        const got = sheetOf(book, s.title).cell(row, col);
        const formula = hostFormula(cell, spec.formulaStyle, 'excel');
        const same =
          formula !== undefined
            ? got.formula === formula
            : got.formula === undefined && (got.value ?? '') === (cell.value ?? '');
        if (!same) wrong.push(`${s.id}!R${row}C${col}: ${JSON.stringify(got)}`);
      });
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it("gives every cell its style's number format, fill, font and border", () => {
    const wrong: string[] = [];
    for (const s of spec.sheets) {
      forEachCell(s, (row, col, cell) => {
        const style = cell.style ? spec.styles[cell.style] : undefined;
        const got = sheetOf(book, s.title).cell(row, col);
        const expected = [
          style?.numberFormat,
          style?.fill && `#${style.fill}`,
          style?.bold,
          style?.border && `#${style.border.color}`,
        ];
        const actual = [
          got.numberFormat,
          got.format.fill,
          got.format.bold,
          got.format.borders?.EdgeTop?.color,
        ];
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          wrong.push(`${s.id}!R${row}C${col}: ${JSON.stringify(actual)}`);
        }
      });
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('defines every name, and adds the rules, merges, validations, panes and widths', () => {
    const titleOf = (id: string) => spec.sheets.find((s) => s.id === id)?.title;
    expect([...book.names].map(([n, r]) => [n, r.sheet.name, r.address]).sort()).toEqual(
      spec.names.map((n) => [n.name, titleOf(n.sheetId), n.ref.replace(/\$/g, '')]).sort(),
    );
    for (const s of spec.sheets) {
      const got = sheetOf(book, s.title);
      expect(got.rules.map((r) => [r.formula, r.range, r.priority])).toEqual(
        s.conditionalRules.map((r, i) => [`=${r.formula}`, r.range, i]),
      );
      expect([...got.merges].sort()).toEqual([...s.merges].sort());
      expect(got.validations.map((v) => v.range)).toEqual(s.validations.map((v) => v.range));
      expect(got.freeze).toEqual({ rows: s.freeze?.rows ?? 0, cols: s.freeze?.cols ?? 0 });
      for (const w of s.columnWidths)
        expect(got.widths.get(w.col)).toBeCloseTo((w.width * 7 + 5) * 0.75);
    }
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

  it('writes the same cells as the Sheets add-on', () => {
    const sheets = installSheetsHost();
    sheets.book.addOwnSheet('Sheet1');
    renderSheets(sheets.book as never, spec);
    const differences: string[] = [];
    for (const s of spec.sheets) {
      const [x, g] = [sheetOf(book, s.title), sheets.book.sheets.find((t) => t.name === s.title)!];
      forEachCell(s, (row, col) => {
        const [a, b] = [x.cell(row, col), g.cell(row, col)];
        if (a.formula !== b.formula || (a.value ?? '') !== (b.value ?? '')) {
          differences.push(`${s.id}!R${row}C${col}`);
        }
      });
    }
    expect(differences).toEqual([]);
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
  it.each(FRAMEWORKS.flatMap((f) => [[f.id, 10] as const, [f.id, 2000] as const]))(
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
