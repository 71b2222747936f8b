/**
 * The Google Sheets renderer over the fake SpreadsheetApp: service calls (every call on a
 * SpreadsheetApp, Spreadsheet, Sheet, Range or RangeList; builders counted apart, as Apps Script
 * runs them locally), the cells of the matrices written, and the write time cost.ts estimates
 * from them against Apps Script's 6 minutes. Goals: under 500 calls for every plan, the largest
 * the limits admit included; calls that do not grow with the plan; the largest admitted plan
 * estimated within the time the sidebar allows. Also the sidebar's size.
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';
import { buildPlan } from '../core/generate';
import { FRAMEWORKS } from '../core/frameworks';
import { samplePlan } from '../core/plan/samples';
import type { PlanInput } from '../core/plan/types';
import { renderSpec } from '../sheets-addon/src/render';
import { MARGIN_SECONDS, RUN_LIMIT_SECONDS, writeEstimate } from '../sheets-addon/src/render/cost';
import { installSheetsHost } from '../test/fakes/sheets-host';
import { largePlanInput, worstPlanInput } from '../test/plans';

const GOAL = 500;

export const SHEETS_PLANS: [string, PlanInput][] = [
  ['the English sample', samplePlan('en')],
  ['the Persian sample', samplePlan('fa')],
  ...FRAMEWORKS.flatMap((fw): [string, PlanInput][] => [
    [`${fw.id}: 10 tasks, 156 weeks by day`, largePlanInput(10, 156, 'day', fw.id)],
    [`${fw.id}: 2,000 tasks, 156 weeks by day`, largePlanInput(2000, 156, 'day', fw.id)],
    [`${fw.id}: the largest admitted, Persian`, { ...worstPlanInput(fw.id), language: 'fa' }],
    [`${fw.id}: the largest admitted, Chinese`, worstPlanInput(fw.id)],
  ]),
];

export function sheetsBench(): void {
  const rows = SHEETS_PLANS.map(([plan, input]) => {
    const result = buildPlan(input, { today: 46388 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const host = installSheetsHost();
    const start = process.hrtime.bigint();
    renderSpec(host.book as never, result.spec);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const estimate = writeEstimate(result.spec);
    return { plan, calls: host.log.service, builder: host.log.builder, ms, estimate };
  });
  console.log('\nGoogle Sheets renderer (fake SpreadsheetApp; time estimated by cost.ts)');
  console.table(
    rows.map((r) => ({
      plan: r.plan,
      'service calls': r.calls,
      'builder calls (local)': r.builder,
      'matrix cells': r.estimate.cells,
      'estimated write': `${r.estimate.seconds.toFixed(0)} s`,
      'fake render': `${r.ms.toFixed(0)} ms`,
    })),
  );
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  const most = Math.max(...rows.map((r) => r.calls));
  console.log(`  goal: every plan under ${GOAL} service calls → ${most} ${verdict(most < GOAL)}`);
  const grows = FRAMEWORKS.some((fw) => {
    const calls = (tasks: string) => rows.find((r) => r.plan === `${fw.id}: ${tasks}`)!.calls;
    return calls('2,000 tasks, 156 weeks by day') > calls('10 tasks, 156 weeks by day');
  });
  console.log(`  goal: 2,000 tasks by day make no more calls than 10 by day → ${verdict(!grows)}`);
  const slowest = Math.max(...rows.map((r) => r.estimate.seconds));
  const allowed = RUN_LIMIT_SECONDS - MARGIN_SECONDS;
  console.log(
    `  goal: the largest admitted plan's estimated write within the ${allowed} s the sidebar allows (${RUN_LIMIT_SECONDS} s less ${MARGIN_SECONDS} s) → ${slowest.toFixed(0)} s ${verdict(slowest <= allowed)}`,
  );
  execFileSync('npm', ['run', 'build:sheets'], { stdio: 'ignore' });
  const dist = path.join(__dirname, '..', 'dist', 'sheets-addon');
  const size = (file: string) => {
    const bytes = readFileSync(path.join(dist, file));
    return `${(bytes.length / 1024).toFixed(0)} KB (${(gzipSync(bytes).length / 1024).toFixed(0)} KB gzip)`;
  };
  console.log(
    `  what the sidebar loads to paint, Sidebar.html: ${size('Sidebar.html')}; the holiday library it fetches when a plan is first generated, Holidays.html: ${size('Holidays.html')}; the server, Code.js: ${size('Code.js')}`,
  );
}
