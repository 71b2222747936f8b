/**
 * The KPI functions over 100,000 × 1 ranges (median ms), and the same 100,000 STATUS values
 * computed by HyperFormula from the native formula, side by side.
 */
import { HyperFormula } from 'hyperformula';
import { KPI_FUNCTIONS } from '../core/kpi/registry';
import { cellRef } from '../core/workbook/a1';

const N = 100000;

function column(make: (i: number) => number | string): (number | string)[][] {
  return Array.from({ length: N }, (_, i) => [make(i)]);
}

/** Arguments for each parameter: ranges of realistic values, dates around one month. */
const ARGS: Record<string, unknown> = {
  actual: column((i) => 50 + (i % 100)),
  target: column((i) => 100 + (i % 7)),
  direction: column((i) => (i % 3 === 0 ? 'lower' : 'higher')),
  tolerance: 0.1,
  start: 46023,
  end: 46053,
  as_of: column((i) => 46020 + (i % 40)),
};

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function time(run: () => unknown, runs: number): number {
  // Warm-up runs let the JIT settle; only the runs after them are timed.
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/** One timed run (HyperFormula's 100,000 formulas take seconds; one is enough to compare). */
function timeOnce(run: () => unknown, runs: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) run();
  return Number(process.hrtime.bigint() - start) / 1e6 / runs;
}

export function kpiBench(runs: number): void {
  const rows = KPI_FUNCTIONS.map((f) => ({
    function: f.id,
    'median ms (100,000 × 1)': time(() => f.run(...f.params.map((p) => ARGS[p])), runs).toFixed(1),
  }));
  console.log('\nKPI functions over 100,000 × 1 ranges');
  console.table(rows);
  const status = KPI_FUNCTIONS.find((f) => f.id === 'STATUS')!;
  const ts = time(() => status.run(ARGS.actual, ARGS.target, ARGS.direction, ARGS.tolerance), runs);
  const sheet = (ARGS.actual as number[][]).map(([a], i) => [
    a,
    (ARGS.target as number[][])[i][0],
    (ARGS.direction as string[][])[i][0],
    `=${status.native(cellRef(i + 1, 1), cellRef(i + 1, 2), cellRef(i + 1, 3), '0.1')}`,
  ]);
  const hfRuns = 1;
  const hf = timeOnce(
    () => HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3', maxRows: N + 1 }).destroy(),
    hfRuns,
  );
  console.log(
    `  goal: STATUS over 100,000 values < 50 ms → ${ts.toFixed(1)} ms ${ts < 50 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  the same 100,000 STATUS values from the native formula in HyperFormula: ${hf.toFixed(0)} ms ` +
      `(${(hf / ts).toFixed(0)}× core/kpi; parsing included)`,
  );
}
