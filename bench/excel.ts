/**
 * The Excel renderer over Microsoft's own Excel API (npm @microsoft/office-js, the script Excel
 * on the web runs; test/fakes/excel/office-js.ts): the requests it sends and the largest in
 * UTF-8 bytes as they travel, for the English and Persian samples, the 2,000-task plan and the
 * largest plan the limits admit; and the size of functions.js, which Excel loads each time a
 * workbook opens.
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';
import { buildPlan } from '../core/generate';
import { samplePlan } from '../core/plan/samples';
import type { PlanInput } from '../core/plan/types';
import { REQUEST_LIMIT } from '../excel-addin/src/render/budget';
import { renderSpec } from '../excel-addin/src/render';
import { runOnTheWire } from '../test/fakes/excel/office-js';
import { largePlanInput, worstPlanInput } from '../test/plans';

const FUNCTIONS_GOAL_KB = 60;
const FIRST_LOAD_GOAL_KB = 100;

/**
 * What the runtime page loads before the KPI functions register: the page and the scripts it
 * names (office.js comes from Microsoft's CDN and is not counted), gzipped. The generator and
 * the holiday library are chunks loaded when the marketer first generates.
 */
function firstLoad(dist: string): { files: string[]; gzip: number } {
  const page = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const scripts = [...page.matchAll(/<script[^>]*src="?([^" >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const bytes = Buffer.concat([
    Buffer.from(page),
    ...scripts.map((src) => readFileSync(path.join(dist, src))),
  ]);
  return { files: ['taskpane.html', ...scripts], gzip: gzipSync(bytes).length };
}

export const EXCEL_PLANS: [string, PlanInput][] = [
  ['the English sample', samplePlan('en')],
  ['the Persian sample', samplePlan('fa')],
  ['2,000 tasks, 156 weeks by day', largePlanInput(2000, 156, 'day', 'race')],
  ['the largest admitted: Chinese, every text at its longest', worstPlanInput('aisas')],
];

async function measure(name: string, input: PlanInput) {
  const result = buildPlan(input, { today: 46388 });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const start = process.hrtime.bigint();
  const { wire } = await runOnTheWire((context) => renderSpec(context, result.spec));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { plan: name, requests: wire.requests.length, largest: Math.max(...wire.requests), ms };
}

export async function excelBench(): Promise<void> {
  const rows = [];
  for (const [name, input] of EXCEL_PLANS) rows.push(await measure(name, input));
  console.log(
    "\nExcel renderer over Office.js's own request serializer (bytes on the wire, UTF-8)",
  );
  console.table(
    rows.map((r) => ({
      plan: r.plan,
      'requests (the last: Excel.run letting go)': r.requests,
      'largest request': `${(r.largest / 1e6).toFixed(2)} MB`,
      'render through Office.js': `${r.ms.toFixed(0)} ms`,
    })),
  );
  const largest = Math.max(...rows.map((r) => r.largest));
  console.log(
    `  goal: every request under ${REQUEST_LIMIT / 1e6} MB → ${(largest / 1e6).toFixed(2)} MB ${largest < REQUEST_LIMIT ? 'met' : 'NOT met'}`,
  );
  const dist = path.join(__dirname, '..', 'dist', 'excel-addin');
  execFileSync('npm', ['run', 'build:excel'], { stdio: 'ignore' });
  const gzip = gzipSync(readFileSync(path.join(dist, 'functions.js'))).length / 1024;
  console.log(
    `  goal: functions.js under ${FUNCTIONS_GOAL_KB} KB gzip → ${gzip.toFixed(1)} KB ${gzip < FUNCTIONS_GOAL_KB ? 'met' : 'NOT met'}`,
  );
  const first = firstLoad(dist);
  const kb = first.gzip / 1024;
  console.log(
    `  goal: what loads before the functions register (${first.files.join(', ')}) under ${FIRST_LOAD_GOAL_KB} KB gzip → ${kb.toFixed(1)} KB ${kb < FIRST_LOAD_GOAL_KB ? 'met' : 'NOT met'}`,
  );
}
