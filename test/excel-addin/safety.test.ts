/**
 * The Excel add-in keeps the marketer's work: user text stays text whatever it looks like, the
 * marketer's own sheets are untouched (the plan's titles numbered beside them, its formulas,
 * links and names following), and bad input comes back as errors. Driven through the task
 * pane's bridge, as the task pane drives it. (A failure at any step and an earlier plan's
 * names: the renderer contract, test/contract.)
 */
import type { GenerationResult } from '../../core/sidebar/bridge';
import { excelBridge } from '../../excel-addin/src/bridge';
import { fakeExcel } from '../fakes/excel/api';
import { errorsOfExcel } from '../fakes/excel/read';
import type { XBook } from '../fakes/excel/model';
import { INJECTIONS } from '../helpers';

/** The bridge over a fake workbook (Excel.run is the fake's). */
function setUp() {
  const host = fakeExcel();
  (globalThis as Record<string, unknown>).Excel = host.Excel;
  const bridge = excelBridge(() => new Date(2027, 0, 1));
  const generate = (input: unknown) =>
    bridge.generate(input as never, () => undefined) as Promise<GenerationResult>;
  return { ...host, generate };
}

const cellsOf = (book: XBook) => book.sheets.flatMap((s) => [...s.cells.values()]);

describe('user text in Excel', () => {
  it.each(INJECTIONS)('%s stays text in every field', async (text) => {
    const { book, generate } = setUp();
    await generate({
      framework: 'sostac',
      business: { name: text },
      period: { start: '2027-01-04', weeks: 4 },
      objectives: [{ category: 'sell', kpi: 'revenue', owner: text }],
      tasks: [
        { id: text.slice(0, 20), name: text, stage: 'action', owner: text, start: '2027-01-04' },
      ],
    });
    expect(cellsOf(book).filter((c) => c.value === text).length).toBeGreaterThanOrEqual(4);
    expect(cellsOf(book).some((c) => c.formula?.includes('evil.example'))).toBe(false);
    expect(errorsOfExcel(book)).toEqual([]);
  });
});

describe("the marketer's own sheets", () => {
  it('are untouched; the plan gets numbered titles and its formulas, links and names follow', async () => {
    const { book, generate } = setUp();
    const own = book.addOwnSheet('CONTROL');
    own.cell(1, 1).value = 'my numbers';
    own.cell(2, 1).formula = 'A1';
    const before = JSON.stringify([...own.cells]);
    const result = await generate({ framework: 'race' });
    expect('errors' in result).toBe(false);
    expect(JSON.stringify([...own.cells])).toBe(before);
    expect(book.sheets.map((s) => s.name)).toContain('Control (2)');
    expect(book.names.get('KPI_Status')?.sheet.name).toBe('Control (2)');
    const reach = book.sheets.find((s) => s.name === 'Reach')!;
    expect([...reach.cells.values()].some((c) => c.formula?.includes("'Control (2)'!"))).toBe(true);
    expect(errorsOfExcel(book)).toEqual([]);
  });
});

describe('bad input', () => {
  it('comes back as errors beside their fields, with nothing written', async () => {
    const { book, generate } = setUp();
    await expect(generate({ framework: 'race', period: { weeks: 0 } })).resolves.toEqual({
      errors: [{ path: 'period.weeks', message: expect.stringMatching(/at least 1/) }],
    });
    expect(book.sheets).toEqual([]);
  });
});
