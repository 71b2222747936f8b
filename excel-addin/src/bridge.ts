/**
 * The task pane's bridge to Excel: the core pipeline, then the renderer, in one Excel.run
 * (its first sync reads the titles and names the workbook already has, so that the plan's
 * sheets get free titles and its names do not clash). Bad input comes back as errors.
 */
import { publicHolidays } from '../../core/holidays/public-holidays';
import { buildPlan } from '../../core/generate';
import { serialOfDate } from '../../core/dates/serial';
import { validatePlan } from '../../core/plan/validate';
import {
  generationSummary,
  type GenerationResult,
  type HostBridge,
} from '../../core/sidebar/bridge';
import { checkNames, readWorkbook, renderSpec } from './render';

export function excelBridge(now = () => new Date()): HostBridge {
  let overview = '';
  return {
    async generate(input, onProgress): Promise<GenerationResult> {
      const began = Date.now();
      const today = serialOfDate(now());
      onProgress('validating');
      const checked = validatePlan(input, { today });
      if (!checked.ok) return { errors: checked.errors };
      onProgress('writing');
      return Excel.run(async (context) => {
        const existing = await readWorkbook(context);
        const result = buildPlan(input, {
          today,
          existingTitles: existing.titles,
          holidays: publicHolidays,
        });
        if (!result.ok) return { errors: result.errors };
        checkNames(result.spec, existing.names);
        await renderSpec(context, result.spec);
        overview = result.spec.sheets[0]?.title ?? '';
        return generationSummary(result.summary, (Date.now() - began) / 1000);
      });
    },
    openOverview: () =>
      void Excel.run(async (context) => {
        context.workbook.worksheets.getItem(overview).activate();
        await context.sync();
      }),
  };
}
