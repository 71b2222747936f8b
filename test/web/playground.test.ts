/**
 * The playground in a real browser: a marketer fills the form by its accessible names,
 * generates, and receives a workbook that ExcelJS and LibreOffice open without an error cell.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, readFileSync } from 'fs';
import type { Server } from 'http';
import path from 'path';
import type { Browser, Download, Page } from 'playwright-core';
import { errorCells, hasLibreOffice, recalculate } from '../engines/libreoffice';
import { SHEET_TITLES } from '../helpers';
import { hasChromium, launchChromium, servePlayground } from './browser';

const RESULTS = path.join(__dirname, '..', '..', 'test-results');
const describeBrowser = hasChromium() ? describe : describe.skip;

describeBrowser('the web playground', () => {
  let browser: Browser;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ({ url, server } = await servePlayground());
    browser = await launchChromium();
    mkdirSync(RESULTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(width = 360): Promise<Page> {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width, height: 1400 },
    });
    const page = await context.newPage();
    await page.goto(url);
    return page;
  }

  async function fill(page: Page, framework: string, business: string): Promise<void> {
    await page.getByRole('radio', { name: new RegExp(`^${framework}`) }).check();
    await page.getByLabel('Business name').fill(business);
    await page.getByLabel('Currency').selectOption('VND');
    await page.getByLabel('Start date').fill('2027-01-04');
    await page.getByLabel('Length (weeks)').fill('13');
    await page.getByLabel('Timeline').selectOption('day');
    await page.getByLabel('Budget for SEO').fill('12000000');
    await page.getByLabel('Report date').fill('2027-02-15');
  }

  async function generate(
    page: Page,
    button = 'Generate plan',
  ): Promise<{ download: Download; bytes: Buffer }> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    return { download, bytes: readFileSync((await download.path()) as string) };
  }

  async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return wb;
  }

  function errorCellsOf(bytes: Buffer, name: string): string[] {
    if (!hasLibreOffice()) return [];
    return errorCells(recalculate(new Uint8Array(bytes), name));
  }

  const SHEETS: Record<string, string[]> = {
    SOSTAC: SHEET_TITLES.sostac,
    RACE: SHEET_TITLES.race,
    AISAS: SHEET_TITLES.aisas,
  };

  it.each(Object.keys(SHEETS))(
    'generates a %s workbook that opens without error cells',
    async (framework) => {
      const page = await open();
      await fill(page, framework, `Cà phê ${framework}`);
      const { download, bytes } = await generate(page);
      expect(download.suggestedFilename()).toBe(
        `ca-phe-${framework.toLowerCase()}-${framework.toLowerCase()}.xlsx`,
      );
      const wb = await workbook(bytes);
      expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS[framework]);
      expect(wb.getWorksheet('Overview')!.getCell('A1').value).toBe(`Cà phê ${framework}`);
      expect(errorCellsOf(bytes, framework)).toEqual([]);
      // The browser's ExcelJS writes the Overview's links as in-workbook locations too.
      const zip = await JSZip.loadAsync(bytes);
      const overview = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      expect(overview).toMatch(/<hyperlink ref="[A-Z]+\d+" location="/);
      const rels = (await zip.file('xl/worksheets/_rels/sheet1.xml.rels')?.async('string')) ?? '';
      expect(rels).not.toMatch(/TargetMode="External"/);
      await expect(page.getByRole('status').textContent()).resolves.toMatch(
        /^Done: 1\d sheets, \d+ tasks, \d+ KPIs in [\d.]+ s\.$/,
      );
      await page.context().close();
    },
  );

  const IN: Record<string, { business: string; overview: string; rtl: boolean; done: RegExp }> = {
    vi: { business: 'Cà phê Sữa', overview: 'Tổng quan', rtl: false, done: /^Hoàn tất/ },
    fa: { business: 'کافه نادری', overview: 'نمای کلی', rtl: true, done: /^انجام شد/ },
    zh: { business: '莲心茶馆', overview: '概览', rtl: false, done: /^完成/ },
  };
  it.each(Object.keys(IN))(
    'speaks %s, and so does the workbook it generates (Persian right to left)',
    async (language) => {
      const want = IN[language];
      const page = await open();
      await page.getByLabel('Language').selectOption(language);
      await expect(page.locator('#sidebar').getAttribute('dir')).resolves.toBe(
        want.rtl ? 'rtl' : 'ltr',
      );
      await page.locator('#business').fill(want.business);
      await page.locator('#start').fill('2027-01-04');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('#generate').click(),
      ]);
      const bytes = readFileSync((await download.path()) as string);
      const wb = await workbook(bytes);
      expect(wb.worksheets[0].name).toBe(want.overview);
      expect(wb.getWorksheet(want.overview)!.getCell('A1').value).toBe(want.business);
      expect(wb.worksheets.every((w) => Boolean(w.views[0]?.rightToLeft) === want.rtl)).toBe(true);
      await expect(page.getByRole('status').textContent()).resolves.toMatch(want.done);
      expect(errorCellsOf(bytes, `playground-${language}`)).toEqual([]);
      await page.screenshot({
        path: path.join(RESULTS, `sidebar-${language}.png`),
        fullPage: true,
      });
      await page.context().close();
    },
  );

  it('shows bad input beside its fields and downloads nothing', async () => {
    const page = await open();
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByLabel('Business name').fill('');
    await page.getByLabel('Start date').fill('2027-02-30');
    await page.getByLabel('Length (weeks)').fill('0');
    await page.getByRole('button', { name: 'Generate plan' }).click();
    await expect(page.locator('#error-business').textContent()).resolves.toBe('required');
    await expect(page.locator('#error-start').textContent()).resolves.toMatch(/not a date/);
    await expect(page.locator('#error-weeks').textContent()).resolves.toMatch(/at least 1/);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('business');
    await page.waitForTimeout(1000);
    expect(downloads).toBe(0);
    await page.context().close();
  });

  it('refuses a typed U+FFFE and a hexadecimal budget beside their fields', async () => {
    const page = await open();
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByLabel('Business name').fill('Lotus\uFFFE');
    await page.getByLabel('Budget for SEO').fill('0x10');
    await page.getByRole('button', { name: 'Generate plan' }).click();
    await expect(page.locator('#error-business').textContent()).resolves.toMatch(
      /^contains U\+FFFE at character 6/,
    );
    await expect(page.locator('#error-channel-budget-SEO').textContent()).resolves.toBe(
      'not a number: "0x10"',
    );
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
    await page.context().close();
  });

  it('starts one generation however often the button is clicked', async () => {
    const page = await open();
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByLabel('Business name').fill('Twice');
    const first = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Generate plan' }).dblclick();
    await first;
    await page.waitForTimeout(1000);
    expect(downloads).toBe(1);
    await page.context().close();
  });

  it('fits a 300 px Sheets sidebar (screenshots kept in test-results/)', async () => {
    const page = await open(300);
    await fill(page, 'RACE', 'Lotus Tea House');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('#sidebar').screenshot({ path: path.join(RESULTS, 'sidebar-300.png') });
    await page.setViewportSize({ width: 1200, height: 1400 });
    await page.screenshot({ path: path.join(RESULTS, 'page.png'), fullPage: true });
    await page.context().close();
  });
});
