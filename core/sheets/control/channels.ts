/**
 * The Control sheet's section per channel: the channel's spend (media and other cost entered on
 * its Data rows) against its budget to date from the Budget sheet, with the direction "near"
 * (overspending and underspending both lose status), and its clicks, conversions, revenue, CPC,
 * CPA, CVR and ROAS from its own rows of the Data sheet, against the targets the plan gives
 * them (inputs here). Like with like: a channel is measured through the report date when its
 * month has results for the channel, else through the end of the last month that has.
 */
import { kpi, type Metric } from '../../kpi/catalogue';
import { cellRef, rangeRef, sheetPrefix } from '../../workbook/a1';
import type { Cell } from '../../workbook/spec';
import { budgetChannelRow, budgetMonthColumns } from '../layouts/budget';
import { calc, input, label, type SheetContext } from '../context';
import { CONTROL_COLUMNS, type ChannelBlock, type ChannelMeasure } from '../layouts/control';
import { comparison, kpiCall, rowOf, rowRefs } from './rows';
import { metricEntries, metricSum, ownMetric } from '../formulas/metric-sums';
import { channelSpendDueBy } from '../formulas/spend-due';
import { GANTT, taskColumn } from '../layouts/schedule';
import { BUDGET_MONTHS, DATA_CHANNEL, DATA_MONTH, TOTALS } from '../names';
import { kindOfUnit } from '../styles';
import { numberIn } from '../../workbook/formulas';

/** The KPI each measure is (spend is the channel's marketing cost). */
const KPI_OF: Record<ChannelMeasure, string> = {
  spend: 'marketing_cost',
  clicks: 'clicks',
  conversions: 'conversions',
  revenue: 'revenue',
  cpc: 'cpc',
  cpa: 'cpa',
  cvr: 'cvr',
  roas: 'roas',
};

/** The channel's title row and a row per measure, each at its row of the layout. */
export function channelRows(ctx: SheetContext, block: ChannelBlock): [number, Cell[]][] {
  // The name cell holds the channel exactly as the Data sheet's rows name it: its rows read it.
  const kind = ctx.plan.channels[block.index]?.kind ?? 'owned';
  const title = rowOf(
    {
      name: label(block.channel, 'section'),
      baseline: label(ctx.t(`channelKind.${kind}`), 'section'),
    },
    label(null, 'section'),
  );
  const measures = Object.entries(block.rows) as [ChannelMeasure, number][];
  return [
    [block.titleRow, title],
    ...measures.map(([m, row]): [number, Cell[]] => [row, measureRow(ctx, block, m, row)]),
  ];
}

function measureRow(
  ctx: SheetContext,
  block: ChannelBlock,
  measure: ChannelMeasure,
  row: number,
): Cell[] {
  const { t, plan } = ctx;
  const def = kpi(KPI_OF[measure]);
  const kind = kindOfUnit(def.unit);
  const ref = rowRefs(row);
  const first = rowRefs(block.rows.spend);
  const channel = cellRef(block.titleRow, CONTROL_COLUMNS.name, { absRow: true, absCol: true });
  const through = measure === 'spend' ? channelThrough(channel) : first.through;
  const criteria = `${DATA_CHANNEL},${channel},${DATA_MONTH},"<="&${ref.through}`;
  const f = def.formula;
  // A channel's own rows: its ROAS is its revenue over its media spend, whatever its kind.
  const [numerator, denominator]: [Metric, Metric | ''] =
    f.kind === 'total' ? [f.metric, ''] : [ownMetric(f.numerator), ownMetric(f.denominator)];
  const sum = (m: Metric) => metricSum(m, criteria);
  const entered = `${metricEntries(numerator, criteria)}>0`;
  const value = denominator
    ? `IF(${sum(denominator)}=0,"",${sum(numerator)}/${sum(denominator)})`
    : sum(numerator);
  const asOf = `IF(${ref.through}="",MIN(ReportDate,PlanEnd),${ref.through})`;
  const budget = budgetRow(ctx, block.index);
  const target: Cell =
    measure === 'spend'
      ? calc(`SUM(${budget})`, kind)
      : input(plan.channels[block.index]?.targets[measure] ?? null, kind);
  const compare: Cell =
    measure === 'spend'
      ? calc(budgetToDate(ctx, channel, budget, asOf), kind)
      : denominator
        ? calc(`IF(${ref.target}="","",${ref.target})`, kind)
        : kpiCall(ctx, 'TARGET_TO_DATE', [ref.target, 'PlanStart', 'PlanEnd', asOf], kind, notYet);
  const forecast: Cell =
    measure === 'spend'
      ? calc(
          `IF(OR(${ref.actual}="",${numberIn(ref.targetToDate)}=0),"",${ref.actual}*${ref.target}/${ref.targetToDate})`,
          kind,
        )
      : denominator
        ? label(null, `calc.${kind}`)
        : kpiCall(ctx, 'FORECAST', [ref.actual, 'PlanStart', 'PlanEnd', asOf], kind, notYet);
  const direction = measure === 'spend' ? 'near' : def.direction;
  const code = (value: string | null) => label(value, 'calc.code');
  return rowOf(
    {
      kpi: code(def.id),
      name: label(measureName(ctx, block, measure, row), 'calc.text'),
      race: label(t(`race.${def.race}.name`), 'calc.text'),
      aisas: label(t(`aisas.${def.aisas}.name`), 'calc.text'),
      fiveS: label(t(`fiveS.${def.fiveS}.name`), 'calc.text'),
      unit: label(t(`unit.${def.unit}`), 'calc.text'),
      direction: label(t(`direction.${direction}`), 'calc.text'),
      directionCode: code(direction),
      target,
      start: calc('PlanStart', 'date'),
      end: calc('PlanEnd', 'date'),
      tolerance: { formula: 'Tolerance', style: 'input.percent' },
      actual: calc(`IF(${ref.through}="","",IF(${entered},${value},""))`, kind),
      targetToDate: compare,
      ...comparison(ctx, ref, kind),
      pace: denominator
        ? label(null, 'calc.percent')
        : calc(
            `IF(OR(${ref.actual}="",${numberIn(ref.targetToDate)}=0),"",${ref.actual}/${ref.targetToDate})`,
            'percent',
          ),
      forecast,
      through:
        measure === 'spend'
          ? calc(through, 'date')
          : calc(`IF(${through}="","",${through})`, 'date'),
      numerator: code(numerator),
      denominator: code(denominator || null),
    },
    label(null, 'calc.text'),
  );
}

/** The measure's name; among the untargeted rows, below its channel's section, with the channel's. */
function measureName(ctx: SheetContext, block: ChannelBlock, measure: ChannelMeasure, row: number) {
  const name = measure === 'spend' ? ctx.t('control.spend') : ctx.t(`kpi.${KPI_OF[measure]}`);
  const untargeted = ctx.control.untargetedRow;
  return untargeted !== undefined && row > untargeted ? `${block.channel} · ${name}` : name;
}

const notYet = (f: string) => `IF(ReportDate<PlanStart,"",${f})`;

/** The last day a channel's results count (see the module's comment). */
function channelThrough(channel: string): string {
  const reportMonth = `MATCH(MIN(ReportDate,PlanEnd),${TOTALS.month},1)`;
  const latest = `INDEX(${TOTALS.latestByChannel},${reportMonth},MATCH(${channel},${TOTALS.channels},0))`;
  const monthEnd = `EOMONTH(INDEX(${TOTALS.month},${latest}),0)`;
  const through = `IF(${latest}=0,"",IF(${latest}=${reportMonth},MIN(ReportDate,PlanEnd),${monthEnd}))`;
  return `IF(ReportDate<PlanStart,"",IFERROR(${through},""))`;
}

/** The channel's planned spend by month: its row on the Budget sheet. */
function budgetRow(ctx: SheetContext, index: number): string {
  const row = budgetChannelRow(index);
  const [first, last] = budgetMonthColumns(ctx.plan);
  return `${sheetPrefix(ctx.titleOf('budget'))}${rangeRef(row, first, row, last, true)}`;
}

/** The channel's budget due by a day: as its tasks spend, the rest as its Budget row spreads it. */
function budgetToDate(ctx: SheetContext, channel: string, budget: string, day: string): string {
  const title = ctx.titleOf('schedule');
  const column = (col: number) => taskColumn(ctx.plan, title, col);
  const spending = {
    startCount: column(GANTT.col.startCount),
    endCount: column(GANTT.col.endCount),
    dailyBudget: column(GANTT.col.dailyBudget),
    budgetOffset: column(GANTT.col.budgetOffset),
  };
  return notYet(channelSpendDueBy(spending, channel, { row: budget, months: BUDGET_MONTHS }, day));
}
