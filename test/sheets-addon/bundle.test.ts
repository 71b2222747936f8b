/** The built add-on (load-addon.ts): its entry points, menu, generation and KPI_* functions. */
import { KPI_FUNCTIONS, kpiFunction } from '../../core/kpi/registry';
import { CONTRACT_CASES, expectSheetsCase } from '../core/kpi/contract-cases';
import { SHEET_TITLES } from '../helpers';
import { builtFile, loadAddon } from './load-addon';

const code = builtFile('Code.js');
const sidebarHtml = builtFile('Sidebar.html');

describe('Code.js', () => {
  it('declares every entry point as a top-level function', () => {
    const names = [
      'onOpen',
      'onInstall',
      'showSidebar',
      'showKpiHelp',
      'generatePlan',
      'openSheet',
      ...KPI_FUNCTIONS.map((f) => `KPI_${f.id}`),
    ];
    for (const name of names) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('keeps @customfunction in the JSDoc right above each KPI_* function', () => {
    for (const f of KPI_FUNCTIONS) {
      const doc = new RegExp(
        String.raw`/\*\*(?:(?!\*/)[\s\S])*@customfunction\s*\*/\s*function KPI_${f.id}\(`,
      );
      expect(code).toMatch(doc);
    }
  });

  it('is not minified (Apps Script error lines stay readable)', () => {
    expect(code.split('\n').length).toBeGreaterThan(2000);
  });

  it('builds the add-on menu on open and on install', () => {
    const { global, ui } = loadAddon();
    global.onOpen({ authMode: 'NONE' });
    global.onInstall({ authMode: 'FULL' });
    expect(ui.menus.map((m) => m.items)).toEqual([
      [
        ['New plan…', 'showSidebar'],
        ['KPI functions help', 'showKpiHelp'],
      ],
      [
        ['New plan…', 'showSidebar'],
        ['KPI functions help', 'showKpiHelp'],
      ],
    ]);
  });

  it('opens the sidebar titled planbook, and the KPI help from the registry', () => {
    const { global, ui } = loadAddon();
    global.showSidebar();
    global.showKpiHelp();
    expect(ui.shown[0]).toMatchObject({ kind: 'sidebar', title: 'planbook' });
    expect(ui.shown[0].html).toBe(sidebarHtml);
    expect(ui.shown[1].html).toContain('=KPI_STATUS(actual, target, [direction], [tolerance])');
    expect(ui.shown[1].html).toContain('Use in this document');
  });

  it('generates a plan into the open spreadsheet and returns its summary', () => {
    const { global, book } = loadAddon();
    book.addOwnSheet('Sheet1');
    const result = global.generatePlan({ framework: 'race', business: { name: 'Nha' } }) as {
      ok: boolean;
      summary: { sheets: number; tasks: number; kpis: number };
      overview: string;
    };
    expect(result.ok).toBe(true);
    expect(result.summary.sheets).toBe(15);
    expect(result.overview).toBe('Overview');
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1', ...SHEET_TITLES.race]);
    expect(book.active?.name).toBe('Overview');
  });

  it('returns bad input as errors with their paths, writing nothing', () => {
    const { global, book } = loadAddon();
    const input = { framework: 'race', period: { weeks: 0 } };
    expect(global.generatePlan(input)).toEqual({
      ok: false,
      errors: [{ path: 'period.weeks', message: expect.stringMatching(/at least 1/) }],
    });
    expect(book.sheets).toEqual([]);
  });

  it.each(CONTRACT_CASES.map((k) => [k.call, k] as const))('KPI_%s', (_, k) => {
    const { global, date } = loadAddon();
    expectSheetsCase(k, global[`KPI_${k.fn}`], kpiFunction(k.fn).params, date);
  });
});

describe('the bundle folder', () => {
  it('holds appsscript.json with V8 and only the narrow scopes', () => {
    const manifest = JSON.parse(builtFile('appsscript.json'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('serves the sidebar as one file: its script and styles inline', () => {
    expect(sidebarHtml).not.toMatch(/<script[^>]+src=/);
    expect(sidebarHtml).not.toMatch(/<link[^>]+stylesheet/);
    expect(sidebarHtml).toMatch(/google\.script\.run/);
    expect(sidebarHtml).toMatch(/\.sidebar h1/);
  });

  it('leaves the holiday library out of the sidebar and Code.js, for the server to hand over', () => {
    const mark = 'Chinese New Year';
    expect([sidebarHtml.includes(mark), code.includes(mark)]).toEqual([false, false]);
    const library = builtFile('Holidays.html');
    expect(library.includes(mark)).toBe(true);
    expect(library).toMatch(/^<script>[\s\S]*<\/script>$/);
    expect(library.match(/<\/script>/g)).toHaveLength(1);
    const { global } = loadAddon();
    expect(global.holidayLibrary()).toBe(library);
  });
});
