/**
 * Who does the work and how it is measured, the last parts of the planning core: the
 * organisation (each role of the schedule with the person or agency who fills it, their skills,
 * training and hours, and the tasks the Schedule gives them) and the measurement plan (each
 * tracked KPI's source, the UTM naming rules and the attribution model).
 */
import { kpi, metricsOf, rawPartsOf, type RawMetric } from '../../kpi/catalogue';
import { cellRef, rangeRef } from '../../workbook/a1';
import type { SheetBuilder } from '../../workbook/builder';
import { calc, header, input, label, type SheetContext } from '../context';
import { LIST_NAMES } from '../names';

/** Roles the organisation table lists at most before its open rows. */
const MAX_ROLES = 20;
/** Open rows for roles the schedule does not name yet. */
const OPEN_ROWS = 2;

export function organisation(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  const { t, plan } = ctx;
  sheet.cell(row, 1, label(t('core.org'), 'section'));
  const columns = ['role', 'who', 'type', 'skills', 'training', 'hours', 'tasks'];
  sheet.row(
    row + 1,
    1,
    columns.map((c) => header(t(`core.org.${c}`))),
  );
  const seen = new Set<string>();
  const roles: (string | null)[] = [];
  for (const task of plan.tasks) {
    const key = task.owner.toLowerCase();
    if (!task.owner || seen.has(key) || roles.length === MAX_ROLES) continue;
    seen.add(key);
    roles.push(task.owner);
  }
  roles.push(...Array<null>(OPEN_ROWS).fill(null));
  const first = row + 2;
  sheet.block(
    first,
    1,
    roles.map((role, i) => {
      const at = cellRef(first + i, 1);
      return [
        input(role),
        input(null),
        input(null),
        input(null),
        input(null),
        input(null, 'decimal'),
        calc(`IF(${at}="","",COUNTIFS(Tasks_Owner,${at}))`, 'integer'),
      ];
    }),
  );
  const last = first + roles.length - 1;
  sheet.validate({
    kind: 'list',
    range: rangeRef(first, 3, last, 3),
    source: LIST_NAMES.staffing,
    allowBlank: true,
  });
  sheet.validate({ kind: 'number', range: rangeRef(first, 6, last, 6), min: 0, max: 168 });
  return last + 1;
}

/** Where each raw metric is usually read: the measurement plan's prefilled source. */
const SOURCE: Record<RawMetric, string> = {
  impressions: 'ads',
  reach: 'ads',
  clicks: 'ads',
  media_spend: 'ads',
  brand_mentions: 'listening',
  category_mentions: 'listening',
  branded_searches: 'search',
  sessions: 'analytics',
  organic_sessions: 'analytics',
  engaged_sessions: 'analytics',
  bounces: 'analytics',
  leads: 'event',
  conversions: 'event',
  orders: 'crm',
  revenue: 'crm',
  customers: 'crm',
  new_customers: 'crm',
  repeat_customers: 'crm',
  customers_at_start: 'crm',
  retained_customers: 'crm',
  churned_customers: 'crm',
  referrals: 'crm',
  emails_delivered: 'email',
  email_opens: 'email',
  email_clicks: 'email',
  unsubscribes: 'email',
  shares: 'social',
  reviews: 'reviews',
  promoters: 'survey',
  detractors: 'survey',
  survey_responses: 'survey',
  other_cost: 'finance',
};

const UTM = ['source', 'medium', 'campaign', 'content', 'term'];

/**
 * Each KPI the Control sheet tracks with its raw metrics and where they come from, then the UTM
 * naming rules and the attribution model.
 */
export function measurementPlan(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  const { t } = ctx;
  sheet.cell(row, 1, label(t('core.measure'), 'section'));
  const columns = ['kpi', 'metrics', 'source', 'event', 'owner', 'frequency'];
  const data = { sheet: ctx.titleOf('data') };
  sheet.row(
    row + 1,
    1,
    columns.map((c) => header(t(`core.measure.${c}`, data))),
  );
  const ids = [...new Set(ctx.control.placed.map((p) => p.kpi))];
  sheet.block(
    row + 2,
    1,
    ids.map((id) => {
      const raw = [...new Set(metricsOf(kpi(id)).flatMap(rawPartsOf))];
      const sources = [...new Set(raw.map((m) => SOURCE[m]))];
      const paid = sources.includes('ads');
      return [
        label(t(`kpi.${id}`), 'calc.text'),
        label(raw.map((m) => t(`metric.${m}`)).join(', '), 'calc.text'),
        input(sources.map((s) => t(`core.source.${s}`)).join(' + ')),
        input(null),
        input(null),
        input(t(`core.frequency.${paid ? 'weekly' : 'monthly'}`)),
      ];
    }),
  );
  // Open rows for KPIs the marketer adds later (chosen by name, as on the SMART rows).
  const open = row + 2 + ids.length;
  sheet.block(
    open,
    1,
    Array.from({ length: OPEN_ROWS }, () => columns.map(() => input(null))),
  );
  sheet.validate({
    kind: 'list',
    range: rangeRef(open, 1, open + OPEN_ROWS - 1, 1),
    source: LIST_NAMES.kpis,
    allowBlank: true,
  });
  let next = open + OPEN_ROWS + 1;
  sheet.cell(next, 1, label(t('core.utm'), 'section'));
  sheet.row(next + 1, 1, [
    header(t('core.utm.parameter')),
    header(t('core.utm.rule')),
    header(t('core.utm.example')),
  ]);
  sheet.block(
    next + 2,
    1,
    UTM.map((p) => [
      label(`utm_${p}`, 'calc.code'),
      input(t(`core.utm.${p}.rule`)),
      input(t(`core.utm.${p}.example`)),
    ]),
  );
  next += 2 + UTM.length + 1;
  sheet.row(next, 1, [label(t('core.attribution')), input(t('core.attribution.dataDriven'))]);
  sheet.validate({
    kind: 'list',
    range: rangeRef(next, 2, next, 2),
    source: LIST_NAMES.attribution,
    allowBlank: true,
  });
  sheet.cell(next + 1, 1, label(t('core.attribution.note'), 'note'));
  return next + 2;
}

/** The attribution models the measurement plan offers, in the drop-down's order. */
export const ATTRIBUTION_MODELS = [
  'dataDriven',
  'lastClick',
  'firstClick',
  'linear',
  'positionBased',
  'timeDecay',
];
