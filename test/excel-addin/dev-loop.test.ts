/**
 * npm run start:excel, the Excel add-in's development loop: it builds before anything reads the
 * manifest, then installs the certificate, serves and sideloads, in that order, for each
 * platform; the sideload on macOS puts the built manifest where Excel looks; and the server
 * serves every page and file the manifest names (help and privacy included).
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';

const root = path.join(__dirname, '..', '..');
const script = path.join(root, 'scripts', 'excel-dev.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const devLoop = require(script) as {
  steps(o: {
    platform: string;
    target: string;
    home: string;
    launch?: (command: string, args: string[]) => unknown;
  }): { name: string; run(): unknown }[];
};
const dryRun = (...args: string[]) =>
  spawnSync(process.execPath, [script, '--dry-run', ...args], { encoding: 'utf8' });

describe('npm run start:excel', () => {
  it('runs the loop script, with nothing to download', () => {
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts;
    expect(scripts['start:excel']).toBe('node scripts/excel-dev.js');
    expect(readFileSync(script, 'utf8')).not.toMatch(/\bnpx\b/);
  });

  it.each([
    ['linux', [], 'sideload (web)'],
    ['darwin', [], 'sideload (desktop)'],
    ['win32', [], 'sideload (desktop)'],
    ['win32', ['web'], 'sideload (web)'],
  ])('on %s %j: build, certificates, serve, then %s', (platform, args, last) => {
    const run = dryRun('--platform', platform, ...args);
    expect(run.status).toBe(0);
    const names = run.stdout
      .trim()
      .split('\n')
      .map((l) => l.replace(/^\d+\. ([^:]+):.*$/, '$1'));
    expect(names).toEqual(['build', 'certificates', 'serve', last]);
  });

  it('says desktop Excel needs Windows or macOS', () => {
    const run = dryRun('desktop', '--platform', 'linux');
    expect([run.status, run.stderr]).toEqual([1, expect.stringMatching(/start:excel -- web/)]);
  });

  it('sideloads on macOS by putting the built manifest in Excel’s wef folder', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'planbook-home-'));
    try {
      const launched: string[][] = [];
      const launch = (command: string, args: string[]) => launched.push([command, ...args]);
      const steps = devLoop.steps({ platform: 'darwin', target: 'desktop', home, launch });
      await steps[3].run();
      expect(launched).toEqual([['open', '-a', 'Microsoft Excel']]);
      const built = readFileSync(path.join(root, 'dist', 'excel-addin', 'manifest.xml'), 'utf8');
      const id = /<Id>([^<]+)<\/Id>/.exec(built)![1];
      const wef = path.join(home, 'Library/Containers/com.microsoft.Excel/Data/Documents/wef');
      expect(readFileSync(path.join(wef, `${id}.manifest.xml`), 'utf8')).toBe(built);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('the dev server', () => {
  let server: WebpackDevServer;
  let base: string;
  beforeAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(path.join(root, 'excel-addin', 'webpack.config.js'))({});
    const free = http.createServer();
    await new Promise<void>((r) => free.listen(0, '127.0.0.1', r));
    const port = (free.address() as AddressInfo).port;
    await new Promise((r) => free.close(r));
    server = new WebpackDevServer(
      { ...config.devServer, server: 'http', host: '127.0.0.1', port },
      webpack({ ...config, infrastructureLogging: { level: 'error' }, stats: 'errors-only' }),
    );
    await server.start();
    base = `http://127.0.0.1:${port}`;
  }, 120000);
  afterAll(async () => server?.stop());

  const get = (url: string) =>
    new Promise<{ status: number; type: string; body: string }>((resolve, reject) =>
      http
        .get(url, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              type: String(res.headers['content-type']),
              body,
            }),
          );
        })
        .on('error', reject),
    );

  it('serves the manifest, versioned from package.json, and every URL it names', async () => {
    const manifest = await get(`${base}/manifest.xml`);
    expect(manifest.status).toBe(200);
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(manifest.body).toContain(`<Version>${version}.0</Version>`);
    const urls = [...new Set(manifest.body.match(/https:\/\/localhost:3000\/[^"]+/g))];
    expect(urls).toEqual(
      expect.arrayContaining([
        'https://localhost:3000/taskpane.html',
        'https://localhost:3000/functions.js',
        'https://localhost:3000/functions.json',
        'https://localhost:3000/help.html',
      ]),
    );
    for (const url of urls) {
      const got = await get(url.replace('https://localhost:3000', base));
      expect([url, got.status]).toEqual([url, 200]);
    }
    expect(manifest.body).toMatch(
      /<SupportUrl DefaultValue="https:\/\/localhost:3000\/help\.html"/,
    );
  });

  it('serves the help, privacy and terms pages, which link to each other', async () => {
    for (const page of ['help', 'privacy', 'terms']) {
      const got = await get(`${base}/${page}.html`);
      expect([page, got.status, got.type]).toEqual([
        page,
        200,
        expect.stringMatching(/text\/html/),
      ]);
      expect(got.body).toMatch(/href="?privacy\.html/);
    }
    expect((await get(`${base}/privacy.html`)).body).toMatch(/collects nothing/);
  });

  it('builds a task pane that says so when Office.js cannot load', () => {
    expect(existsSync(path.join(root, 'dist', 'excel-addin', 'taskpane.html'))).toBe(true);
    const pane = readFileSync(path.join(root, 'dist', 'excel-addin', 'taskpane.html'), 'utf8');
    expect(pane).toMatch(/id="?office-missing"? role="?alert"? hidden/);
  });
});
