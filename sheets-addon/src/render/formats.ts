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
  {
    of: (s) => (s.bold ? 'bold' : undefined),
    none: 'normal',
    set: (r, v) => r.setFontWeights(v),
  },
  {
    of: (s) => (s.italic ? 'italic' : undefined),
    none: 'normal',
    set: (r, v) => r.setFontStyles(v),
  },
  { of: (s) => color(s.fontColor) ?? undefined, none: null, set: (r, v) => r.setFontColors(v) },
  { of: (s) => s.fontSize, none: 10, set: (r, v) => r.setFontSizes(v) },
  { of: (s) => s.horizontal, none: null, set: (r, v) => r.setHorizontalAlignments(v) },
  { of: (s) => s.vertical, none: null, set: (r, v) => r.setVerticalAlignments(v) },
  { of: (s) => s.wrap, none: false, set: (r, v) => r.setWraps(v) },
];

/** Writes the region's formats to its range, one call per property some cell sets. */
export function writeFormats(
  range: Range,
  region: GridRegion,
  styles: Record<string, CellStyle>,
): void {
  for (const p of PROPERTIES) {
    let used = false;
    const matrix = region.styles.map((row) =>
      row.map((key) => {
        const value = key ? p.of(styles[key]) : undefined;
        if (value === undefined) return p.none;
        used = true;
        return value;
      }),
    );
    if (used) p.set(range, matrix as never[][]);
  }
}
