/**
 * The KPI functions over 100,000 × 1 ranges beside a hand-written loop computing the same
 * results (bench/kpi-loops.ts; the results are compared before anything is timed), and the same
 * 100,000 STATUS values computed by HyperFormula from the native formula.
 */
import { HyperFormula } from 'hyperformula';
import { KPI_FUNCTIONS } from '../core/kpi/registry';
import { isKpiError } from '../core/kpi/values';
import { cellRef } from '../core/workbook/a1';
import { HAND_LOOPS } from './kpi-loops';

const N = 100000;
/** The goal: each function within this factor of its hand-written loop. */
const GOAL = 2;

function column(make: (i: number) => number | string): (number | string)[][] {
  return Array.from({ length: N }, (_, i) => [make(i)]);
}

/** Arguments for each parameter: ranges of realistic values, dates around one month. */
const ARGS: Record<string, unknown> = {
  actual: column((i) => 50 + (i % 100)),
  target: column((i) => 100 + (i % 7)),
  direction: column((i) => ['lower', 'higher', 'near'][i % 3]),
  baseline: column((i) => (i % 11 === 0 ? '' : 80 + (i % 5))),
  tolerance: 0.1,
  start: 46023,
  end: 46053,
  as_of: column((i) => 46020 + (i % 40)),
};

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** Both runs timed alternately, after warm-up runs, so that they meet the same heap. */
function timePair(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  for (let i = 0; i < 5; i++) {
    a();
    b();
  }
  const [ta, tb]: number[][] = [[], []];
  const clock = (run: () => unknown, into: number[]) => {
    const start = process.hrtime.bigint();
    run();
    into.push(Number(process.hrtime.bigint() - start) / 1e6);
  };
  for (let i = 0; i < Math.max(runs, 11); i++) {
    clock(a, ta);
    clock(b, tb);
  }
  return [median(ta), median(tb)];
}

/** The same results: numbers alike, texts equal, errors of the same code. */
function sameResults(core: unknown, hand: unknown): boolean {
  const [x, y] = [core as unknown[][], hand as unknown[][]];
  return x.every((row, r) =>
    row.every((v, c) => {
      const w = y[r][c];
      if (isKpiError(v)) return (w as { code?: string })?.code === v.code;
      if (typeof v === 'number') return typeof w === 'number' && Math.abs(v - w) < 1e-9;
      return v === w;
    }),
  );
}

export function kpiBench(runs: number): void {
  const rows = KPI_FUNCTIONS.map((f) => {
    const core = () => f.run(...f.params.map((p) => ARGS[p]));
    const hand = () => HAND_LOOPS[f.id](ARGS, N);
    if (!sameResults(core(), hand())) throw new Error(`${f.id}: the hand loop differs`);
    const [tc, th] = timePair(core, hand, runs);
    return { f, tc, th };
  });
  console.log('\nKPI functions over 100,000 × 1 ranges (median ms, alternating runs)');
  console.table(
    rows.map(({ f, tc, th }) => ({
      function: f.id,
      'core/kpi': tc.toFixed(1),
      'hand-written loop': th.toFixed(1),
      ratio: `${(tc / th).toFixed(2)}×`,
      [`goal ≤ ${GOAL}×`]: tc / th <= GOAL ? 'met' : 'NOT met',
    })),
  );
  const status = KPI_FUNCTIONS.find((f) => f.id === 'STATUS')!;
  const ts = rows.find((r) => r.f.id === 'STATUS')!.tc;
  const sheet = (ARGS.actual as number[][]).map(([a], i) => [
    a,
    (ARGS.target as number[][])[i][0],
    (ARGS.direction as string[][])[i][0],
    `=${status.native(cellRef(i + 1, 1), cellRef(i + 1, 2), cellRef(i + 1, 3), '0.1')}`,
  ]);
  // HyperFormula's 100,000 formulas take seconds: one run is enough to compare.
  const start = process.hrtime.bigint();
  HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3', maxRows: N + 1 }).destroy();
  const hf = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(
    `  the same 100,000 STATUS values from the native formula in HyperFormula: ${hf.toFixed(0)} ms ` +
      `(${(hf / ts).toFixed(0)}× core/kpi; parsing included)`,
  );
}
