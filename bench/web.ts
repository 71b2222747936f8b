/**
 * The playground: the sidebar bundle's size, the time from page load to an interactive form in
 * headless Chromium, and from "Generate plan" to the download for the largest plan the form
 * makes (156 weeks on the day scale, every channel).
 */
import { existsSync } from 'fs';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { CHROMIUM, launchChromium } from '../test/web/chromium';

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

export async function webBench(runs: number): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildWeb } = require('../web/build') as {
    buildWeb: (o: { quiet: boolean }) => Promise<{ raw: number; gzip: number }>;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serveWeb } = require('../web/serve') as { serveWeb: (port: number) => Promise<Server> };
  const size = await buildWeb({ quiet: true });
  console.log('\nWeb playground');
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `  sidebar bundle (without ExcelJS): ${kib(size.raw)} raw, ${kib(size.gzip)} gzip (goal < 100 KiB gzip: ${size.gzip < 100 * 1024 ? 'met' : 'NOT met'})`,
  );
  if (!existsSync(CHROMIUM)) {
    console.log('  Chromium is not installed: load and generation times not measured');
    return;
  }
  const server = await serveWeb(0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await launchChromium();
  try {
    const loads: number[] = [];
    const generations: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const began = Date.now();
      await page.goto(url);
      await page.getByRole('button', { name: 'Generate plan' }).waitFor();
      loads.push(Date.now() - began);
      if (i < 3) {
        await page.getByLabel('Business name').fill('Bench Co');
        await page.getByLabel('Length (weeks)').fill('156');
        await page.getByLabel('Timeline').selectOption('day');
        for (const box of await page.getByRole('checkbox').all()) await box.check();
        const clicked = Date.now();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Generate plan' }).click(),
        ]);
        await download.path();
        generations.push(Date.now() - clicked);
      }
      await context.close();
    }
    console.log(`  page load to interactive form: ${median(loads)} ms (median of ${loads.length})`);
    console.log(
      `  "Generate plan" to download, 156 weeks by day: ${median(generations)} ms (median of ${generations.length})`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
