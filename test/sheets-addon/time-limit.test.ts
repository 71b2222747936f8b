/**
 * Apps Script's 6 minutes: the estimate counts exactly the cells the renderer writes; every plan
 * the limits admit fits; one that does not is refused before a single call writes, with what
 * to shrink, beside the field the sidebar shows it by.
 */
import { generate } from '../../core/generate';
import { defaultState, fieldOfError } from '../../core/sidebar/state';
import { admitInTime, sheetsHost } from '../../sheets-addon/src/host';
import { renderSpec } from '../../sheets-addon/src/render';
import { RUN_LIMIT_SECONDS, WRITE_COST, writeEstimate } from '../../sheets-addon/src/render/cost';
import { installSheetsHost } from '../fakes/sheets-host';
import { largePlanInput, planOf, specOf, TODAY } from '../helpers';
import { worstPlanInput } from '../plans';

describe('the write estimate', () => {
  it.each([
    ['the English sample', { framework: 'race' }],
    [
      '2,000 tasks by day in Persian',
      { ...largePlanInput(2000, 156, 'day', 'aisas'), language: 'fa' },
    ],
  ])('counts the cells of every matrix the renderer writes: %s', (_, input) => {
    const spec = specOf(input);
    const host = installSheetsHost();
    renderSpec(host.book as never, spec);
    expect(writeEstimate(spec).cells).toBe(host.log.cells);
    expect(host.log.service).toBeLessThan(WRITE_COST.calls);
  });
});

describe('the 6-minute limit', () => {
  it.each(['sostac', 'race', 'aisas'])(
    '%s: the largest plan the limits admit fits, with the margin, before any time is spent',
    (fw) => {
      const input = worstPlanInput(fw);
      expect(admitInTime(specOf(input), planOf(input))).toEqual([]);
    },
  );

  it('refuses a plan that would not finish in what is left, writing nothing', () => {
    const input = { ...largePlanInput(2000, 156, 'day', 'race'), language: 'en' };
    const host = installSheetsHost();
    host.book.addOwnSheet('Sheet1');
    // The server call began 150 s ago (a slow read, say): about 150 s are left.
    const clock = { began: 0, now: () => 150_000 };
    const result = generate(input, sheetsHost(host.book as never, clock));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [error] = result.errors;
    expect(error.path).toBe('period.weeks');
    const seconds = Math.ceil(writeEstimate(specOf(input)).seconds);
    expect(error.message).toContain(`about ${seconds} s`);
    expect(error.message).toContain(`${RUN_LIMIT_SECONDS - 60 - 150} s left of the 360 s`);
    expect(error.message).toContain('2000 tasks over 156 weeks');
    expect(host.book.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(host.log.byMethod.get('Spreadsheet.insertSheet')).toBeUndefined();
    expect(fieldOfError(error, defaultState(TODAY))).toBe('weeks');
  });

  it('says it in the plan’s language', () => {
    const input = { ...largePlanInput(2000, 156, 'day', 'race'), language: 'vi' };
    const slow = { ...WRITE_COST, perCell: 1 };
    const [error] = admitInTime(specOf(input), planOf(input), { cost: slow });
    expect(error.message).toContain('Google Sheets');
    expect(error.message).toContain('2000 công việc trong 156 tuần');
  });
});
