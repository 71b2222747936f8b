/**
 * npm run bench: the pipeline (generate over the .xlsx writer's host: validation, the spec and
 * the file) for a small and a large plan, beside ExcelJS writing the same cells directly (the floor), measured
 * in the same run. Goals: the large plans end to end within 1.3× the floor, spec generation
 * under 200 ms. Prints a table; asserts nothing.
 */
import { publicHolidays } from '../core/holidays/public-holidays';
import ExcelJS from 'exceljs';
import { buildPlan, generate } from '../core/generate';
import { serialOfDate } from '../core/dates/serial';
import type { PlanInput } from '../core/plan/types';
import { excelStyle } from '../core/xlsx/styles';
import { renderXlsx } from '../core/xlsx';
import { xlsxHost } from '../core/xlsx/host';
import type { WorkbookSpec } from '../core/workbook/spec';
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { format } from 'prettier';
import { excelBench } from './excel';
import { figuresTable, measureFigures, withFigures } from '../test/figures';
import { kpiBench } from './kpi';
import { sheetsBench } from './sheets';
import { largePlanInput } from '../test/plans';
import { webBench } from './web';
import { readWorkbook } from '../cli/read';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** End to end against the ExcelJS floor, for the large plans. */
const GOAL = 1.3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function clock(run: () => unknown | Promise<unknown>): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function timed(run: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await clock(run));
  return median(times);
}

/**
 * Two runs timed in turn, so that both meet the same machine (a shared machine's load comes
 * and goes): the median of each, and the median of their ratios run by run.
 */
async function timedPair(
  a: () => unknown | Promise<unknown>,
  b: () => unknown | Promise<unknown>,
): Promise<{ a: number; b: number; ratio: number }> {
  const [ta, tb, ratios]: number[][] = [[], [], []];
  for (let i = 0; i < Math.max(RUNS, 7); i++) {
    ta.push(await clock(a));
    tb.push(await clock(b));
    ratios.push(ta[i] / tb[i]);
  }
  return { a: median(ta), b: median(tb), ratio: median(ratios) };
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

/** The one pipeline with the .xlsx writer as its host, as the CLI and the playground run it. */
async function pipelineToXlsx(input: PlanInput): Promise<Uint8Array> {
  const host = xlsxHost(serialOfDate(new Date()), publicHolidays);
  const result = await generate(input, host);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return host.bytes();
}

/** Validation and the spec alone. */
function specOf(input: PlanInput): WorkbookSpec {
  const result = buildPlan(input, { today: serialOfDate(new Date()), holidays: publicHolidays });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.spec;
}

interface Row {
  plan: string;
  cells: number;
  generate: number;
  write: number;
  endToEnd: number;
  floor: number;
  /** The median of end to end / floor, run by run. */
  ratio: number;
  bytes: number;
  peakMb: number;
}

async function measure(name: string, input: PlanInput): Promise<Row> {
  const spec = specOf(input);
  const cells = spec.sheets.reduce(
    (n, s) => n + s.blocks.reduce((m, b) => m + b.cells.flat().filter(Boolean).length, 0),
    0,
  );
  // One untimed pass of each side first: the first large plan would otherwise pay for the
  // heap growing to its size, and the floor after it would not.
  await renderXlsx(spec);
  await exceljsFloor(spec);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const generate = await timed(() => specOf(input));
  const write = await timed(() => renderXlsx(spec));
  let bytes = 0;
  const pair = await timedPair(
    async () => (bytes = (await pipelineToXlsx(input)).byteLength),
    () => exceljsFloor(spec),
  );
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const { a: endToEnd, b: floor, ratio } = pair;
  return {
    plan: name,
    cells,
    generate,
    write,
    endToEnd,
    floor,
    ratio,
    bytes,
    peakMb: peak / 2 ** 20,
  };
}

/** `planbook read` of the 2,000-task plans beside generating them. */
async function readBench(): Promise<void> {
  const rows = [];
  for (const fw of ['sostac', 'race', 'aisas']) {
    const input = largePlanInput(2000, 156, 'day', fw);
    const bytes = await pipelineToXlsx(input);
    const generateMs = await timed(() => pipelineToXlsx(input));
    let found = 0;
    const readMs = await timed(async () => {
      const result = await readWorkbook(bytes);
      found = result.plan.tasks?.length ?? 0;
    });
    rows.push({
      plan: `${fw}: 2,000 tasks, 156 weeks by day`,
      generate: `${generateMs.toFixed(0)} ms`,
      read: `${readMs.toFixed(0)} ms`,
      'read / generate': `${(readMs / generateMs).toFixed(2)}×`,
      'tasks read': found,
    });
  }
  console.log(`\nplanbook read (median of ${RUNS} runs): the plan JSON back from the .xlsx`);
  console.table(rows);
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
      'validate + spec': ms(r.generate),
      '.xlsx writing': ms(r.write),
      'end to end': ms(r.endToEnd),
      'ExcelJS floor': ms(r.floor),
      'end to end / floor': `${r.ratio.toFixed(2)}×`,
      '.xlsx size': `${(r.bytes / 1024).toFixed(0)} KiB`,
      'peak RSS': `${r.peakMb.toFixed(0)} MiB`,
    })),
  );
  for (const large of rows.slice(1)) {
    const { ratio } = large;
    console.log(`\n${large.plan}`);
    console.log(
      `  goal: end to end ≤ ${GOAL}× the floor → ${ratio.toFixed(2)}× ${ratio <= GOAL ? 'met' : 'NOT met'}`,
    );
    const fast = large.generate < 200;
    console.log(
      `  goal: validation + spec generation < 200 ms → ${ms(large.generate)} ${fast ? 'met' : 'NOT met'}`,
    );
  }
}

/** The add-ins' figures, printed; with --readme also written into README.md's table. */
async function readmeFigures(write: boolean): Promise<void> {
  const table = figuresTable(await measureFigures());
  console.log(
    `\nThe README's figures (deterministic: test/readme-figures.test.ts checks them)\n${table}`,
  );
  if (!write) return;
  const file = path.join(__dirname, '..', 'README.md');
  const readme = withFigures(readFileSync(file, 'utf8'), table);
  writeFileSync(file, await format(readme, { parser: 'markdown', filepath: file }));
  console.log('  written into README.md');
}

/**
 * `npm run bench -- kpi` runs one part (workbook, read, kpi, sheets, excel, web, figures); no argument
 * runs them all. `--readme` writes the figures into the README as well.
 */
const write = process.argv.includes('--readme');
const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
const parts: [string, () => unknown][] = [
  ['workbook', main],
  ['read', readBench],
  ['kpi', () => kpiBench(RUNS)],
  ['sheets', sheetsBench],
  ['excel', excelBench],
  ['web', () => webBench(RUNS)],
  ['figures', () => readmeFigures(write)],
];
parts
  .filter(([name]) => only === undefined || only === name)
  .reduce<Promise<unknown>>((done, [, run]) => done.then(run), Promise.resolve())
  .catch((error: Error) => {
    console.error(error);
    process.exitCode = 1;
  });
