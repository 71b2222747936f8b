/**
 * A click in each host's sidebar validates the plan once: the Excel task pane's bridge, the
 * Sheets add-on's one server call and the playground's bridge all go through core/generate,
 * which validates once and nowhere else.
 */
import * as validation from '../../core/plan/validate';
import { excelBridge } from '../../excel-addin/src/bridge';
import { generatePlan } from '../../sheets-addon/src/server';
import { fileBridge } from '../../web/file-bridge';
import { fakeExcel } from '../fakes/excel/api';
import { installSheetsHost } from '../fakes/sheets-host';

const PLAN = { framework: 'race', business: { name: 'Nha' } };
const BAD = { framework: 'race', period: { weeks: 0 } };

/** How many times validatePlan ran during `click`. */
async function validations(click: () => unknown): Promise<number> {
  const spy = jest.spyOn(validation, 'validatePlan');
  try {
    await click();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe('one validation a click', () => {
  it('in the Excel task pane', async () => {
    (globalThis as Record<string, unknown>).Excel = fakeExcel().Excel;
    const bridge = excelBridge(() => new Date(2027, 0, 1));
    expect(await validations(() => bridge.generate(PLAN as never, () => undefined))).toBe(1);
    expect(await validations(() => bridge.generate(BAD as never, () => undefined))).toBe(1);
  });

  it('in the Sheets add-on, whose sidebar makes one server call', async () => {
    installSheetsHost();
    expect(await validations(() => generatePlan(PLAN))).toBe(1);
    expect(await validations(() => generatePlan(BAD))).toBe(1);
  });

  it('in the playground', async () => {
    const saved: string[] = [];
    const bridge = fileBridge(
      (name) => saved.push(name),
      () => new Date(2027, 0, 1),
    );
    expect(await validations(() => bridge.generate(PLAN as never, () => undefined))).toBe(1);
    expect(saved).toEqual(['nha-race.xlsx']);
  });
});
