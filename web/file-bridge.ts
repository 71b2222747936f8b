/**
 * The playground's HostBridge: generates the spec and the .xlsx in the browser (ExcelJS loaded
 * only when the marketer generates) and downloads <business>-<framework>.xlsx.
 */
import type { GenerationResult, GenerationStep, HostBridge } from '../core/sidebar/bridge';
import { serialOfDate } from '../core/dates/serial';
import type { PlanInput } from '../core/plan/types';

/** A file name from the business and framework, safe on every system. */
export function fileName(business: string, frameworkId: string): string {
  const base = business
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${base || 'plan'}-${frameworkId}.xlsx`;
}

export function fileBridge(
  save: (name: string, bytes: Uint8Array) => void,
  now = () => new Date(),
): HostBridge {
  return {
    async generate(
      input: PlanInput,
      onProgress: (step: GenerationStep) => void,
    ): Promise<GenerationResult> {
      const began = performance.now();
      // The generator, ExcelJS and the holiday library load only now: the page stays small.
      const [{ generate, generationSummary }, { xlsxHost }, { publicHolidays }] = await Promise.all(
        [
          import('../core/generate'),
          import('../core/xlsx/host'),
          import('../core/holidays/public-holidays'),
        ],
      );
      const host = xlsxHost(serialOfDate(now()), publicHolidays);
      const result = await generate(input, host, { onProgress });
      if (!result.ok) return { errors: result.errors };
      save(fileName(result.plan.business.name, result.plan.framework), host.bytes());
      return generationSummary(result.summary, (performance.now() - began) / 1000);
    },
  };
}

/** Saves bytes as a download in the browser. */
export function download(name: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
