/**
 * The built add-in (dist/excel-addin, built by the tests' global setup): its functions as
 * Excel loads them, their metadata, and an offline check of its manifest (Microsoft's
 * validator needs the network).
 */
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import vm from 'vm';
import { gzipSync } from 'zlib';
import { parseStringPromise } from 'xml2js';
import { KPI_FUNCTIONS } from '../../core/kpi/registry';
import { CONTRACT_CASES } from '../core/kpi/contract-cases';
import { callAsExcel, expectContractResult, fakeCustomFunctions } from '../fakes/custom-functions';

const dist = path.join(__dirname, '..', '..', 'dist', 'excel-addin');
const built = (name: string) => readFileSync(path.join(dist, name), 'utf8');

describe('functions.json', () => {
  it('as built equals the checked-in metadata', () => {
    const expected = JSON.parse(
      readFileSync(path.join(__dirname, 'functions.expected.json'), 'utf8'),
    );
    expect(JSON.parse(built('functions.json'))).toEqual(expected);
  });
});

describe('functions.js in its runtime', () => {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  beforeAll(() => {
    const CustomFunctions = {
      ...fakeCustomFunctions(),
      associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
    };
    vm.runInNewContext(
      built('functions.js'),
      { CustomFunctions, console },
      { filename: 'functions.js' },
    );
  });

  it('registers every function of the registry', () => {
    expect([...registered.keys()]).toEqual(KPI_FUNCTIONS.map((f) => f.id));
  });

  it.each(CONTRACT_CASES.map((k) => [k.call, k] as const))('KPI.%s', (_, k) => {
    expectContractResult(callAsExcel(registered.get(k.fn)!, k.args), k.expected);
  });
});

describe('manifest.xml', () => {
  let xml: Record<string, unknown>;
  let app: Record<string, unknown[]>;
  const text = built('manifest.xml');
  beforeAll(async () => {
    xml = await parseStringPromise(text, { explicitChildren: true, preserveChildrenOrder: true });
    app = (xml as { OfficeApp: Record<string, unknown[]> }).OfficeApp;
  });

  it("reads back with office-addin-manifest's parser: a GUID id, a version, the workbook host", async () => {
    // In a Node process of its own: the package needs Node's require of ES modules, which
    // Jest's module loader does not have.
    const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((m) => console.log(JSON.stringify(m)))`;
    const info = JSON.parse(
      execFileSync(process.execPath, ['-e', script, path.join(dist, 'manifest.xml')], {
        encoding: 'utf8',
      }),
    );
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.officeAppType).toBe('TaskPaneApp');
  });

  it('lists the required elements in schema order', () => {
    const order = ((app as unknown as { $$: { '#name': string }[] }).$$ ?? []).map(
      (c) => c['#name'],
    );
    expect(order).toEqual([
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ]);
  });

  it('has a shared runtime of long lifetime, used by the task pane and the functions alike', () => {
    expect(text).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\s*\/>/);
    const runtimes = [...text.matchAll(/<Runtime resid="([^"]+)" lifetime="long"/g)].map(
      (m) => m[1],
    );
    expect(runtimes).toEqual(['Taskpane.Url']);
    const pages = [
      ...text.matchAll(/<(?:Page>\s*<SourceLocation|FunctionFile|SourceLocation) resid="([^"]+)"/g),
    ]
      .map((m) => m[1])
      .filter((r) => r.startsWith('Taskpane'));
    expect(new Set(pages)).toEqual(new Set(['Taskpane.Url']));
    expect(text).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="KPI"\s*\/>/);
    expect(text).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it('defines every resid it uses, each https URL a file of the bundle', () => {
    const used = new Set([...text.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = new Map(
      [...text.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)" DefaultValue="([^"]*)"/g)].map(
        (m) => [m[1], m[2]],
      ),
    );
    expect([...used].filter((r) => !defined.has(r))).toEqual([]);
    // Every URL the add-in loads (the namespaces are names, not addresses).
    const urls = [...text.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/localhost:3000\//);
      const file = url.replace('https://localhost:3000/', '');
      expect([file, existsSync(path.join(dist, file))]).toEqual([file, true]);
    }
  });

  it('has every icon size the ribbon asks for', () => {
    const sizes = [...text.matchAll(/<bt:Image size="(\d+)"/g)].map((m) => Number(m[1]));
    expect(new Set(sizes)).toEqual(new Set([16, 32, 80]));
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(path.join(dist, 'assets', `icon-${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe('the task pane page', () => {
  it('loads office.js from Microsoft’s CDN, then the functions and the task pane', () => {
    const html = built('taskpane.html');
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      'functions.js',
      'taskpane.js',
    ]);
  });

  // Holiday rules and time-zone data: what the first load leaves to the first generation.
  const heavy = ['Chinese New Year', 'Asia/Tehran'];

  it('loads no holiday or time-zone data before the functions register', () => {
    for (const file of ['functions.js', 'taskpane.js']) {
      for (const mark of heavy)
        expect({ file, has: built(file).includes(mark) }).toEqual({ file, has: false });
    }
  });

  it('loads under 100 KB gzipped before the functions register, as the README says', () => {
    const html = built('taskpane.html');
    const local = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)]
      .map((m) => m[1])
      .filter((src) => !/^https?:/.test(src));
    const bytes = Buffer.concat([Buffer.from(html), ...local.map((f) => Buffer.from(built(f)))]);
    const kb = Math.round(gzipSync(bytes).length / 1024);
    expect(kb).toBeLessThan(100);
    const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(`comes from the CDN) is ${kb} KB gzipped`);
  });

  it('keeps that data in chunks the task pane fetches when a plan is generated', () => {
    const chunks = readdirSync(dist).filter(
      (f) => f.endsWith('.js') && !['functions.js', 'taskpane.js'].includes(f),
    );
    for (const mark of heavy) expect(chunks.some((f) => built(f).includes(mark))).toBe(true);
  });
});

describe('the release build', () => {
  // The webpack config as `npm run build -- --env baseUrl=…` calls it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../../excel-addin/webpack.config.js') as (env: object) => {
    plugins: { patterns?: { to: string; transform?: (c: Buffer) => string }[] }[];
  };
  const manifestFor = (baseUrl: string) => {
    const copy = config({ baseUrl }).plugins.find((p) => p.patterns)!;
    const pattern = copy.patterns!.find((p) => p.to === 'manifest.xml')!;
    return pattern.transform!(readFileSync(path.join(__dirname, '../../excel-addin/manifest.xml')));
  };

  it('builds every URL of the manifest from the one base given', () => {
    const text = manifestFor('https://plans.example.com/addin/');
    const urls = [...text.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\/plans\.example\.com\/addin\/[a-z]/);
    expect(text).not.toMatch(/BASE_URL|localhost/);
  });

  it('refuses a base that is not https, naming the option', () => {
    expect(() => config({ baseUrl: 'http://plans.example.com' })).toThrow(
      '--env baseUrl must be an https URL, got http://plans.example.com',
    );
  });
});
