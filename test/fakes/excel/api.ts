/**
 * An in-memory Excel API: the subset the add-in uses, typed against @types/office-js where it
 * can be and keeping the host's rules — writes are queued and applied at context.sync(), where
 * errors surface (getItem of a missing sheet, a values array of the wrong size, a sheet name
 * Excel refuses: unique ignoring case, at most 31 characters, none of [ ] : * ? / \); reading a
 * property before it was loaded and synced throws; a string beginning with "=" written as a
 * value becomes a formula. It counts syncs and the bytes of each request, and refuses a request
 * over 5 MB as Excel on the web does.
 */
import { parseRange, rangeRef } from '../../../core/workbook/a1';
import { XBook, officeError, type XSheet } from './model';
import { FakeRange, type Queue } from './range';

/** Excel on the web refuses a request (the writes between two syncs) over 5 MB. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;

export class ExcelLog {
  syncs = 0;
  readonly requests: number[] = [];
  ops = 0;
  /** Makes the n-th operation fail, to test the undo. */
  failAt: number | undefined;
}

/** A property read before load and sync throws, as Office.js does. */
function loaded<T>(value: T | undefined, name: string): T {
  if (value === undefined) {
    throw officeError(
      'PropertyNotLoaded',
      `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  }
  return value;
}

export class FakeContext implements Queue {
  private queue: { describe: unknown; run: () => void }[] = [];
  readonly workbook: FakeWorkbook;
  readonly application = {
    suspendApiCalculationUntilNextSync: () => this.enqueue({ suspendCalculation: true }, () => {}),
  };

  constructor(
    readonly book: XBook,
    readonly log: ExcelLog,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(describe: unknown, run: () => void): void {
    this.queue.push({ describe, run });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const bytes = JSON.stringify(ops.map((o) => o.describe)).length;
    this.log.syncs++;
    this.log.requests.push(bytes);
    if (bytes > REQUEST_LIMIT) {
      throw officeError('RequestPayloadSizeLimitExceeded', `The request is ${bytes} bytes.`);
    }
    for (const op of ops) {
      this.log.ops++;
      if (this.log.failAt === this.log.ops)
        throw officeError('GeneralException', 'injected failure');
      op.run();
    }
  }
}

export class FakeWorksheet {
  private loadedName: string | undefined;
  private nullObject: boolean | undefined;
  readonly freezePanes;
  readonly pageLayout;

  constructor(
    private readonly ctx: FakeContext,
    /** The sheet this handle stands for, found when a queued write runs. */
    readonly resolve: () => XSheet | undefined,
    private readonly label: string,
  ) {
    const sheet = () => this.sheet();
    this.freezePanes = {
      freezeRows: (n: number) =>
        ctx.enqueue({ [label]: { freezeRows: n } }, () => (sheet().freeze = { rows: n, cols: 0 })),
      freezeColumns: (n: number) =>
        ctx.enqueue(
          { [label]: { freezeColumns: n } },
          () => (sheet().freeze = { rows: 0, cols: n }),
        ),
      freezeAt: (range: FakeRange) =>
        ctx.enqueue({ [label]: { freezeAt: range.address } }, () => {
          const r = parseRange(range.address);
          sheet().freeze = { rows: r.row2, cols: r.col2 };
        }),
    };
    const page = (key: string, v: unknown) =>
      ctx.enqueue({ [label]: { [key]: v } }, () => (sheet().page[key] = v));
    const layout: Record<string, unknown> = {
      setPrintArea: (area: string) => page('printArea', area),
      setPrintTitleRows: (rows: string) => page('printTitleRows', rows),
      setPrintTitleColumns: (cols: string) => page('printTitleColumns', cols),
      headersFooters: {
        defaultForAllPages: Object.defineProperties(
          {},
          Object.fromEntries(
            ['centerHeader', 'centerFooter'].map((k) => [k, { set: (v: unknown) => page(k, v) }]),
          ),
        ),
      },
    };
    const props = ['orientation', 'zoom', 'paperSize'];
    const margins = ['left', 'right', 'top', 'bottom', 'header', 'footer'].map((m) => `${m}Margin`);
    for (const key of [...props, ...margins]) {
      Object.defineProperty(layout, key, { set: (v: unknown) => page(key, v) });
    }
    this.pageLayout = layout;
  }

  /** The sheet, or ItemNotFound at sync (as getItem fails there). */
  sheet(): XSheet {
    const s = this.resolve();
    if (!s)
      throw officeError('ItemNotFound', `The requested resource doesn't exist (${this.label}).`);
    return s;
  }

  get name(): string {
    return loaded(this.loadedName, 'name');
  }
  get isNullObject(): boolean {
    return loaded(this.nullObject, 'isNullObject');
  }
  set tabColor(color: string) {
    this.ctx.enqueue({ [this.label]: { tabColor: color } }, () => (this.sheet().tabColor = color));
  }

  load(props: string): this {
    this.ctx.enqueue({ load: this.label, props }, () => {
      const s = this.resolve();
      if (props.includes('isNullObject')) this.nullObject = !s;
      if (props.includes('name')) this.loadedName = this.sheet().name;
    });
    return this;
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, () => this.sheet(), [address.replace(/\$/g, '')]);
  }
  getRanges(address: string): FakeRange {
    return new FakeRange(
      this.ctx,
      () => this.sheet(),
      address.split(',').map((a) => a.trim()),
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return this.getRange(rangeRef(row + 1, col + 1, row + rows, col + cols));
  }
  activate(): void {
    this.ctx.enqueue({ activate: this.label }, () => (this.ctx.book.active = this.sheet()));
  }
  delete(): void {
    this.ctx.enqueue({ delete: this.label }, () => {
      const s = this.sheet();
      this.ctx.book.sheets.splice(this.ctx.book.sheets.indexOf(s), 1);
    });
  }
}

class FakeWorksheets {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    return loaded(this.loadedItems, 'items');
  }
  load(props: string): this {
    this.ctx.enqueue({ load: 'worksheets', props }, () => {
      this.loadedItems = this.ctx.book.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s, s.name);
        (ws as unknown as { loadedName: string }).loadedName = s.name;
        return ws;
      });
    });
    return this;
  }
  add(name: string): FakeWorksheet {
    let added: XSheet | undefined;
    this.ctx.enqueue({ addWorksheet: name }, () => (added = this.ctx.book.addSheet(name)));
    return new FakeWorksheet(this.ctx, () => added, name);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name), name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return this.getItem(name);
  }
}

class FakeNamedItem {
  private nullObject: boolean | undefined;

  constructor(
    private readonly ctx: FakeContext,
    readonly name: string,
  ) {}

  get isNullObject(): boolean {
    return loaded(this.nullObject, 'isNullObject');
  }
  load(): this {
    this.ctx.enqueue(
      { load: `name ${this.name}` },
      () => (this.nullObject = !this.ctx.book.names.has(this.name)),
    );
    return this;
  }
  delete(): void {
    this.ctx.enqueue({ deleteName: this.name }, () => this.ctx.book.names.delete(this.name));
  }
}

class FakeNames {
  private loadedItems: FakeNamedItem[] | undefined;

  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeNamedItem[] {
    return loaded(this.loadedItems, 'items');
  }
  load(props: string): this {
    this.ctx.enqueue({ load: 'names', props }, () => {
      this.loadedItems = [...this.ctx.book.names.keys()].map((n) => new FakeNamedItem(this.ctx, n));
    });
    return this;
  }
  add(name: string, reference: FakeRange): void {
    this.ctx.enqueue({ addName: name, reference: reference.address }, () => {
      if ([...this.ctx.book.names.keys()].some((n) => n.toUpperCase() === name.toUpperCase())) {
        throw officeError('InvalidArgument', `The name "${name}" already exists.`);
      }
      this.ctx.book.names.set(name, { sheet: reference.sheet(), address: reference.address });
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name);
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;

  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.names = new FakeNames(ctx);
  }
}

/** Excel.run over a workbook: a new request context for each run, as Office.js gives. */
export function fakeExcel(book = new XBook(), log = new ExcelLog()) {
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(new FakeContext(book, log) as unknown as Excel.RequestContext);
  return { Excel: { run }, book, log };
}
