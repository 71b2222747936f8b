/**
 * npm run marketplace [-- --out DIR]: the Google Workspace Marketplace listing's images, made
 * from the add-on as built and the sample plan as written (nothing drawn by hand but the mark,
 * pages/icon.svg). Into dist/marketplace/ by default:
 *   icon-32.png, icon-48.png, icon-96.png, icon-128.png   the application icons
 *   card-220x140.png                                       the application card banner
 *   screenshot-1-sidebar.png    the Sheets sidebar (the built Sidebar.html) beside the Overview
 *   screenshot-2-schedule.png   the sample plan's Schedule, as LibreOffice prints it
 *   screenshot-3-control.png    its Control sheet
 *   screenshots.json            which sheet and page each screenshot shows
 * Screenshots are 1280×800, as the Marketplace asks. Needs Chromium, LibreOffice and
 * poppler-utils (pdftoppm, pdftotext): `apt-get install chromium libreoffice-calc-nogui
 * poppler-utils`. The listing's text (scopes and why, links) is sheets-addon/MARKETPLACE.md.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { buildPlan } from '../core/generate';
import { samplePlan } from '../core/plan/samples';
import { renderXlsx } from '../core/xlsx';
import { recalculatingProfile } from '../test/engines/libreoffice';

const root = path.join(__dirname, '..');
const WIDTH = 1280;
const HEIGHT = 800;
/** The sidebar's width in Sheets. */
const SIDEBAR = 300;

function argument(argv: string[], flag: string): string | undefined {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** The sample plan's workbook, recalculated and printed to PDF by LibreOffice, its sheets' titles and the first. */
async function printSample(
  dir: string,
): Promise<{ pdf: string; titles: Map<string, string>; first: string; business: string }> {
  const built = buildPlan(samplePlan('en'), { today: 46388 });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  const xlsx = path.join(dir, 'sample.xlsx');
  writeFileSync(xlsx, await renderXlsx(built.spec));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${recalculatingProfile(dir)}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      xlsx,
    ],
    { stdio: 'ignore' },
  );
  const titles = new Map(built.spec.sheets.map((s) => [s.id, s.title]));
  const business = built.plan.business.name;
  return { pdf: path.join(dir, 'sample.pdf'), titles, first: built.spec.sheets[0].id, business };
}

/** The first page of the PDF whose first line is the sheet's title (each sheet starts so). */
function pageOf(pdf: string, title: string): number {
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1],
  );
  for (let page = 1; page <= pages; page++) {
    const text = execFileSync('pdftotext', ['-f', `${page}`, '-l', `${page}`, pdf, '-'], {
      encoding: 'utf8',
    });
    const first = text.split('\n').find((line) => line.trim() !== '');
    if (first?.trim().startsWith(title)) return page;
  }
  throw new Error(`no page of ${pdf} begins with the sheet ${title}`);
}

/** A page scaled to `width` pixels wide, its top `height` pixels, as PNG bytes. */
function pageImage(pdf: string, page: number, width: number, height: number, dir: string): Buffer {
  const stem = path.join(dir, `page-${page}-${width}`);
  const pages = ['-f', `${page}`, '-l', `${page}`];
  const size = [
    '-scale-to-x',
    `${width}`,
    '-scale-to-y',
    '-1',
    '-W',
    `${width}`,
    '-H',
    `${height}`,
  ];
  execFileSync('pdftoppm', ['-png', '-singlefile', ...pages, ...size, pdf, stem]);
  return readFileSync(`${stem}.png`);
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** HTML shot at its size, as PNG (a transparent background where the page has none). */
async function shoot(browser: Browser, html: string, width: number, height: number, file: string) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(html, { waitUntil: 'load' });
  await page.screenshot({ path: file, omitBackground: true });
  await page.close();
}

/** The built sidebar beside the Overview, as a marketer sees it in Sheets. */
async function sidebarShot(
  browser: Browser,
  overview: Buffer,
  business: string,
  file: string,
): Promise<void> {
  const sidebar = readFileSync(path.join(root, 'dist', 'sheets-addon', 'Sidebar.html'), 'utf8');
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  // The sidebar only calls the server when the marketer generates; the shot does not.
  await page.addInitScript('window.google = { script: { run: {} } };');
  await page.route('https://sheets.example/**', (route) =>
    route.request().url().endsWith('/sidebar')
      ? route.fulfill({ contentType: 'text/html', body: sidebar })
      : route.fulfill({
          contentType: 'text/html',
          body: `<body style="margin:0;display:flex;background:#fff">
            <img src="${dataUrl(overview)}" width="${WIDTH - SIDEBAR}" height="${HEIGHT}">
            <iframe src="/sidebar" style="border:0;border-left:1px solid #dadce0;width:${SIDEBAR}px;height:${HEIGHT}px"></iframe>
          </body>`,
        }),
  );
  await page.goto('https://sheets.example/');
  const form = page.frameLocator('iframe');
  await form.locator('#generate').waitFor();
  await form.locator('#business').fill(business);
  await page.screenshot({ path: file });
  await page.close();
}

export async function marketplace(out: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), 'planbook-marketplace-'));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const icon = readFileSync(path.join(root, 'pages', 'icon.svg'), 'utf8');
    for (const size of [32, 48, 96, 128]) {
      const html = `<body style="margin:0"><img src="data:image/svg+xml;base64,${Buffer.from(icon).toString('base64')}" width="${size}" height="${size}"></body>`;
      await shoot(browser, html, size, size, path.join(out, `icon-${size}.png`));
    }
    await shoot(
      browser,
      `<body style="margin:0;width:220px;height:140px;background:#1F3864;display:flex;align-items:center;justify-content:center;gap:12px;font:600 24px sans-serif;color:#fff">
        <img src="data:image/svg+xml;base64,${Buffer.from(icon).toString('base64')}" width="56" height="56">planbook</body>`,
      220,
      140,
      path.join(out, 'card-220x140.png'),
    );

    const { pdf, titles, first, business } = await printSample(work);
    const shots: { file: string; sheet: string; page: number }[] = [];
    const sheet = (id: string) => {
      const title = titles.get(id);
      if (!title) throw new Error(`the sample plan has no ${id} sheet`);
      // The first sheet prints first; it opens with the business's name, not its title.
      return { title, page: id === first ? 1 : pageOf(pdf, title) };
    };
    const overview = sheet('overview');
    const sidebarFile = 'screenshot-1-sidebar.png';
    await sidebarShot(
      browser,
      pageImage(pdf, overview.page, WIDTH - SIDEBAR, HEIGHT, work),
      business,
      path.join(out, sidebarFile),
    );
    shots.push({ file: sidebarFile, sheet: overview.title, page: overview.page });
    for (const [n, id] of [
      [2, 'schedule'],
      [3, 'control'],
    ] as const) {
      const { title, page } = sheet(id);
      const file = `screenshot-${n}-${id}.png`;
      writeFileSync(path.join(out, file), pageImage(pdf, page, WIDTH, HEIGHT, work));
      shots.push({ file, sheet: title, page });
    }
    writeFileSync(path.join(out, 'screenshots.json'), `${JSON.stringify(shots, null, 2)}\n`);
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const out = argument(process.argv, '--out') ?? path.join(root, 'dist', 'marketplace');
  execFileSync('npm', ['run', 'build:sheets'], { cwd: root, stdio: 'ignore' });
  marketplace(out).then(
    () => console.log(`marketplace: the listing's icons, card and screenshots are in ${out}`),
    (error) => {
      console.error(`marketplace: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
