/**
 * The sidebar inside Google Sheets: the core sidebar with a bridge that calls the add-on's
 * server functions through google.script.run. Built into Sidebar.html with its styles.
 */
import { serialOfDate } from '../../core/dates/serial';
import type { withPublicHolidays } from '../../core/holidays/public-holidays';
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

type HolidayLibrary = { withPublicHolidays: typeof withPublicHolidays };
let library: Promise<HolidayLibrary> | undefined;

/**
 * The holiday library, fetched from the server (Holidays.html) and run the first time a plan
 * is generated, then kept: the sidebar paints without it. A failed fetch is tried again next time.
 */
function holidayLibrary(): Promise<HolidayLibrary> {
  library ??= call<string>('holidayLibrary').then((html) => {
    const script = document.createElement('script');
    script.textContent = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    document.head.appendChild(script);
    const loaded = (window as unknown as { planbookHolidays?: HolidayLibrary }).planbookHolidays;
    if (!loaded) throw new Error('the holiday library did not load');
    return loaded;
  });
  library.catch(() => (library = undefined));
  return library;
}

const bridge: HostBridge = {
  async generate(form, onProgress) {
    // The holidays are computed here, not in Code.js (loaded for every custom-function call).
    const { withPublicHolidays } = await holidayLibrary();
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
