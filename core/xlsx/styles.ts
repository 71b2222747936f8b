/** Maps spec styles and rule formats onto ExcelJS styles. */
import type ExcelJS from 'exceljs';
import type { CellStyle, RuleFormat } from '../workbook/spec';

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

export function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontSize) font.size = style.fontSize;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length > 0) out.font = font;
  if (style.fill) {
    out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  }
  if (style.numberFormat) out.numFmt = style.numberFormat;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.horizontal) alignment.horizontal = style.horizontal;
  if (style.vertical) alignment.vertical = style.vertical;
  if (style.wrap) alignment.wrapText = true;
  if (style.rotate) alignment.textRotation = style.rotate;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.border) {
    const side = { style: style.border.style, color: { argb: argb(style.border.color) } };
    out.border = { top: side, left: side, bottom: side, right: side };
  }
  return out;
}

export function ruleStyle(format: RuleFormat): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (format.fill) {
    // Differential fills use bgColor for a solid pattern.
    out.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.fill) } };
  }
  if (format.fontColor || format.bold) {
    out.font = {
      ...(format.fontColor ? { color: { argb: argb(format.fontColor) } } : {}),
      ...(format.bold ? { bold: true } : {}),
    };
  }
  if (format.sideBorder) {
    const side = { style: 'medium' as const, color: { argb: argb(format.sideBorder) } };
    out.border = { left: side, right: side };
  }
  return out;
}
