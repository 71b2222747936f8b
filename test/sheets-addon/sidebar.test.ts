/**
 * The built Sidebar.html in Chromium, as HtmlService shows it: google.script.run forwards each
 * call to the built Code.js, running over the fake spreadsheet in this process. A new user
 * fills the form and generates; bad input shows beside its field.
 */
import type { Browser, Page } from 'playwright-core';
import { SHEET_TITLES, serial } from '../helpers';
import { hasChromium, launchChromium } from '../web/browser';
import { builtFile, loadAddon } from './load-addon';
const describeBrowser = hasChromium() ? describe : describe.skip;

/** The client half of google.script.run, calling window.callServer (exposed by the test). */
const GOOGLE_SCRIPT_RUN = `
  window.google = { script: {} };
  Object.defineProperty(window.google.script, 'run', { get() {
    const handlers = { ok: () => {}, fail: () => {} };
    const runner = new Proxy({}, { get(_, name) {
      if (name === 'withSuccessHandler') return (f) => ((handlers.ok = f), runner);
      if (name === 'withFailureHandler') return (f) => ((handlers.fail = f), runner);
      return (...args) => window.callServer(name, JSON.stringify(args)).then(
        (json) => handlers.ok(json === undefined ? undefined : JSON.parse(json)),
        (error) => handlers.fail(new Error(String(error && error.message || error))),
      );
    } });
    return runner;
  } });`;

describeBrowser('the Sheets sidebar', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  /** The sidebar over a fresh fake spreadsheet; `edit` may change what reaches the server. */
  async function open(edit: (name: string, args: unknown[]) => unknown[] = (_, a) => a) {
    const { global: context, book } = loadAddon();
    const calls: string[] = [];
    const page: Page = await (
      await browser.newContext({ viewport: { width: 300, height: 1400 } })
    ).newPage();
    await page.exposeFunction('callServer', (name: string, json: string) => {
      calls.push(name);
      const fn = context[name];
      const result = fn(...edit(name, JSON.parse(json)));
      return result === undefined ? undefined : JSON.stringify(result);
    });
    await page.addInitScript(GOOGLE_SCRIPT_RUN);
    await page.route('https://script.example/sidebar', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: builtFile('Sidebar.html'),
      }),
    );
    await page.goto('https://script.example/sidebar');
    return { page, book, calls };
  }

  it('generates the plan a new user asks for into the spreadsheet', async () => {
    const { page, book, calls } = await open();
    await page.getByRole('radio', { name: /^RACE/ }).check();
    await page.getByLabel('Business name').fill('Nhà Trà Sen');
    await page.getByLabel('Start date').fill('2027-01-04');
    await page.getByLabel('Length (weeks)').fill('13');
    await page.getByLabel('Report date').fill('2027-02-15');
    await page.getByRole('button', { name: 'Generate plan' }).click();
    await page.getByText(/^Done: 15 sheets/).waitFor();
    // The holiday library on the first click only (the sidebar painted without it); then one
    // round trip a click: the server validates, builds and writes in one call.
    expect(calls).toEqual(['holidayLibrary', 'generatePlan']);
    expect(book.sheets.map((s) => s.name)).toEqual(SHEET_TITLES.race);
    expect(book.sheets[0].cell(1, 1).value).toBe('Nhà Trà Sen');
    await page.getByRole('button', { name: 'Open the Overview' }).click();
    await page.waitForTimeout(200);
    expect(calls).toContain('openSheet');
    await page.context().close();
  });

  it('tries the holiday library again when fetching it failed', async () => {
    let fail = true;
    const { page, book } = await open((name, args) => {
      if (name === 'holidayLibrary' && fail) {
        fail = false;
        throw new Error('Service unavailable');
      }
      return args;
    });
    await page.getByLabel('Business name').fill('Nhà Trà Sen');
    await page.getByRole('button', { name: 'Generate plan' }).click();
    await page.getByText(/could not be written: Service unavailable/).waitFor();
    expect(book.sheets).toEqual([]);
    await page.getByRole('button', { name: 'Generate plan' }).click();
    await page.getByText(/^Done: /).waitFor();
    await page.context().close();
  });

  it("sends the country's public holidays with the plan, and the workbook lists them", async () => {
    const sent: unknown[] = [];
    const { page, book } = await open(
      (name, args) => (name === 'generatePlan' && sent.push(args[0]), args),
    );
    await page.getByLabel('Business name').fill('Nhà Trà Sen');
    await page.getByLabel(/^Country/).selectOption('VN');
    await page.getByLabel('Start date').fill('2027-01-04');
    await page.getByRole('button', { name: 'Generate plan' }).click();
    await page.getByText(/^Done: /).waitFor();
    const input = sent[0] as { business: { country: string }; holidays: { date: string }[] };
    expect(input.business.country).toBe('VN');
    expect(input.holidays.map((h) => h.date)).toContain('2027-02-06'); // Tết
    const holidays = book.sheets.find((s) => s.name === 'Holidays')!;
    expect(holidays.cell(10, 1).value).toBe(serial('2027-01-01')); // Tết Dương lịch
    await page.context().close();
  });

  it('shows bad input beside its field and calls nothing', async () => {
    const { page, calls } = await open();
    await page.getByLabel('Business name').fill('Nha');
    await page.getByLabel('Length (weeks)').fill('0');
    await page.getByRole('button', { name: 'Generate plan' }).click();
    // The error arrives after the round trip: wait for it rather than read the slot at once.
    await page.locator('#error-weeks', { hasText: /at least 1/ }).waitFor();
    expect(calls).toEqual([]);
    await page.context().close();
  });

  it("shows the server's errors beside their fields, as data", async () => {
    // The server sees another plan than the form checked (as if its today differed).
    const { page, book } = await open((name, [input]) =>
      name === 'generatePlan' ? [{ ...(input as object), period: { weeks: 200 } }] : [input],
    );
    await page.getByLabel('Business name').fill('Nha');
    await page.getByRole('button', { name: 'Generate plan' }).click();
    // The error arrives after the round trip: wait for it rather than read the slot at once.
    await page.locator('#error-weeks', { hasText: /at most 156/ }).waitFor();
    expect(book.sheets).toEqual([]);
    await page.context().close();
  });
});
