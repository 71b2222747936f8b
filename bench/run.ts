/**
 * npm run bench: spec generation and .xlsx writing for a small and a large plan, beside ExcelJS
 * writing the same cells directly (the floor). Goals: the large plan end to end within 1.5× the
 * floor, spec generation under 200 ms. Prints a table; asserts nothing.
 */
import ExcelJS from 'exceljs';
import { generateWorkbook } from '../core/generate';
import { serialOfDate } from '../core/kpi/serial';
import type { PlanInput } from '../core/plan/types';
import { validatePlan } from '../core/plan/validate';
import { excelStyle } from '../core/xlsx/styles';
import { renderXlsx } from '../core/xlsx';
import type { WorkbookSpec } from '../core/workbook/spec';
import { kpiBench } from './kpi';
import { largePlanInput } from './plans';
import { webBench } from './web';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timed(run: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/** ExcelJS writing the spec's cells (values, formulas, styles) with nothing else: the floor. */
async function exceljsFloor(spec: WorkbookSpec): Promise<number> {
  const styles = new Map(Object.entries(spec.styles).map(([k, s]) => [k, excelStyle(s)]));
  const wb = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.title);
    for (const b of sheet.blocks) {
      b.cells.forEach((cells, r) => {
        const row = ws.getRow(b.row + r);
        cells.forEach((cell, c) => {
          if (!cell) return;
          const target = row.getCell(b.col + c);
          target.value =
            cell.formula !== undefined ? { formula: cell.formula } : (cell.value ?? null);
          const style = cell.style ? styles.get(cell.style) : undefined;
          if (style) target.style = style;
        });
      });
    }
  }
  const buffer = await wb.xlsx.writeBuffer();
  return buffer.byteLength;
}

function planOf(input: PlanInput) {
  const result = validatePlan(input, { today: serialOfDate(new Date()) });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

interface Row {
  plan: string;
  cells: number;
  generate: number;
  write: number;
  endToEnd: number;
  floor: number;
  bytes: number;
  peakMb: number;
}

async function measure(name: string, input: PlanInput): Promise<Row> {
  const spec = generateWorkbook(planOf(input));
  const cells = spec.sheets.reduce(
    (n, s) => n + s.blocks.reduce((m, b) => m + b.cells.flat().filter(Boolean).length, 0),
    0,
  );
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const generate = await timed(() => generateWorkbook(planOf(input)));
  const write = await timed(() => renderXlsx(spec));
  let bytes = 0;
  const endToEnd = await timed(async () => {
    bytes = (await renderXlsx(generateWorkbook(planOf(input)))).byteLength;
  });
  const floor = await timed(() => exceljsFloor(spec));
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { plan: name, cells, generate, write, endToEnd, floor, bytes, peakMb: peak / 2 ** 20 };
}

async function main(): Promise<void> {
  const rows = [
    await measure('sostac small: 10 tasks, 13 weeks, week', largePlanInput(10, 13, 'week')),
  ];
  for (const fw of ['sostac', 'race', 'aisas']) {
    rows.push(
      await measure(
        `${fw} large: 2,000 tasks, 156 weeks, day`,
        largePlanInput(2000, 156, 'day', fw),
      ),
    );
  }
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(`planbook bench (median of ${RUNS} runs; Node ${process.version})\n`);
  console.table(
    rows.map((r) => ({
      plan: r.plan,
      cells: r.cells,
      'spec generation': ms(r.generate),
      '.xlsx writing': ms(r.write),
      'end to end': ms(r.endToEnd),
      'ExcelJS floor': ms(r.floor),
      'end to end / floor': `${(r.endToEnd / r.floor).toFixed(2)}×`,
      '.xlsx size': `${(r.bytes / 1024).toFixed(0)} KiB`,
      'peak RSS': `${r.peakMb.toFixed(0)} MiB`,
    })),
  );
  for (const large of rows.slice(1)) {
    const ratio = large.endToEnd / large.floor;
    console.log(`\n${large.plan}`);
    console.log(
      `  goal: end to end ≤ 1.5× the floor → ${ratio.toFixed(2)}× ${ratio <= 1.5 ? 'met' : 'NOT met'}`,
    );
    const fast = large.generate < 200;
    console.log(
      `  goal: spec generation < 200 ms → ${ms(large.generate)} ${fast ? 'met' : 'NOT met'}`,
    );
  }
}

main()
  .then(() => kpiBench(RUNS))
  .then(() => webBench(RUNS))
  .catch((error: Error) => {
    console.error(error);
    process.exitCode = 1;
  });
