/**
 * The Sheets renderer over the fake SpreadsheetApp: every framework's spec comes out as the
 * spec's cells, formats, rules, validations and names (the same cells as the .xlsx), computes
 * without error, in a number of calls that does not grow with the plan.
 */
import ExcelJS from 'exceljs';
import { FRAMEWORKS } from '../../core/frameworks';
import { parseRange } from '../../core/workbook/a1';
import { forEachCell } from '../../core/workbook/grid';
import { hostFormula, widthInPixels } from '../../core/workbook/host';
import type { WorkbookSpec } from '../../core/workbook/spec';
import { renderXlsx } from '../../core/xlsx';
import { renderSpec } from '../../sheets-addon/src/render';
import type { FakeSheet } from '../fakes/spreadsheet-app';
import { installSheetsHost } from '../fakes/sheets-host';
import { errorsOf } from '../fakes/spreadsheet-read';
import { largePlanInput, specOf } from '../helpers';

function render(spec: WorkbookSpec) {
  const host = installSheetsHost();
  host.book.addOwnSheet('Sheet1');
  renderSpec(host.book as never, spec);
  const sheet = (title: string) => host.book.sheets.find((s) => s.name === title) as FakeSheet;
  return { ...host, sheet };
}

describe.each(FRAMEWORKS.map((f) => f.id))('%s rendered into Sheets', (fw) => {
  const spec = specOf({ framework: fw });
  const { book, sheet } = render(spec);

  it('adds the sheets after the marketer’s own, in order', () => {
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1', ...spec.sheets.map((s) => s.title)]);
  });

  it('writes every cell of the spec: text as text, formulas in the Sheets spelling', () => {
    const wrong: string[] = [];
    for (const s of spec.sheets) {
      forEachCell(s, (row, col, cell) => {
        const got = sheet(s.title).cell(row, col);
        const formula = hostFormula(cell, spec.formulaStyle, 'sheets');
        const same =
          formula !== undefined
            ? got.formula === formula
            : // An empty string is an empty cell in Sheets.
              got.formula === undefined && (got.value ?? '') === (cell.value ?? '');
        if (!same) wrong.push(`${s.id}!R${row}C${col}: ${JSON.stringify(got)}`);
      });
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it("gives every cell its style's number format, fill and font", () => {
    const wrong: string[] = [];
    for (const s of spec.sheets) {
      forEachCell(s, (row, col, cell) => {
        const style = cell.style ? spec.styles[cell.style] : undefined;
        const got = sheet(s.title).cell(row, col);
        const expected = {
          numberFormat: style?.numberFormat ?? 'General',
          background: style?.fill ? `#${style.fill}` : null,
          bold: style?.bold ?? false,
        };
        const actual = {
          numberFormat: got.numberFormat,
          background: got.background ?? null,
          bold: got.fontWeight === 'bold',
        };
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          wrong.push(`${s.id}!R${row}C${col}: ${JSON.stringify(actual)}`);
        }
      });
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('defines every name on its sheet and range', () => {
    const titleOf = (id: string) => spec.sheets.find((s) => s.id === id)?.title;
    expect([...book.names].map(([n, r]) => [n, r.sheet.name, r.a1()]).sort()).toEqual(
      spec.names.map((n) => [n.name, titleOf(n.sheetId), n.ref.replace(/\$/g, '')]).sort(),
    );
  });

  it('adds the conditional formats, merges, validations, panes, widths and direction', () => {
    for (const s of spec.sheets) {
      const got = sheet(s.title);
      expect(
        got.rules.map((r) => [r.formulaSatisfied, (r.ranges as { a1(): string }[])[0].a1()]),
      ).toEqual(s.conditionalRules.map((r) => [`=${r.formula}`, r.range]));
      expect([...got.merges].sort()).toEqual([...s.merges].sort());
      for (const v of s.validations) {
        const { row1, col1 } = parseRange(v.range);
        expect(got.cell(row1, col1).validation).toBeDefined();
      }
      expect([got.frozenRows, got.frozenColumns]).toEqual([
        s.freeze?.rows ?? 0,
        s.freeze?.cols ?? 0,
      ]);
      for (const w of s.columnWidths) expect(got.widths.get(w.col)).toBe(widthInPixels(w.width));
      expect(got.rightToLeft).toBe(s.rightToLeft ?? false);
    }
  });

  it('links the Overview to every sheet by its id in the spreadsheet', () => {
    const overview = sheet(spec.sheets[0].title);
    const links = [...overview.cells.values()].filter((c) => c.link).map((c) => [c.value, c.link]);
    expect(links).toEqual(spec.sheets.map((s) => [s.title, `#gid=${sheet(s.title).id}`]));
  });

  it('computes without an error (HyperFormula over what was written)', () => {
    expect(errorsOf(book)).toEqual([]);
  });
});

describe('with add-in formulas', () => {
  it("writes the Control sheet's KPI cells with the KPI_* functions", () => {
    const spec = specOf({ framework: 'race', formulaStyle: 'addin' });
    const { sheet } = render(spec);
    const control = spec.sheets.find((s) => s.id === 'control')!;
    const formulas = [...sheet(control.title).cells.values()].flatMap((c) => c.formula ?? []);
    expect(formulas.some((f) => f.includes('KPI_STATUS('))).toBe(true);
    expect(formulas.some((f) => f.includes('KPI.'))).toBe(false);
  });
});

describe('the same cells as the .xlsx', () => {
  it.each(FRAMEWORKS.map((f) => f.id))('%s', async (fw) => {
    const spec = specOf({ framework: fw });
    const { sheet } = render(spec);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderXlsx(spec)) as unknown as ArrayBuffer);
    const differences: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (cell.isMerged && cell.master !== cell) return; // ExcelJS repeats the master's value
          const got = sheet(ws.name).cell(r, c);
          const v = cell.value as unknown;
          // ExcelJS reads a date-formatted number as a Date, a link as its text.
          const xlsx =
            v instanceof Date
              ? v.getTime() / 86400000 + 25569
              : v && typeof v === 'object' && 'formula' in v
                ? `=${(v as { formula: string }).formula}`
                : v && typeof v === 'object' && 'text' in v
                  ? (v as { text: string }).text
                  : v === ''
                    ? undefined
                    : v;
          const sheets = got.formula !== undefined ? `=${got.formula}` : got.value;
          if (xlsx !== sheets) differences.push(`${ws.name}!R${r}C${c}: ${xlsx} | ${sheets}`);
        }),
      ),
    );
    expect(differences.slice(0, 10)).toEqual([]);
  });
});

describe('service calls', () => {
  const callsFor = (tasks: number, weeks: number, timeline: 'day' | 'week', fw: string) => {
    const host = installSheetsHost();
    const spec = specOf(largePlanInput(tasks, weeks, timeline, fw));
    renderSpec(host.book as never, spec);
    return { calls: host.log.service, sheets: spec.sheets.length };
  };

  // The #10 goal: 500 calls for a workbook of 11 sheets, about 45 a sheet.
  it.each(FRAMEWORKS.map((f) => f.id))(
    '%s: as many for 2,000 tasks by day as for 10, and under 45 a sheet',
    (fw) => {
      const large = callsFor(2000, 156, 'day', fw);
      expect(large.calls).toBe(callsFor(10, 156, 'day', fw).calls);
      expect(large.calls / large.sheets).toBeLessThan(500 / 11);
    },
  );
});
