/**
 * A region's formats as Sheets' 2-D setters take them: one matrix per property, from each
 * cell's style. A property no cell of the region sets is left out (no call for it).
 */
import type { GridRegion } from '../../../core/workbook/grid';
import type { CellStyle } from '../../../core/workbook/spec';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** Sheets' automatic number format, for cells whose style has none. */
const AUTOMATIC = 'General';

const color = (rgb: string | undefined) => (rgb ? `#${rgb}` : null);

/**
 * Each property: the value a style gives it (undefined when the style leaves it alone), the
 * value for a cell without it, and the setter. Cells of a new sheet have the defaults already.
 */
const PROPERTIES: {
  of: (s: CellStyle) => unknown;
  none: unknown;
  set: (range: Range, values: never[][]) => void;
}[] = [
  {
    of: (s) => s.numberFormat,
    none: AUTOMATIC,
    set: (r, v) => r.setNumberFormats(v),
  },
  { of: (s) => color(s.fill) ?? undefined, none: null, set: (r, v) => r.setBackgrounds(v) },
  { of: (s) => s.horizontal, none: null, set: (r, v) => r.setHorizontalAlignments(v) },
  { of: (s) => s.vertical, none: null, set: (r, v) => r.setVerticalAlignments(v) },
  { of: (s) => s.wrap, none: false, set: (r, v) => r.setWraps(v) },
];

type TextStyle = GoogleAppsScript.Spreadsheet.TextStyle;
import type { Builders } from './builders';

/**
 * The text styles of a render, one built per combination of bold, italic, colour and size (a
 * TextStyle sets them all in one call per region, where four setters took four).
 */
export class TextStyles {
  private readonly built = new Map<string, TextStyle>();

  constructor(private readonly builders: Builders) {}

  /** Every property set (the defaults where the style has none): the builder is reused. */
  of(style: CellStyle | undefined): TextStyle {
    const [bold, italic] = [style?.bold ?? false, style?.italic ?? false];
    const [color, size] = [`#${style?.fontColor ?? '000000'}`, style?.fontSize ?? DEFAULT_SIZE];
    const key = `${bold} ${italic} ${color} ${size}`;
    let text = this.built.get(key);
    if (!text) {
      text = this.builders
        .text()
        .setBold(bold)
        .setItalic(italic)
        .setForegroundColor(color)
        .setFontSize(size)
        .build();
      this.built.set(key, text);
    }
    return text;
  }
}

/** Sheets' default font size. */
const DEFAULT_SIZE = 10;

const hasText = (s: CellStyle | undefined) =>
  Boolean(s && (s.bold || s.italic || s.fontColor || s.fontSize));

/** A 2-D setter and the matrix it takes: one of a region's formats. */
interface FormatMatrix {
  set: (range: Range) => void;
  cells: number;
}

/**
 * The region's formats as calls: one per property some cell sets, and one for the text styles
 * (bold, italic, colour, size) when a cell has any.
 */
export function formatMatrices(
  region: GridRegion,
  styles: Record<string, CellStyle>,
  textStyles: TextStyles,
): FormatMatrix[] {
  const cells = region.rows * region.cols;
  const matrices: FormatMatrix[] = [];
  if (region.styles.some((row) => row.some((key) => key && hasText(styles[key])))) {
    matrices.push({
      cells,
      set: (range) =>
        range.setTextStyles(
          region.styles.map((row) =>
            row.map((key) => textStyles.of(key ? styles[key] : undefined)),
          ),
        ),
    });
  }
  for (const p of PROPERTIES) {
    const used = region.styles.some((row) =>
      row.some((key) => (key ? p.of(styles[key]) !== undefined : false)),
    );
    if (!used) continue;
    matrices.push({
      cells,
      set: (range) =>
        p.set(
          range,
          region.styles.map((row) =>
            row.map((key) => (key ? p.of(styles[key]) : undefined) ?? p.none),
          ) as never[][],
        ),
    });
  }
  return matrices;
}
