/**
 * The workbook's named styles. Cells the marketer fills use "input.*", formula cells "calc.*";
 * the part after the dot is the number format.
 */
import { currencyOf } from '../i18n/currencies';
import type { CellStyle } from '../workbook/spec';
import { MONEY_METRICS, type KpiUnit, type RawMetric } from '../kpi/catalogue';
import type { Timeline } from '../plan/types';

const INPUT_FILL = 'FFF7D6';
const CALC_FILL = 'EEF1F5';
const HEADER_FILL = '1F3A5F';
const GRID = 'C9D1DC';

/** The number format for amounts in the plan's currency. */
export function currencyFormat(code: string): string {
  const c = currencyOf(code);
  const number = c.decimals > 0 ? `#,##0.${'0'.repeat(c.decimals)}` : '#,##0';
  return c.suffix ? `${number} "${c.symbol}"` : `"${c.symbol}"${number}`;
}

/**
 * How a cell's number shows. `any` is for a value whose unit can change after generation (an
 * objective's KPI is chosen on the Objectives sheet): a conversion rate must not show as money.
 */
export type NumberKind =
  | 'text'
  | 'number'
  | 'decimal'
  | 'currency'
  | 'percent'
  | 'ratio'
  | 'date'
  | 'month'
  | 'integer'
  | 'any'
  | 'code';

function formats(currency: string): Record<NumberKind, string | undefined> {
  return {
    text: '@',
    number: '#,##0',
    decimal: '#,##0.00',
    currency: currencyFormat(currency),
    percent: '0.0%',
    ratio: '0.00"x"',
    date: 'yyyy-mm-dd',
    month: 'mmm yyyy',
    integer: '0',
    any: 'General',
    code: '@',
  };
}

/** The number kind a KPI's values are shown in. */
export function kindOfUnit(unit: KpiUnit): NumberKind {
  const kinds: Record<KpiUnit, NumberKind> = {
    count: 'number',
    currency: 'currency',
    ratio: 'ratio',
    percent: 'percent',
    score: 'decimal',
  };
  return kinds[unit];
}

/** How a raw metric's cells show: money in the plan's currency, counts as numbers. */
export function metricKind(metric: string): 'currency' | 'number' {
  return MONEY_METRICS.includes(metric as RawMetric) ? 'currency' : 'number';
}

const thin = { style: 'thin' as const, color: GRID };

/** Colours of the Gantt bars and the KPI statuses (the legends use the same). */
export const LEGEND = {
  task: '4F81BD',
  done: '1F3A5F',
  buffer: 'D9E2F3',
  milestone: 'E69138',
  today: 'C00000',
  critical: 'CC4125',
  baseline: '404040',
  dayOff: 'D9D9D9',
  holiday: 'F4E1C9',
  green: 'B6D7A8',
  amber: 'FFE599',
  red: 'EA9999',
};

/** Every style the sheet builders use, with number formats for the plan's currency. */
export function workbookStyles(currency: string): Record<string, CellStyle> {
  const styles: Record<string, CellStyle> = {
    title: { bold: true, fontSize: 16, fontColor: HEADER_FILL },
    subtitle: { italic: true, fontColor: '5B6B7F' },
    section: { bold: true, fontSize: 12, fontColor: HEADER_FILL, fill: 'DCE6F2' },
    header: {
      bold: true,
      fontColor: 'FFFFFF',
      fill: HEADER_FILL,
      wrap: true,
      vertical: 'middle',
      border: thin,
    },
    label: { bold: true, vertical: 'top' },
    subtotal: { bold: true, fill: 'DCE6F2', border: thin },
    'label.right': { bold: true, horizontal: 'right' },
    guidance: { italic: true, fontColor: '44546A', wrap: true, vertical: 'top' },
    link: { fontColor: '1F5FBF', bold: true },
    note: { italic: true, fontColor: '7F7F7F' },
    'header.month': {
      bold: true,
      fontColor: 'FFFFFF',
      fill: HEADER_FILL,
      border: thin,
      numberFormat: 'mmm yyyy',
      horizontal: 'center',
    },
  };
  styles['timeline.workdays'] = { fontSize: 7, fontColor: '7F7F7F', horizontal: 'center' };
  const timeline: Record<Timeline, string> = { day: 'dd mmm', week: 'dd mmm', month: 'mmm yyyy' };
  for (const [scale, numberFormat] of Object.entries(timeline)) {
    styles[`timeline.${scale}`] = {
      bold: true,
      fontSize: 8,
      rotate: 90,
      horizontal: 'center',
      fill: 'DCE6F2',
      border: thin,
      numberFormat,
    };
  }
  for (const [key, color] of Object.entries(LEGEND)) {
    const dark = ['task', 'done', 'milestone', 'today', 'critical', 'baseline'].includes(key);
    styles[`legend.${key}`] = {
      fill: color,
      bold: true,
      fontColor: dark ? 'FFFFFF' : '1F1F1F',
      horizontal: 'center',
      vertical: 'middle',
      wrap: true,
    };
  }
  for (const [kind, numberFormat] of Object.entries(formats(currency))) {
    const text = kind === 'text' || kind === 'code';
    styles[`input.${kind}`] = {
      fill: INPUT_FILL,
      border: thin,
      numberFormat,
      wrap: text,
      vertical: 'top',
    };
    styles[`calc.${kind}`] = {
      fill: CALC_FILL,
      border: thin,
      numberFormat: text ? undefined : numberFormat,
    };
    // Codes the formulas read (KPI ids, GREEN / AMBER / RED): the same in every language.
    if (kind === 'code') Object.assign(styles[`calc.${kind}`], { fontColor: '5B6B7F' });
  }
  return styles;
}
