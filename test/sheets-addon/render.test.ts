/**
 * What only the Sheets renderer does (the cells, formats, names, validations, rules, merges,
 * panes and widths every host writes alike are the renderer contract's, test/contract): the
 * direction, the Overview's links by each sheet's id, the KPI_* spelling of add-in formulas,
 * the written spreadsheet computing without error, and a number of service calls that does
 * not grow with the plan.
 */
import { FRAMEWORKS } from '../../core/frameworks';
import type { WorkbookSpec } from '../../core/workbook/spec';
import { cellRef } from '../../core/workbook/a1';
import { renderSpec } from '../../sheets-addon/src/render';
import type { FakeSheet } from '../fakes/spreadsheet-app';
import { installSheetsHost } from '../fakes/sheets-host';
import { errorsOf } from '../fakes/spreadsheet-read';
import { largePlanInput, specOf } from '../helpers';
import { worstPlanInput } from '../plans';

const LANGUAGES = ['en', 'fa', 'vi', 'zh'] as const;

function render(spec: WorkbookSpec) {
  const host = installSheetsHost();
  host.book.addOwnSheet('Sheet1');
  renderSpec(host.book as never, spec);
  const sheet = (title: string) => host.book.sheets.find((s) => s.name === title) as FakeSheet;
  return { ...host, sheet };
}

describe.each(FRAMEWORKS.map((f) => f.id))('%s rendered into Sheets', (fw) => {
  const spec = specOf({ framework: fw, language: 'fa' });
  const { book, sheet } = render(spec);

  it('sets each sheet right to left as the spec says, and shows the first', () => {
    for (const s of spec.sheets) expect(sheet(s.title).rightToLeft).toBe(s.rightToLeft ?? false);
    expect(book.active?.name).toBe(spec.sheets[0].title);
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

describe('the sheet a plan opens at', () => {
  it('selects the Gantt’s current week and still shows the first sheet', () => {
    const spec = specOf({ framework: 'sostac', period: { start: '2027-01-04', weeks: 52 } });
    const schedule = spec.sheets.find((s) => s.id === 'schedule')!;
    const { book, sheet } = render(spec);
    const { row, col } = schedule.opensAt!;
    expect(sheet(schedule.title).selection).toBe(cellRef(row, col));
    expect(book.active?.name).toBe(spec.sheets[0].title);
  });
});

describe('a drop-down of fixed words', () => {
  it('writes an objective’s “target counts” choice as a list of its words, no range', () => {
    const spec = specOf({ framework: 'sostac' });
    const { sheet } = render(spec);
    const objectives = spec.sheets.find((s) => s.id === 'objectives')!;
    const rules = [...sheet(objectives.title).cells.values()].flatMap((c) =>
      c.validation?.require === 'requireValueInList' ? [c.validation] : [],
    );
    expect(rules.length).toBeGreaterThan(0);
    expect(rules[0].valueInList).toEqual([['What the plan adds', 'Total with the baseline'], true]);
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

  // Issue 23: every plan the limits admit under 500 calls, right-to-left ones included.
  it.each(FRAMEWORKS.flatMap((f) => LANGUAGES.map((l) => [f.id, l] as const)))(
    '%s in %s, the largest plan the limits admit: under 500',
    (fw, language) => {
      const host = installSheetsHost();
      renderSpec(host.book as never, specOf({ ...worstPlanInput(fw), language }));
      expect(host.log.service).toBeLessThan(500);
    },
  );
});

describe('layout by copies', () => {
  it('inserts a sheet whose layout another has as a copy of it, blank, and one call', () => {
    const spec = specOf({ framework: 'aisas', language: 'fa' });
    const { log, sheet } = render(spec);
    const stages = spec.sheets.filter((s) => s.id.startsWith('stage.'));
    for (const s of stages.slice(1)) {
      expect(sheet(s.title).widths).toEqual(sheet(stages[0].title).widths);
      expect(sheet(s.title).heights).toEqual(sheet(stages[0].title).heights);
    }
    // One direction call for the workbook: every other layout starts as a copy of the first.
    expect(log.byMethod.get('Sheet.setRightToLeft')).toBe(1);
  });
});
