/**
 * The built taskpane.html in Chromium, with the office.js request answered by the fake Excel
 * (office-page.ts): a new user fills the form, generates, and the plan's sheets are in the
 * workbook; the KPI functions registered in the same runtime.
 */
import { build } from 'esbuild';
import { readFileSync } from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { KPI_FUNCTIONS } from '../../core/kpi/registry';
import { SHEET_TITLES } from '../helpers';
import { hasChromium, launchChromium } from '../web/browser';

const dist = path.join(__dirname, '..', '..', 'dist', 'excel-addin');
const ORIGIN = 'https://localhost:3000';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const describeBrowser = hasChromium() ? describe : describe.skip;

describeBrowser('the Excel task pane', () => {
  let browser: Browser;
  let officeJs: string;
  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [path.join(__dirname, '..', 'fakes', 'excel', 'office-page.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
    });
    officeJs = bundle.outputFiles[0].text;
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  async function open(office: 'loads' | 'fails' = 'loads'): Promise<Page> {
    const page = await (
      await browser.newContext({ viewport: { width: 320, height: 1400 } })
    ).newPage();
    await page.route(OFFICE_JS, (route) =>
      office === 'fails'
        ? route.abort('internetdisconnected')
        : route.fulfill({ contentType: 'text/javascript', body: officeJs }),
    );
    await page.route(`${ORIGIN}/**`, (route) => {
      const file = new URL(route.request().url()).pathname.slice(1);
      const type = file.endsWith('.html')
        ? 'text/html'
        : file.endsWith('.css')
          ? 'text/css'
          : 'text/javascript';
      route.fulfill({ contentType: type, body: readFileSync(path.join(dist, file)) });
    });
    await page.goto(`${ORIGIN}/taskpane.html`);
    return page;
  }

  it('says why it cannot work when Office.js does not load, instead of staying blank', async () => {
    const page = await open('fails');
    await page
      .getByRole('alert')
      .getByText(/could not load Office\.js/)
      .waitFor();
    expect(await page.locator('#sidebar').innerHTML()).toBe('');
    await page.context().close();
  });

  it('generates the plan a new user asks for into the open workbook', async () => {
    const page = await open();
    await page.getByRole('radio', { name: /^AISAS/ }).check();
    await page.getByLabel('Business name').fill('Skin Lab');
    await page.getByLabel('Start date').fill('2027-01-04');
    await page.getByLabel('Report date').fill('2027-02-15');
    await page.getByRole('button', { name: 'Generate plan' }).click();
    await page.getByText(new RegExp(`^Done: ${SHEET_TITLES.aisas.length} sheets`)).waitFor();
    const state = await page.evaluate(() => {
      const fake = (
        window as unknown as { planbookFake: Record<string, (...a: unknown[]) => unknown> }
      ).planbookFake;
      return {
        sheets: fake.sheets(),
        title: fake.cell('Overview', 1, 1),
        syncs: fake.syncs(),
        active: fake.active(),
        registered: fake.registered,
      };
    });
    expect(state.sheets).toEqual(['Sheet1', ...SHEET_TITLES.aisas]);
    expect(state.title).toMatchObject({ value: 'Skin Lab' });
    expect(state.syncs).toBeLessThanOrEqual(3);
    expect(state.active).toBe('Overview');
    expect(state.registered).toEqual(KPI_FUNCTIONS.map((f) => f.id));
    await page.context().close();
  });

  it('shows bad input beside its field and writes nothing', async () => {
    const page = await open();
    await page.getByLabel('Business name').fill('');
    await page.getByRole('button', { name: 'Generate plan' }).click();
    await expect(page.locator('#error-business').textContent()).resolves.toBe('required');
    const sheets = await page.evaluate(() =>
      (window as unknown as { planbookFake: { sheets(): string[] } }).planbookFake.sheets(),
    );
    expect(sheets).toEqual(['Sheet1']);
    await page.context().close();
  });

  it('shows a failure in the pane and leaves the workbook as it was', async () => {
    const page = await open();
    const fake = () =>
      page.evaluate(() => {
        const f = (
          window as unknown as { planbookFake: Record<string, (...a: unknown[]) => unknown> }
        ).planbookFake;
        return { sheets: f.sheets(), a1: f.cell('Sheet1', 1, 1) };
      });
    await page.getByLabel('Business name').fill('Skin Lab');
    await page.getByLabel('Start date').fill('2027-01-04');
    const before = await fake();
    await page.evaluate(() =>
      (window as unknown as { planbookFake: { failIn(n: number): void } }).planbookFake.failIn(500),
    );
    await page.getByRole('button', { name: 'Generate plan' }).click();
    await page.getByText(/^The plan could not be written: injected failure/).waitFor();
    expect(await fake()).toEqual(before);

    // Generating again works, and a third time is refused: the workbook already has a plan.
    await page.getByRole('button', { name: 'Generate plan' }).click();
    await page.getByText(/^Done: /).waitFor();
    await page.getByRole('button', { name: 'Generate plan' }).click();
    await page.getByText(/already holds a plan's names/).waitFor();
    expect((await fake()).sheets).toEqual(['Sheet1', ...SHEET_TITLES.sostac]);
    await page.context().close();
  });
});
