/**
 * The Sheets add-on keeps the marketer's work: user text stays text whatever it looks like, and
 * the marketer's own sheets are never touched while the plan's formulas follow its numbered
 * titles. (A failure at any step and an earlier plan's names: the renderer contract,
 * test/contract.)
 */
import { generate } from '../../core/generate';
import { sheetsHost } from '../../sheets-addon/src/host';
import { installSheetsHost } from '../fakes/sheets-host';
import { errorsOf } from '../fakes/spreadsheet-read';
import { INJECTIONS, TEXT_FIELDS } from '../helpers';

/** Generates into the fake spreadsheet as the add-on's server does. */
function generateInto(host: ReturnType<typeof installSheetsHost>, input: unknown) {
  const result = generate(input, sheetsHost(host.book as never));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

/** A plan with `text` in every text field that allows it (see TEXT_FIELDS). */
function planWith(text: string, i: number) {
  return {
    framework: 'sostac',
    business: { name: text },
    period: { start: '2027-01-04', weeks: 4 },
    channels: [{ name: `Ch${i} ${text}`.replace(/^[=<>]/, ''), budget: 10 }],
    objectives: [{ category: 'sell', kpi: 'revenue', owner: text }],
    tasks: [
      { id: text.slice(0, 20), name: text, stage: 'action', owner: text, start: '2027-01-04' },
      { id: 'next', name: 'Next', stage: 'action', dependsOn: text.slice(0, 20) },
    ],
  };
}

describe('user text in Sheets', () => {
  it.each(INJECTIONS.map((t, i) => [t, i] as const))('%s stays text in every field', (text, i) => {
    const host = installSheetsHost();
    generateInto(host, planWith(text, i));
    const texts = host.book.sheets.flatMap((s) => [...s.cells.values()]);
    const stored = texts.filter((c) => c.value === text);
    // Business name, objective owner, task id, name and owner, at least.
    expect(stored.length).toBeGreaterThanOrEqual(TEXT_FIELDS.length - 3);
    expect(texts.some((c) => c.formula?.includes('evil.example'))).toBe(false);
    expect(errorsOf(host.book)).toEqual([]);
  });
});

describe("the marketer's own sheets", () => {
  it('are left untouched, and the plan beside them computes right', () => {
    const host = installSheetsHost();
    const own = host.book.addOwnSheet('Control');
    own.cell(1, 1).value = 'my numbers';
    own.cell(2, 1).value = 42;
    own.cell(3, 1).formula = 'A2*2';
    const before = JSON.stringify([...own.cells]);
    generateInto(host, { framework: 'race' });
    expect(JSON.stringify([...own.cells])).toBe(before);
    expect(host.book.sheets.map((s) => s.name)).toContain('Control (2)');
    expect(errorsOf(host.book)).toEqual([]);
  });
});
