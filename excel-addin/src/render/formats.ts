/**
 * A spec style as Excel's range format: fill, font, alignment, wrap, rotation and borders, set
 * on every run of cells that share it at once (a RangeAreas of the runs), never per cell.
 */
import type { Border, CellStyle, RuleFormat } from '../../../core/workbook/spec';

const H = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const WEIGHT: Record<Border['style'], Excel.BorderWeight> = {
  thin: 'Thin' as Excel.BorderWeight,
  medium: 'Medium' as Excel.BorderWeight,
  thick: 'Thick' as Excel.BorderWeight,
  dashed: 'Thin' as Excel.BorderWeight,
};
const EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
] as const;

/** Sets a style's format (all but the number format, written per region) on a range. */
export function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.fontColor) format.font.color = `#${style.fontColor}`;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.horizontal)
    format.horizontalAlignment = H[style.horizontal] as Excel.HorizontalAlignment;
  if (style.vertical) format.verticalAlignment = V[style.vertical] as Excel.VerticalAlignment;
  if (style.wrap) format.wrapText = true;
  if (style.rotate) format.textOrientation = style.rotate;
  if (style.border) {
    for (const edge of EDGES) {
      const b = format.borders.getItem(edge);
      b.style = (style.border.style === 'dashed' ? 'Dash' : 'Continuous') as Excel.BorderLineStyle;
      b.weight = WEIGHT[style.border.style];
      b.color = `#${style.border.color}`;
    }
  }
}

/** How many properties applyStyle sets for a style (each an action of the request). */
export function styleActions(style: CellStyle): number {
  const simple = [
    'fill',
    'bold',
    'italic',
    'fontColor',
    'fontSize',
    'horizontal',
    'vertical',
    'wrap',
    'rotate',
  ] as const;
  const set = simple.filter((key) => style[key] !== undefined && style[key] !== false).length;
  // Each border edge: its object path, style, weight and colour.
  return set + (style.border ? EDGES.length * 4 : 0);
}

/** How many actions a conditional format takes: the rule, its formula, priority, look. */
export function ruleActions(look: RuleFormat): number {
  const set = [look.fill, look.fontColor, look.bold].filter((v) => v !== undefined).length;
  return 6 + set * 2 + (look.sideBorder ? 2 * 3 : 0);
}

/** Whether a style sets anything applyStyle writes. */
export function hasFormat(style: CellStyle): boolean {
  return Object.entries(style).some(
    ([key, v]) => key !== 'numberFormat' && v !== undefined && v !== false,
  );
}

/** A conditional format's look: fill, font, and the marker's side borders. */
export function applyRuleFormat(format: Excel.ConditionalRangeFormat, look: RuleFormat): void {
  if (look.fill) format.fill.color = `#${look.fill}`;
  if (look.fontColor) format.font.color = `#${look.fontColor}`;
  if (look.bold) format.font.bold = true;
  if (look.sideBorder) {
    for (const edge of ['EdgeLeft', 'EdgeRight'] as const) {
      const b = format.borders.getItem(edge);
      b.style = 'Continuous' as Excel.ConditionalRangeBorderLineStyle;
      b.color = `#${look.sideBorder}`;
    }
  }
}
