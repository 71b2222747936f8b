/**
 * The Google Sheets renderer over the fake SpreadsheetApp: service calls (every call on a
 * SpreadsheetApp, Spreadsheet, Sheet, Range or RangeList; builders counted apart, as Apps Script
 * runs them locally) and the fake's render time, for the small and the large plan of each
 * framework. Goals: the calls do not grow with the plan, and stay under 500 — the number set
 * when a RACE workbook had 11 sheets, printed as it was set and per sheet (500 / 11).
 */
import { buildPlan } from '../core/generate';
import { FRAMEWORKS } from '../core/frameworks';
import { renderSpec } from '../sheets-addon/src/render';
import { installSheetsHost } from '../test/fakes/sheets-host';
import { largePlanInput } from '../test/plans';

const GOAL = 500;
/** The sheets the goal was set for, and so the calls it allows a sheet. */
const GOAL_SHEETS = 11;
/** What Apps Script typically takes per service call (the README's estimate). */
const PER_CALL_MS = [50, 100];

export function sheetsBench(): void {
  const rows = FRAMEWORKS.flatMap((fw) =>
    [
      ['small: 10 tasks, 13 weeks, week', largePlanInput(10, 13, 'week', fw.id)],
      ['10 tasks, 156 weeks, day', largePlanInput(10, 156, 'day', fw.id)],
      ['large: 2,000 tasks, 156 weeks, day', largePlanInput(2000, 156, 'day', fw.id)],
    ].map(([name, input]) => {
      const result = buildPlan(input, { today: 46388 });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const host = installSheetsHost();
      const start = process.hrtime.bigint();
      renderSpec(host.book as never, result.spec);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      return {
        plan: `${fw.id} ${name as string}`,
        sheets: result.spec.sheets.length,
        calls: host.log.service,
        builder: host.log.builder,
        ms,
      };
    }),
  );
  console.log('\nGoogle Sheets renderer (fake SpreadsheetApp)');
  console.table(
    rows.map((r) => ({
      plan: r.plan,
      'service calls': r.calls,
      'builder calls (local)': r.builder,
      'fake render': `${r.ms.toFixed(0)} ms`,
      [`at ${PER_CALL_MS.join('–')} ms a call`]:
        PER_CALL_MS.map((p) => `${((r.calls * p) / 1000).toFixed(0)}`).join('–') + ' s',
    })),
  );
  const most = Math.max(...rows.map((r) => r.calls));
  const perSheet = Math.max(...rows.map((r) => r.calls / r.sheets));
  const allowed = GOAL / GOAL_SHEETS;
  const grows = FRAMEWORKS.some((fw) => {
    const [, tenByDay, large] = rows.filter((r) => r.plan.startsWith(`${fw.id} `));
    return large.calls > tenByDay.calls;
  });
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  console.log(
    `  goal: under ${GOAL} service calls for the largest plan → ${most} ${verdict(most < GOAL)}`,
  );
  console.log(
    `  goal per sheet: under ${allowed.toFixed(1)} calls a sheet (${GOAL} for ${GOAL_SHEETS} sheets) → ` +
      `${perSheet.toFixed(1)} ${verdict(perSheet < allowed)}`,
  );
  console.log(`  goal: 2,000 tasks by day make no more calls than 10 by day → ${verdict(!grows)}`);
}
