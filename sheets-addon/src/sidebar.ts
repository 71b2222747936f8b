/**
 * The sidebar inside Google Sheets: the core sidebar with a bridge that calls the add-on's
 * server functions through google.script.run. Built into Sidebar.html with its styles.
 */
import { serialOfDate } from '../../core/dates/serial';
import { withPublicHolidays } from '../../core/holidays/public-holidays';
import type { HostBridge } from '../../core/sidebar/bridge';
import { browserStorage } from '../../core/sidebar/store';
import { mountSidebar } from '../../core/sidebar/view';
import type { GeneratePlanResult } from './server';

/** The client side of google.script.run (HtmlService), as far as the sidebar uses it. */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [server: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/** Calls a server function; resolves with what it returns, rejects with what it throws. */
function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

let overview = '';

const bridge: HostBridge = {
  async generate(form, onProgress) {
    // The holiday library lives here, not in Code.js (loaded for every custom-function call).
    const input = withPublicHolidays(form, serialOfDate(new Date()));
    // One call: the server validates, builds and writes (core/generate), all or nothing.
    onProgress('writing');
    const result = await call<GeneratePlanResult>('generatePlan', input);
    if (!result.ok) return { errors: result.errors };
    overview = result.overview;
    return result.summary;
  },
  openOverview: () => void call('openSheet', overview),
};

const root = document.getElementById('sidebar');
if (root) {
  mountSidebar(root, { bridge, today: serialOfDate(new Date()), storage: browserStorage() });
}
