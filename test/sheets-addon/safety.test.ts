/**
 * The Sheets renderer keeps the marketer's work: user text stays text whatever it looks like,
 * the marketer's own sheets are never touched, and a failure half-way or an earlier plan's
 * names leave the spreadsheet exactly as it was.
 */
import { renderSpec } from '../../sheets-addon/src/render';
import { installSheetsHost } from '../fakes/sheets-host';
import { errorsOf, snapshotOf } from '../fakes/spreadsheet-read';
import { INJECTIONS, TEXT_FIELDS, specOf } from '../helpers';

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
    const spec = specOf(planWith(text, i));
    renderSpec(host.book as never, spec);
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
    const spec = specOf({ framework: 'race' }, undefined, { existingTitles: ['Control'] });
    renderSpec(host.book as never, spec);
    expect(JSON.stringify([...own.cells])).toBe(before);
    expect(host.book.sheets.map((s) => s.name)).toContain('Control (2)');
    expect(errorsOf(host.book)).toEqual([]);
  });
});

describe('a failure half-way', () => {
  it.each([0.25, 0.5, 0.9])('at %s of the calls leaves the spreadsheet as it was', (share) => {
    const spec = specOf({ framework: 'sostac' });
    const probe = installSheetsHost();
    renderSpec(probe.book as never, spec);
    const total = probe.log.service;

    const host = installSheetsHost();
    host.book.addOwnSheet('Sheet1').cell(1, 1).value = 'kept';
    const before = snapshotOf(host.book);
    host.log.failAt = host.log.service + Math.round(total * share);
    expect(() => renderSpec(host.book as never, spec)).toThrow(/injected failure/);
    expect(snapshotOf(host.book)).toEqual(before);
  });
});

describe('an earlier plan in the spreadsheet', () => {
  it('is refused before anything is written, naming the clash', () => {
    const host = installSheetsHost();
    renderSpec(host.book as never, specOf({ framework: 'sostac' }));
    const before = snapshotOf(host.book);
    const again = specOf({ framework: 'race' }, undefined, {
      existingTitles: host.book.sheets.map((s) => s.name),
    });
    expect(() => renderSpec(host.book as never, again)).toThrow(
      /already has a plan's named ranges \(SWOT_Strengths, SWOT_Weaknesses, SWOT_Opportunities…\)/,
    );
    expect(snapshotOf(host.book)).toEqual(before);
  });
});
