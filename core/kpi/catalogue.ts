/**
 * The KPI catalogue: every KPI planbook tracks, as data. A KPI is computed from metrics the
 * marketer enters month by month and channel by channel on the Data sheet; ratios are always
 * computed from summed parts (total cost / total conversions), never as an average of monthly
 * ratios.
 * Every KPI carries its RACE stage, AISAS stage and 5S objective, so any framework's workbook
 * can group it by its own stages and still be read in the others' terms.
 */

export type KpiUnit = 'count' | 'currency' | 'ratio' | 'percent' | 'score';
/** Which way is better: more, less, or as close to the target as can be (a budget). */
export type Direction = 'higher' | 'lower' | 'near';
export type FiveS = 'sell' | 'serve' | 'speak' | 'save' | 'sizzle';
export type RaceStage = 'reach' | 'act' | 'convert' | 'engage';
/**
 * AISAS's stages, and "after": AISAS has no retention stage, and its Share is sharing (reviews,
 * shares, referrals, NPS), so retention, churn, repeat purchase and lifetime value sit in an
 * "after the sale" group of its own (FRAMEWORKS.md).
 */
export type AisasStage = 'attention' | 'interest' | 'search' | 'action' | 'share' | 'after';
/** The stage tags a KPI carries, and each tag's stages in funnel order. */
export type StageTag = 'race' | 'aisas';
export const TAG_STAGES: Record<StageTag, readonly string[]> = {
  race: ['reach', 'act', 'convert', 'engage'],
  aisas: ['attention', 'interest', 'search', 'action', 'share'],
};
/** The groups of each tag's KPIs in Control's order: its stages, then any group outside them. */
export const TAG_GROUPS: Record<StageTag, readonly string[]> = {
  race: TAG_STAGES.race,
  aisas: [...TAG_STAGES.aisas, 'after'],
};

export const FIVE_S: readonly FiveS[] = ['sell', 'serve', 'speak', 'save', 'sizzle'];
export const DIRECTIONS: readonly Direction[] = ['higher', 'lower', 'near'];

/**
 * Raw metrics: counts or amounts entered on the Data sheet per month and channel. Cost comes in
 * two parts: media spend (what ad platforms charge: the base of CPC, CPM and ROAS) and other
 * marketing cost (agency, tools, production), which with media spend makes the total marketing
 * cost that CPA, CPL, CAC and marketing ROI divide by.
 */
export const RAW_METRICS = [
  'impressions',
  'reach',
  'clicks',
  'brand_mentions',
  'category_mentions',
  'branded_searches',
  'sessions',
  'organic_sessions',
  'engaged_sessions',
  'bounces',
  'leads',
  'conversions',
  'orders',
  'revenue',
  'media_spend',
  'other_cost',
  'customers',
  'new_customers',
  'repeat_customers',
  'customers_at_start',
  'retained_customers',
  'churned_customers',
  'emails_delivered',
  'email_opens',
  'email_clicks',
  'unsubscribes',
  'shares',
  'reviews',
  'referrals',
  'promoters',
  'detractors',
  'survey_responses',
] as const;
export type RawMetric = (typeof RAW_METRICS)[number];

/** Raw metrics measured in money (formatted in the plan's currency). */
export const MONEY_METRICS: readonly RawMetric[] = ['revenue', 'media_spend', 'other_cost'];

/**
 * The business's economics the Settings sheet asks for: gross margin (a share of revenue),
 * purchases per customer per year, and the years a customer stays. Gross profit, marketing ROI
 * and lifetime value need them; until they are filled those KPIs show blank.
 */
export const ECONOMICS = ['grossMargin', 'purchasesPerYear', 'lifespanYears'] as const;
export type Economic = (typeof ECONOMICS)[number];

/**
 * Metrics computed from raw metrics (and the economics): a sum, a difference, a raw metric
 * times an economic factor, or a raw metric on the rows of paid-media channels alone (the
 * channel kind the plan gives each channel, on the Data sheet's Kind column).
 */
export type DerivedMetricRule =
  | { kind: 'sum'; of: readonly [Metric, Metric] }
  | { kind: 'difference'; of: readonly [Metric, Metric] }
  | { kind: 'times'; of: Metric; by: Economic }
  | { kind: 'paid'; of: RawMetric };

export const DERIVED_METRIC_IDS = [
  'marketing_cost',
  'gross_profit',
  'marketing_return',
  'paid_revenue',
  'paid_media_spend',
  'net_promoters',
] as const;
export type DerivedMetric = (typeof DERIVED_METRIC_IDS)[number];
export type Metric = RawMetric | DerivedMetric;

export const DERIVED_METRICS: Record<DerivedMetric, DerivedMetricRule> = {
  marketing_cost: { kind: 'sum', of: ['media_spend', 'other_cost'] },
  gross_profit: { kind: 'times', of: 'revenue', by: 'grossMargin' },
  marketing_return: { kind: 'difference', of: ['gross_profit', 'marketing_cost'] },
  paid_revenue: { kind: 'paid', of: 'revenue' },
  paid_media_spend: { kind: 'paid', of: 'media_spend' },
  net_promoters: { kind: 'difference', of: ['promoters', 'detractors'] },
};

/** Every metric a KPI can be computed from: the raw ones, then the derived ones in order. */
export const METRICS: readonly Metric[] = [...RAW_METRICS, ...DERIVED_METRIC_IDS];

export function isDerived(metric: Metric): metric is DerivedMetric {
  return metric in DERIVED_METRICS;
}

/**
 * How a KPI's actual is computed from metrics summed over its months:
 * - total: the sum of one metric (a volume; its target is phased over its period);
 * - ratio: sum(numerator) / sum(denominator) × scale × the economic factors (a rate).
 */
export type KpiFormula =
  | { kind: 'total'; metric: Metric }
  | {
      kind: 'ratio';
      numerator: Metric;
      denominator: Metric;
      scale?: number;
      factors?: readonly Economic[];
    };

export interface KpiDefinition {
  id: string;
  unit: KpiUnit;
  direction: Direction;
  formula: KpiFormula;
  race: RaceStage;
  aisas: AisasStage;
  fiveS: FiveS;
}

const total = (metric: Metric): KpiFormula => ({ kind: 'total', metric });
const ratio = (
  numerator: Metric,
  denominator: Metric,
  scale?: number,
  factors?: readonly Economic[],
): KpiFormula => ({ kind: 'ratio', numerator, denominator, scale, factors });

type Row = [string, KpiUnit, Direction, KpiFormula, RaceStage, AisasStage, FiveS];

// prettier-ignore
const ROWS: Row[] = [
  // Reach: awareness across paid, owned and earned media.
  ['impressions', 'count', 'higher', total('impressions'), 'reach', 'attention', 'sizzle'],
  ['reach', 'count', 'higher', total('reach'), 'reach', 'attention', 'sizzle'],
  ['ctr', 'percent', 'higher', ratio('clicks', 'impressions'), 'reach', 'interest', 'speak'],
  ['cpc', 'currency', 'lower', ratio('media_spend', 'clicks'), 'reach', 'interest', 'save'],
  ['cpm', 'currency', 'lower', ratio('media_spend', 'impressions', 1000), 'reach', 'attention', 'save'],
  ['media_spend', 'currency', 'near', total('media_spend'), 'reach', 'attention', 'save'],
  ['share_of_voice', 'percent', 'higher', ratio('brand_mentions', 'category_mentions'), 'reach', 'attention', 'sizzle'],
  ['clicks', 'count', 'higher', total('clicks'), 'reach', 'interest', 'speak'],
  ['branded_searches', 'count', 'higher', total('branded_searches'), 'reach', 'search', 'sizzle'],
  ['sessions', 'count', 'higher', total('sessions'), 'reach', 'search', 'sizzle'],
  ['organic_sessions', 'count', 'higher', total('organic_sessions'), 'reach', 'search', 'sizzle'],
  // Act: interactions and leads.
  ['engagement_rate', 'percent', 'higher', ratio('engaged_sessions', 'sessions'), 'act', 'interest', 'speak'],
  ['bounce_rate', 'percent', 'lower', ratio('bounces', 'sessions'), 'act', 'interest', 'serve'],
  ['leads', 'count', 'higher', total('leads'), 'act', 'action', 'sell'],
  ['lead_rate', 'percent', 'higher', ratio('leads', 'sessions'), 'act', 'action', 'sell'],
  ['cpl', 'currency', 'lower', ratio('marketing_cost', 'leads'), 'act', 'action', 'save'],
  ['open_rate', 'percent', 'higher', ratio('email_opens', 'emails_delivered'), 'act', 'interest', 'speak'],
  ['ctor', 'percent', 'higher', ratio('email_clicks', 'email_opens'), 'act', 'interest', 'speak'],
  ['unsubscribe_rate', 'percent', 'lower', ratio('unsubscribes', 'emails_delivered'), 'act', 'interest', 'serve'],
  // Convert: sales online and offline.
  ['conversions', 'count', 'higher', total('conversions'), 'convert', 'action', 'sell'],
  ['orders', 'count', 'higher', total('orders'), 'convert', 'action', 'sell'],
  ['revenue', 'currency', 'higher', total('revenue'), 'convert', 'action', 'sell'],
  ['customers', 'count', 'higher', total('customers'), 'convert', 'action', 'sell'],
  ['new_customers', 'count', 'higher', total('new_customers'), 'convert', 'action', 'sell'],
  ['marketing_cost', 'currency', 'near', total('marketing_cost'), 'convert', 'action', 'save'],
  ['cvr', 'percent', 'higher', ratio('conversions', 'sessions'), 'convert', 'action', 'sell'],
  ['cpa', 'currency', 'lower', ratio('marketing_cost', 'conversions'), 'convert', 'action', 'save'],
  ['cac', 'currency', 'lower', ratio('marketing_cost', 'new_customers'), 'convert', 'action', 'save'],
  // ROAS is the paid channels' own: their revenue over their media spend. Blended ROAS divides
  // all revenue (organic, email, offline included) by the media spend, and says so in its name.
  ['roas', 'ratio', 'higher', ratio('paid_revenue', 'paid_media_spend'), 'convert', 'action', 'sell'],
  ['blended_roas', 'ratio', 'higher', ratio('revenue', 'media_spend'), 'convert', 'action', 'sell'],
  ['roi', 'percent', 'higher', ratio('marketing_return', 'marketing_cost'), 'convert', 'action', 'sell'],
  ['aov', 'currency', 'higher', ratio('revenue', 'orders'), 'convert', 'action', 'sell'],
  ['revenue_per_customer', 'currency', 'higher', ratio('revenue', 'customers'), 'convert', 'action', 'sell'],
  // Engage: loyalty and advocacy.
  ['retention_rate', 'percent', 'higher', ratio('retained_customers', 'customers_at_start'), 'engage', 'after', 'serve'],
  ['churn_rate', 'percent', 'lower', ratio('churned_customers', 'customers_at_start'), 'engage', 'after', 'serve'],
  ['repeat_rate', 'percent', 'higher', ratio('repeat_customers', 'customers'), 'engage', 'after', 'serve'],
  // Lifetime value: average order value × purchases a year × gross margin × years a customer stays.
  ['clv', 'currency', 'higher', ratio('revenue', 'orders', 1, ['purchasesPerYear', 'grossMargin', 'lifespanYears']), 'engage', 'after', 'sell'],
  ['nps', 'score', 'higher', ratio('net_promoters', 'survey_responses', 100), 'engage', 'share', 'serve'],
  ['shares', 'count', 'higher', total('shares'), 'engage', 'share', 'speak'],
  ['reviews', 'count', 'higher', total('reviews'), 'engage', 'share', 'speak'],
  ['referrals', 'count', 'higher', total('referrals'), 'engage', 'share', 'sell'],
];

export const KPI_CATALOGUE: readonly KpiDefinition[] = ROWS.map(
  ([id, unit, direction, formula, race, aisas, fiveS]) => ({
    id,
    unit,
    direction,
    formula,
    race,
    aisas,
    fiveS,
  }),
);

const BY_ID = new Map(KPI_CATALOGUE.map((k) => [k.id, k]));

/** The catalogue entry for a KPI id, or undefined. */
export function findKpi(id: string): KpiDefinition | undefined {
  return BY_ID.get(id);
}

/** The catalogue entry for a KPI id; throws for an unknown id (validation comes first). */
export function kpi(id: string): KpiDefinition {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown KPI: ${id}`);
  return found;
}

/** The raw metrics a metric is made of (itself, when it is raw). */
export function rawPartsOf(metric: Metric): RawMetric[] {
  if (!isDerived(metric)) return [metric];
  const rule = DERIVED_METRICS[metric];
  const parts = rule.kind === 'times' || rule.kind === 'paid' ? [rule.of] : [...rule.of];
  return [...new Set(parts.flatMap(rawPartsOf))];
}

/** The metrics a KPI is computed from: its numerator and denominator, or its one metric. */
export function metricsOf(def: KpiDefinition): Metric[] {
  const f = def.formula;
  return f.kind === 'total' ? [f.metric] : [f.numerator, f.denominator];
}

/** The economic inputs a KPI needs, through its factors and its derived metrics. */
export function economicsOf(def: KpiDefinition): Economic[] {
  const needs = new Set<Economic>(def.formula.kind === 'ratio' ? def.formula.factors : []);
  const visit = (m: Metric) => {
    if (!isDerived(m)) return;
    const rule = DERIVED_METRICS[m];
    if (rule.kind === 'times') {
      needs.add(rule.by);
      visit(rule.of);
    } else if (rule.kind !== 'paid') rule.of.forEach(visit);
  };
  metricsOf(def).forEach(visit);
  return ECONOMICS.filter((e) => needs.has(e));
}

/**
 * A volume KPI (a total) accrues over its period, so its actual to date is compared with its
 * phased target to date; a rate KPI (a ratio) with where its straight path from baseline to
 * target stands.
 */
export function isVolume(def: KpiDefinition): boolean {
  return def.formula.kind === 'total';
}

/**
 * Volume KPIs that add up to a meaningful whole. A Control section holding two or more of a
 * group's members gets a subtotal row: the members' sums, with variance, attainment and status
 * recomputed from those sums.
 */
export const KPI_GROUPS: readonly { id: string; members: readonly string[] }[] = [
  { id: 'advocacy', members: ['shares', 'reviews', 'referrals'] },
];
