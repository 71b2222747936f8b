/**
 * The renderer contract, written once and run against every adapter of the Host port — the
 * Sheets add-on and the Excel add-in over their fakes, the .xlsx writer, and a host written
 * from the port alone: for the same plan, the same cells (content and number format), names,
 * validations, conditional formats, merges, frozen panes and widths; validation once a run;
 * the marketer's own sheet untouched; and a fault injected at any step leaves the workbook as
 * it was and reports that fault, not the rollback's.
 */
import { generate, type AsyncHost, type BuildResult, type SyncHost } from '../../core/generate';
import * as validation from '../../core/plan/validate';
import type { PlanInput } from '../../core/plan/types';
import { ADAPTERS, type Harness } from './adapters';
import { differences, expectedOf } from './model';

const PLANS: [string, PlanInput][] = [
  ['SOSTAC as seeded', { framework: 'sostac' }],
  ['RACE in Persian, right to left', { framework: 'race', language: 'fa' }],
  [
    'AISAS in Vietnamese with add-in formulas',
    { framework: 'aisas', language: 'vi', formulaStyle: 'addin' },
  ],
];

/** Runs the pipeline over a harness's host, whichever way it answers. */
async function run(h: Harness, input: PlanInput): Promise<BuildResult> {
  return h.host.async ? generate(input, h.host as AsyncHost) : generate(input, h.host as SyncHost);
}

describe.each(ADAPTERS.map((a) => [a.name, a] as const))(
  'the renderer contract: %s',
  (_, adapter) => {
    it.each(PLANS)('writes %s as the spec says', async (__, input) => {
      const h = adapter.open();
      const before = await h.read();
      const result = await run(h, input);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const got = await h.read();
      const want = expectedOf(result.spec, h.spelling, adapter.prints);
      // The marketer's own sheet first, untouched; then the plan's, in order.
      expect(got.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
      got.sheets = got.sheets.slice(before.sheets.length);
      expect(differences(got, want)).toEqual([]);
      expect(Object.keys(want.sheets[0].cells).length).toBeGreaterThan(20);
    });

    it('validates the input once a run, and writes nothing for bad input', async () => {
      const h = adapter.open();
      const before = await h.read();
      const spy = jest.spyOn(validation, 'validatePlan');
      try {
        await run(h, { framework: 'race' });
        expect(spy).toHaveBeenCalledTimes(1);
        const again = adapter.open();
        const bad = await run(again, { framework: 'race', period: { weeks: 0 } });
        expect(bad.ok).toBe(false);
        expect(spy).toHaveBeenCalledTimes(2);
        expect(await again.read()).toEqual(before);
      } finally {
        spy.mockRestore();
      }
    });

    it('refuses a workbook that holds a plan already, before writing anything', async () => {
      const h = adapter.open();
      if (!adapter.ownSheets) {
        // A new .xlsx holds nothing: there is no earlier plan to clash with.
        expect((await run(h, { framework: 'sostac' })).ok).toBe(true);
        return;
      }
      await run(h, { framework: 'sostac' });
      const before = await h.read();
      await expect(run(h, { framework: 'race' })).rejects.toThrow(/already holds a plan's names/);
      expect(await h.read()).toEqual(before);
    });

    it('leaves the workbook as it was when any step fails, and reports that failure', async () => {
      const probe = adapter.open();
      const start = probe.steps();
      await run(probe, { framework: 'sostac' });
      const total = probe.steps() - start;
      expect(total).toBeGreaterThan(0);
      const points = [
        ...new Set([1, total / 4, total / 2, (total * 9) / 10, total].map(Math.ceil)),
      ];
      for (const at of points) {
        const h = adapter.open();
        const before = await h.read();
        h.failAt(at);
        await expect(run(h, { framework: 'sostac' })).rejects.toThrow(/injected failure/);
        expect([at, await h.read()]).toEqual([at, before]);
      }
    });
  },
);
