/**
 * The Excel renderer over the fake Excel API: syncs, the largest request (Excel on the web
 * refuses one over 5 MB) and the fake's render time for the small and the large plan of each
 * framework; and the size of functions.js, which Excel loads each time a workbook opens.
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';
import { buildPlan } from '../core/generate';
import { FRAMEWORKS } from '../core/frameworks';
import { readWorkbook, renderSpec } from '../excel-addin/src/render';
import { REQUEST_LIMIT, fakeExcel } from '../test/fakes/excel/api';
import { largePlanInput } from '../test/plans';

const FUNCTIONS_GOAL_KB = 60;

async function measure(fw: string, name: string, input: ReturnType<typeof largePlanInput>) {
  const { Excel, log } = fakeExcel();
  const start = process.hrtime.bigint();
  await Excel.run(async (context) => {
    const existing = await readWorkbook(context);
    const result = buildPlan(input, { today: 46388, existingTitles: existing.titles });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    await renderSpec(context, result.spec);
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { plan: `${fw} ${name}`, syncs: log.syncs, largest: Math.max(...log.requests), ms };
}

export async function excelBench(): Promise<void> {
  const rows = [];
  for (const fw of FRAMEWORKS.map((f) => f.id)) {
    rows.push(
      await measure(fw, 'small: 10 tasks, 13 weeks, week', largePlanInput(10, 13, 'week', fw)),
    );
    rows.push(
      await measure(fw, 'large: 2,000 tasks, 156 weeks, day', largePlanInput(2000, 156, 'day', fw)),
    );
  }
  console.log('\nExcel renderer (fake Excel API; one sync reads the workbook, the rest write)');
  console.table(
    rows.map((r) => ({
      plan: r.plan,
      syncs: r.syncs,
      'largest request': `${(r.largest / 2 ** 20).toFixed(2)} MiB`,
      'fake render': `${r.ms.toFixed(0)} ms`,
    })),
  );
  const syncs = Math.max(...rows.map((r) => r.syncs));
  const largest = Math.max(...rows.map((r) => r.largest));
  console.log(`  goal: at most 3 syncs → ${syncs} ${syncs <= 3 ? 'met' : 'NOT met'}`);
  console.log(
    `  goal: every request under 5 MB → ${(largest / 2 ** 20).toFixed(2)} MiB ${largest < REQUEST_LIMIT ? 'met' : 'NOT met'}`,
  );
  const file = path.join(__dirname, '..', 'dist', 'excel-addin', 'functions.js');
  if (!existsSync(file)) execFileSync('npm', ['run', 'build:excel'], { stdio: 'ignore' });
  const gzip = gzipSync(readFileSync(file)).length / 1024;
  console.log(
    `  goal: functions.js under ${FUNCTIONS_GOAL_KB} KB gzip → ${gzip.toFixed(1)} KB ${gzip < FUNCTIONS_GOAL_KB ? 'met' : 'NOT met'}`,
  );
}
