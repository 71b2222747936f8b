/**
 * Column widths from the figures a plan's workbook will show: every column holding amounts in
 * the plan's currency, or counts, is made at least as wide as the largest such figure the plan
 * can reach, written in the plan's own number format — so no cell shows ### (rials and đồng
 * included). The largest figure is the plan's own largest total (its budget, a target, the sum
 * of a metric's results) with room for ten times as much, for forecasts and growth.
 */
import { currencyOf } from '../../i18n/currencies';
import { MONEY_METRICS, type RawMetric } from '../../kpi/catalogue';
import type { Plan } from '../../plan/types';
import type { SheetSpec } from '../../workbook/spec';

/** Room for figures larger than any the plan holds today (forecasts, a good year). */
const HEADROOM = 10;
/** A digit of Calibri (and Carlito) is one character of width; a cell keeps a little padding. */
const PADDING = 2;

/** The largest amount in the currency and the largest count the plan holds. */
export function planMagnitudes(plan: Plan): { money: number; count: number } {
  const money: number[] = [plan.channels.reduce((sum, c) => sum + c.budget, 0)];
  const count: number[] = [];
  const totals = new Map<string, number>();
  for (const r of plan.results) {
    for (const [metric, value] of Object.entries(r.values)) {
      totals.set(metric, (totals.get(metric) ?? 0) + Math.abs(value ?? 0));
    }
  }
  for (const [metric, total] of totals) {
    (MONEY_METRICS.includes(metric as RawMetric) ? money : count).push(total);
  }
  for (const o of plan.objectives) count.push(Math.abs(o.target ?? 0), Math.abs(o.baseline ?? 0));
  for (const c of plan.channels) money.push(...Object.values(c.targets).map((v) => v ?? 0));
  return { money: Math.max(1, ...money) * HEADROOM, count: Math.max(1, ...count) * HEADROOM };
}

/** The characters a number takes in a format: its digits, group separators and decimals. */
function digits(value: number, decimals: number): number {
  const whole = Math.max(1, Math.floor(Math.log10(Math.max(1, value))) + 1);
  return whole + Math.floor((whole - 1) / 3) + (decimals > 0 ? decimals + 1 : 0);
}

/** The width an amount column needs in the plan's currency, and a count column. */
export function figureWidths(plan: Plan): { money: number; count: number } {
  const { money, count } = planMagnitudes(plan);
  const c = currencyOf(plan.business.currency);
  // A minus sign, the symbol and the space between.
  const symbol = c.symbol.length + (c.suffix ? 1 : 0) + 1;
  return {
    money: digits(money, c.decimals) + symbol + PADDING,
    count: digits(count, 0) + 1 + PADDING,
  };
}

/**
 * Widens every column whose cells show amounts or counts to the figure widths; columns already
 * wider keep their width. A cell's number kind is its style's ("calc.currency", "input.number";
 * styles.ts), so no number format is read again here.
 */
export function widenFigureColumns(sheet: SheetSpec, widths: { money: number; count: number }) {
  // "any" holds a figure whose unit can change (an objective's KPI): room for either.
  const byKind: Partial<Record<string, number>> = {
    currency: widths.money,
    any: widths.money,
    number: widths.count,
  };
  // A few styles serve many cells: each style's width is worked out once.
  const widthOf = new Map<string, number>();
  const styleWidth = (style: string) => {
    let width = widthOf.get(style);
    if (width === undefined) {
      const kind = /^(?:calc|input)\.(\w+)$/.exec(style)?.[1];
      width = (kind && byKind[kind]) || 0;
      widthOf.set(style, width);
    }
    return width;
  };
  const need = new Map<number, number>();
  for (const block of sheet.blocks) {
    for (const row of block.cells) {
      for (let i = 0; i < row.length; i++) {
        const style = row[i]?.style;
        if (style === undefined) continue;
        const width = styleWidth(style);
        if (width > (need.get(block.col + i) ?? 0)) need.set(block.col + i, width);
      }
    }
  }
  for (const [col, width] of need) {
    const set = sheet.columnWidths.find((w) => w.col === col);
    if (!set) sheet.columnWidths.push({ col, width });
    else if (set.width < width) set.width = width;
  }
  sheet.columnWidths.sort((a, b) => a.col - b.col);
}
