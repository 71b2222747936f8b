/**
 * The task pane's bridge to Excel: core/generate over the workbook as a host (host.ts), which
 * validates once, reads what the workbook holds, writes, and undoes a failed write. The
 * generator and the holiday library load when the marketer first generates, not with the
 * pane: the shared runtime that also serves the KPI functions starts light.
 */
import type { HostBridge } from '../../core/sidebar/bridge';

export function excelBridge(now = () => new Date()): HostBridge {
  let overview = '';
  return {
    async generate(input, onProgress) {
      const began = Date.now();
      const [{ generate, generationSummary }, { excelHost }] = await Promise.all([
        import(/* webpackChunkName: "generate" */ '../../core/generate'),
        import(/* webpackChunkName: "generate" */ './host'),
      ]);
      const result = await generate(input, excelHost(now), { onProgress });
      if (!result.ok) return { errors: result.errors };
      overview = result.spec.sheets[0]?.title ?? '';
      return generationSummary(result.summary, (Date.now() - began) / 1000);
    },
    openOverview: () =>
      void Excel.run(async (context) => {
        context.workbook.worksheets.getItem(overview).activate();
        await context.sync();
      }),
  };
}
