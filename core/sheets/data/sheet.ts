/**
 * Data: the results the marketer enters, one row per calendar month of the plan and channel
 * (and a row per month for results no channel can claim: offline sales, repeat customers, a
 * survey), the channel's kind (paid, owned or earned media, in the plan's language: paid ROAS
 * sums the paid rows), one input column per raw metric, and a count of what each row holds. The
 * Totals, Control and Budget sheets sum these cells by month and channel (Data_Month,
 * Data_Channel, Data_<metric>, Data_Entered, Data_Kind); the sum over the channels' rows and
 * the row of no channel is the month's total.
 */
import { RAW_METRICS } from '../../kpi/catalogue';
import { monthKey, monthsBetween } from '../../dates/months';
import { cellRef, rangeRef } from '../../workbook/a1';
import { SheetBuilder } from '../../workbook/builder';
import type { Cell } from '../../workbook/spec';
import {
  calc,
  defineColumns,
  header,
  input,
  label,
  type SheetContext,
  type SheetEntry,
} from '../context';
import { DATA_CHANNEL, DATA_ENTERED, DATA_KIND, DATA_MONTH, dataName } from '../names';
import { metricKind } from '../styles';
import { figureWidths } from '../layouts/widths';

const HEADER_ROW = 4;
const FIRST_ROW = 5;
const KIND_COL = 3;
const FIRST_METRIC_COL = 4;

export function dataSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t, plan } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  const months = monthsBetween(plan.start, plan.end);
  // The channels' rows, then the row of results that belong to no channel ('').
  const channels = [...plan.channels.map((c) => c.name), ''];
  const kinds = new Map(plan.channels.map((c) => [c.name, t(`channelKind.${c.kind}`)]));
  const results = new Map(plan.results.map((r) => [key(r.month, r.channel), r]));
  const lastMetricCol = FIRST_METRIC_COL + RAW_METRICS.length - 1;
  const enteredCol = lastMetricCol + 1;
  const rows = months.flatMap((month) =>
    channels.map((channel) => ({
      month,
      channel,
      result: results.get(key(monthKey(month), channel)),
    })),
  );
  const lastRow = FIRST_ROW + rows.length - 1;
  sheet.cell(1, 1, label(t('sheet.data'), 'title'));
  sheet.cell(2, 1, label(t('data.intro'), 'subtitle'));
  sheet.row(HEADER_ROW, 1, [
    header(t('data.month')),
    header(t('data.channel')),
    header(t('data.kind')),
    ...RAW_METRICS.map((m) => header(t(`metric.${m}`))),
    header(t('data.entered')),
  ]);
  sheet.block(
    FIRST_ROW,
    1,
    rows.map(({ month, channel, result }, i): Cell[] => [
      label(month, 'calc.month'),
      label(channel || t('data.noChannel'), 'calc.text'),
      label(kinds.get(channel) ?? null, 'calc.text'),
      ...RAW_METRICS.map((m) => input(result?.values[m] ?? null, metricKind(m))),
      calc(
        `COUNTIFS(${rangeRef(FIRST_ROW + i, FIRST_METRIC_COL, FIRST_ROW + i, lastMetricCol)},"<>")`,
        'integer',
      ),
    ]),
  );
  sheet.row(lastRow + 1, 1, [
    label(t('data.total'), 'label'),
    label(null, 'label'),
    label(null, 'label'),
    ...RAW_METRICS.map((m, i) => {
      const c = FIRST_METRIC_COL + i;
      return calc(`SUM(${cellRef(FIRST_ROW, c)}:${cellRef(lastRow, c)})`, metricKind(m));
    }),
  ]);
  sheet.validate({
    kind: 'number',
    range: rangeRef(FIRST_ROW, FIRST_METRIC_COL, lastRow, lastMetricCol),
    min: 0,
  });
  defineColumns(
    ctx,
    sheet.id,
    [FIRST_ROW, lastRow],
    [
      [DATA_MONTH, 1],
      [DATA_CHANNEL, 2],
      [DATA_ENTERED, enteredCol],
      [DATA_KIND, KIND_COL],
      ...RAW_METRICS.map((m, i) => [dataName(m), FIRST_METRIC_COL + i] as const),
    ],
  );
  // One width for every metric's column, amounts and counts alike: one call for the add-ins.
  const figures = figureWidths(plan);
  const width = Math.max(14, figures.money, figures.count);
  sheet.widths(1, [12, 16, 16, ...RAW_METRICS.map(() => width), 9]);
  sheet.height(HEADER_ROW, 44);
  return sheet.freeze(HEADER_ROW, 2);
}

/** A result's key: its month and its channel, matched as the plan matches channels. */
function key(month: string, channel: string): string {
  return `${month}|${channel.toLowerCase()}`;
}
