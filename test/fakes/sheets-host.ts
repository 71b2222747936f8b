/**
 * The fake Sheets host the add-on's code runs against: SpreadsheetApp over one open
 * spreadsheet (spreadsheet-app.ts), its UI, HtmlService and Utilities.formatDate.
 */
import { CallLog, FakeSpreadsheet } from './spreadsheet-app';
import { fakeBuilder } from './spreadsheet-builders';

/** The UI the menu and sidebar use: what was added and shown. */
export class FakeUi {
  readonly menus: { items: [string, string][] }[] = [];
  readonly shown: { kind: string; title: string; html: string }[] = [];

  createAddonMenu() {
    const menu = { items: [] as [string, string][] };
    const builder = {
      addItem: (caption: string, fn: string) => (menu.items.push([caption, fn]), builder),
      addToUi: () => void this.menus.push(menu),
    };
    return builder;
  }
  showSidebar(output: { title: string; html: string }) {
    this.shown.push({ kind: 'sidebar', ...output });
  }
  showModelessDialog(output: { title: string; html: string }, title: string) {
    this.shown.push({ kind: 'dialog', html: output.html, title });
  }
}

export interface FakeHost {
  app: typeof SpreadsheetApp;
  book: FakeSpreadsheet;
  log: CallLog;
  ui: FakeUi;
}

/** A fake SpreadsheetApp over one open spreadsheet (and HtmlService, Utilities for the rest). */
export function fakeSheetsHost(timeZone = 'Asia/Ho_Chi_Minh', files: Record<string, string> = {}) {
  const log = new CallLog();
  const book = new FakeSpreadsheet(log, timeZone);
  const ui = new FakeUi();
  const builder = () => {
    log.count('SpreadsheetApp.new');
    return fakeBuilder(log);
  };
  const app = {
    BorderStyle: {
      SOLID: 'SOLID',
      SOLID_MEDIUM: 'SOLID_MEDIUM',
      SOLID_THICK: 'SOLID_THICK',
      DASHED: 'DASHED',
    },
    getActive: () => (log.count('SpreadsheetApp.getActive'), book),
    getActiveSpreadsheet: () => (log.count('SpreadsheetApp.getActiveSpreadsheet'), book),
    getUi: () => (log.count('SpreadsheetApp.getUi'), ui),
    newDataValidation: builder,
    newConditionalFormatRule: builder,
    newRichTextValue: builder,
    newTextStyle: builder,
  } as unknown as typeof SpreadsheetApp;
  const output = (html: string) => {
    const out = {
      title: '',
      html,
      getContent: () => html,
      setTitle: (t: string) => ((out.title = t), out),
      setWidth: () => out,
      setHeight: () => out,
    };
    return out;
  };
  const htmlService = {
    createHtmlOutputFromFile: (name: string) => {
      if (!(name in files)) throw new Error(`No HTML file named ${name} was found.`);
      return output(files[name]);
    },
    createHtmlOutput: (html: string) => output(html),
  };
  return { app, book, log, ui, htmlService };
}

/** formatDate in a time zone, as Apps Script's Utilities does (the formats the add-on uses). */
export function formatDate(date: Date, zone: string, format: string): string {
  if (format !== 'yyyy-MM-dd') throw new Error(`the fake formats yyyy-MM-dd only, not ${format}`);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .formatToParts(date)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Puts a fake Sheets host's globals where the add-on's code looks for them. */
export function installSheetsHost(timeZone?: string, files?: Record<string, string>) {
  const host = fakeSheetsHost(timeZone, files);
  const g = globalThis as Record<string, unknown>;
  g.SpreadsheetApp = host.app;
  g.HtmlService = host.htmlService;
  g.Utilities = { formatDate };
  return host;
}
