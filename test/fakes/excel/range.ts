/** The fake Excel API's ranges (see api.ts): writes queued on the context, applied at sync. */
import { cellRef, columnNumber, parseRange } from '../../../core/workbook/a1';
import { cellsOf, officeError, type XCell, type XFormat, type XRule, type XSheet } from './model';

/** What a range needs of its context: to queue a write, applied at the next sync. */
export interface Queue {
  enqueue(describe: unknown, run: () => void): void;
}

/** What a plain string becomes when typed into a cell. */
function typed(value: unknown): Pick<XCell, 'value' | 'formula'> {
  if (typeof value === 'string') {
    if (value.startsWith('=')) return { formula: value.slice(1) };
    if (value.startsWith("'")) return { value: value.slice(1) };
    if (value === '') return {};
    if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(value.trim())) return { value: Number(value) };
    if (/^(true|false)$/i.test(value)) return { value: value.toUpperCase() === 'TRUE' };
    return { value };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  return {};
}

/** An object whose properties, when set, queue `write(name, value)`. */
function setters(names: string[], write: (name: string, value: unknown) => void): object {
  const obj = {};
  for (const name of names) Object.defineProperty(obj, name, { set: (v) => write(name, v) });
  return obj;
}

/** Where a format's writes land: cell formats, or a conditional rule's one format. */
interface FormatSink {
  formats(): XFormat[];
  /** Column widths and row heights, for cell ranges. */
  size?(kind: 'width' | 'height', points: number): void;
}

const FORMAT_KEYS: Record<string, keyof XFormat> = {
  horizontalAlignment: 'horizontal',
  verticalAlignment: 'vertical',
  wrapText: 'wrap',
  textOrientation: 'rotation',
  readingOrder: 'readingOrder',
};
const FONT_KEYS: Record<string, keyof XFormat> = {
  bold: 'bold',
  italic: 'italic',
  color: 'fontColor',
  size: 'fontSize',
};

/** A RangeFormat (or a conditional format's): each property set is one queued write. */
export function fakeFormat(queue: Queue, where: string, sink: FormatSink): Excel.RangeFormat {
  const write = (prop: string, value: unknown, apply: (f: XFormat) => void) =>
    queue.enqueue({ range: where, prop, value }, () => sink.formats().forEach(apply));
  const format = setters(
    [...Object.keys(FORMAT_KEYS), 'columnWidth', 'rowHeight'],
    (name, value) => {
      if (name === 'columnWidth' || name === 'rowHeight') {
        const kind = name === 'columnWidth' ? 'width' : 'height';
        queue.enqueue({ range: where, [name]: value }, () => sink.size?.(kind, value as number));
      } else write(name, value, (f) => Object.assign(f, { [FORMAT_KEYS[name]]: value }));
    },
  ) as Record<string, unknown>;
  format.fill = setters(['color'], (_, v) => write('fill', v, (f) => (f.fill = v as string)));
  format.font = setters(Object.keys(FONT_KEYS), (name, v) =>
    write(name, v, (f) => Object.assign(f, { [FONT_KEYS[name]]: v })),
  );
  format.borders = {
    getItem: (edge: string) =>
      setters(['style', 'weight', 'color'], (name, v) =>
        write(`border.${edge}.${name}`, v, (f) => {
          const side = ((f.borders ??= {})[edge] ??= {});
          Object.assign(side, { [name]: v });
        }),
      ),
  };
  return format as unknown as Excel.RangeFormat;
}

/** A range of cells, or several areas of one sheet (getRanges: a RangeAreas). */
export class FakeRange {
  readonly format: Excel.RangeFormat;

  constructor(
    private readonly queue: Queue,
    readonly sheet: () => XSheet,
    readonly areas: string[],
  ) {
    this.format = fakeFormat(queue, areas.join(','), {
      formats: () => {
        const s = sheet();
        return areas.flatMap((a) => cellsOf(a).map(({ row, col }) => s.cell(row, col).format));
      },
      size: (kind, points) => {
        for (const a of areas) {
          const r = parseRange(a.replace(/\$/g, ''));
          if (kind === 'width')
            for (let c = r.col1; c <= r.col2; c++) sheet().widths.set(c, points);
          else for (let row = r.row1; row <= r.row2; row++) sheet().heights.set(row, points);
        }
      },
    });
  }

  get address(): string {
    return this.areas[0];
  }

  /** Selects the range (Excel selects on the active sheet: the renderer activates it first). */
  select(): void {
    this.queue.enqueue({ select: this.address }, () => (this.sheet().selection = this.address));
  }

  private get rect() {
    return parseRange(this.address.replace(/\$/g, ''));
  }

  /** A 2-D write, sized as the range (checked at sync); null leaves a cell untouched. */
  private write(prop: string, values: unknown[][], apply: (cell: XCell, v: unknown) => void) {
    this.queue.enqueue({ range: this.address, prop, values }, () => {
      const { row1, row2, col1, col2 } = this.rect;
      const [rows, cols] = [row2 - row1 + 1, col2 - col1 + 1];
      if (values.length !== rows || values.some((row) => row.length !== cols)) {
        throw officeError(
          'InvalidArgument',
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      }
      const sheet = this.sheet();
      values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null) apply(sheet.cell(row1 + r, col1 + c), v);
        }),
      );
    });
  }

  set formulas(values: unknown[][]) {
    this.write('formulas', values, (cell, v) => {
      delete cell.value;
      delete cell.formula;
      Object.assign(cell, typed(v));
    });
  }
  set values(values: unknown[][]) {
    this.formulas = values;
  }
  set numberFormat(values: unknown[][]) {
    this.write('numberFormat', values, (cell, v) => (cell.numberFormat = v as string));
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.queue.enqueue({ range: this.address, hyperlink: link }, () => {
      const cell = this.sheet().cell(this.rect.row1, this.rect.col1);
      cell.hyperlink = link;
      if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
    });
  }

  /** Whole columns ("L:W") hidden or shown. */
  set columnHidden(hidden: boolean) {
    this.hide('columnHidden', hidden, columnNumber, (s) => s.hidden);
  }

  /** Whole rows ("12:20") hidden or shown. */
  set rowHidden(hidden: boolean) {
    this.hide('rowHidden', hidden, Number, (s) => s.hiddenRows);
  }

  private hide(
    prop: string,
    hidden: boolean,
    index: (part: string) => number,
    set: (sheet: XSheet) => Set<number>,
  ): void {
    this.queue.enqueue({ range: this.address, [prop]: hidden }, () => {
      const [from, to] = this.address.replace(/\$/g, '').split(':').map(index);
      for (let i = from; i <= to; i++) {
        if (hidden) set(this.sheet()).add(i);
        else set(this.sheet()).delete(i);
      }
    });
  }

  group(option: string): void {
    this.queue.enqueue({ range: this.address, group: option }, () => {
      if (option === 'ByColumns') this.sheet().groups.push(this.address);
      else if (option === 'ByRows') this.sheet().rowGroups.push(this.address);
      else throw officeError('InvalidArgument', `group ${option}`);
    });
  }

  merge(across?: boolean): void {
    this.queue.enqueue({ range: this.address, merge: across ?? false }, () => {
      const { row1, row2, col1, col2 } = this.rect;
      const merges = this.sheet().merges;
      if (!across) merges.push(this.address);
      else
        for (let r = row1; r <= row2; r++) merges.push(`${cellRef(r, col1)}:${cellRef(r, col2)}`);
    });
  }

  get conditionalFormats() {
    const queue = this.queue;
    return {
      add: (type: string) => {
        const rule: XRule = { range: this.address, format: {}, priority: 0, stopIfTrue: false };
        queue.enqueue({ range: this.address, conditionalFormat: type }, () =>
          this.sheet().rules.push(rule),
        );
        const custom = {
          rule: setters(['formula'], (_, f) =>
            queue.enqueue({ formula: f }, () => (rule.formula = f as string)),
          ),
          format: fakeFormat(queue, this.address, { formats: () => [rule.format] }),
        };
        return Object.assign(
          setters(['priority', 'stopIfTrue'], (name, v) =>
            queue.enqueue({ [name]: v }, () => Object.assign(rule, { [name]: v })),
          ),
          { custom },
        );
      },
    };
  }

  get dataValidation() {
    const entry: { range: string; rule?: unknown; ignoreBlanks?: boolean } = {
      range: this.address,
    };
    return setters(['rule', 'ignoreBlanks'], (name, v) =>
      this.queue.enqueue({ range: this.address, [name]: v }, () => {
        const list = this.sheet().validations;
        if (!list.includes(entry as never)) list.push(entry as never);
        Object.assign(entry, { [name]: v });
      }),
    );
  }
}
