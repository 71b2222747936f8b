/**
 * The KPI catalogue: every KPI planbook tracks, as data. A KPI is computed from raw metrics
 * that the marketer enters month by month on the Data sheet; ratios are always computed from
 * summed parts (total cost / total conversions), never as an average of monthly ratios.
 * Every KPI carries its RACE stage, AISAS stage and 5S objective, so any framework's workbook
 * can group it by its own stages and still be read in the others' terms.
 */

export type KpiUnit = 'count' | 'currency' | 'ratio' | 'percent' | 'score';
export type Direction = 'higher' | 'lower';
export type FiveS = 'sell' | 'serve' | 'speak' | 'save' | 'sizzle';
export type RaceStage = 'reach' | 'act' | 'convert' | 'engage';
export type AisasStage = 'attention' | 'interest' | 'search' | 'action' | 'share';
/** The stage tags a KPI carries, and each tag's stages in funnel order. */
export type StageTag = 'race' | 'aisas';
export const TAG_STAGES: Record<StageTag, readonly string[]> = {
  race: ['reach', 'act', 'convert', 'engage'],
  aisas: ['attention', 'interest', 'search', 'action', 'share'],
};

export const FIVE_S: readonly FiveS[] = ['sell', 'serve', 'speak', 'save', 'sizzle'];
export const DIRECTIONS: readonly Direction[] = ['higher', 'lower'];

/** Raw metrics: monthly counts or amounts entered on the Data sheet. */
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
  'cost',
  'customers',
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
export const MONEY_METRICS: readonly RawMetric[] = ['revenue', 'cost'];

/**
 * How a KPI's actual is computed from its raw metrics:
 * - total: the sum of one metric (a volume; its target is spread over its period);
 * - ratio: sum(numerator) / sum(denominator) × scale (a rate);
 * - net: (sum(plus) − sum(minus)) / sum(base) × scale (a rate: ROI, NPS).
 */
export type KpiFormula =
  | { kind: 'total'; metric: RawMetric }
  | { kind: 'ratio'; numerator: RawMetric; denominator: RawMetric; scale?: number }
  | { kind: 'net'; plus: RawMetric; minus: RawMetric; base: RawMetric; scale?: number };

export interface KpiDefinition {
  id: string;
  unit: KpiUnit;
  direction: Direction;
  formula: KpiFormula;
  race: RaceStage;
  aisas: AisasStage;
  fiveS: FiveS;
}

const total = (metric: RawMetric): KpiFormula => ({ kind: 'total', metric });
const ratio = (numerator: RawMetric, denominator: RawMetric, scale?: number): KpiFormula => ({
  kind: 'ratio',
  numerator,
  denominator,
  scale,
});
const net = (plus: RawMetric, minus: RawMetric, base: RawMetric, scale?: number): KpiFormula => ({
  kind: 'net',
  plus,
  minus,
  base,
  scale,
});

type Row = [string, KpiUnit, Direction, KpiFormula, RaceStage, AisasStage, FiveS];

// prettier-ignore
const ROWS: Row[] = [
  // Reach: awareness across paid, owned and earned media.
  ['impressions', 'count', 'higher', total('impressions'), 'reach', 'attention', 'sizzle'],
  ['reach', 'count', 'higher', total('reach'), 'reach', 'attention', 'sizzle'],
  ['ctr', 'percent', 'higher', ratio('clicks', 'impressions'), 'reach', 'interest', 'speak'],
  ['cpc', 'currency', 'lower', ratio('cost', 'clicks'), 'reach', 'interest', 'save'],
  ['cpm', 'currency', 'lower', ratio('cost', 'impressions', 1000), 'reach', 'attention', 'save'],
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
  ['cpl', 'currency', 'lower', ratio('cost', 'leads'), 'act', 'action', 'save'],
  ['open_rate', 'percent', 'higher', ratio('email_opens', 'emails_delivered'), 'act', 'interest', 'speak'],
  ['ctor', 'percent', 'higher', ratio('email_clicks', 'email_opens'), 'act', 'interest', 'speak'],
  ['unsubscribe_rate', 'percent', 'lower', ratio('unsubscribes', 'emails_delivered'), 'act', 'share', 'serve'],
  // Convert: sales online and offline.
  ['conversions', 'count', 'higher', total('conversions'), 'convert', 'action', 'sell'],
  ['orders', 'count', 'higher', total('orders'), 'convert', 'action', 'sell'],
  ['revenue', 'currency', 'higher', total('revenue'), 'convert', 'action', 'sell'],
  ['customers', 'count', 'higher', total('customers'), 'convert', 'action', 'sell'],
  ['cost', 'currency', 'lower', total('cost'), 'convert', 'action', 'save'],
  ['cvr', 'percent', 'higher', ratio('conversions', 'sessions'), 'convert', 'action', 'sell'],
  ['cpa', 'currency', 'lower', ratio('cost', 'conversions'), 'convert', 'action', 'save'],
  ['cac', 'currency', 'lower', ratio('cost', 'customers'), 'convert', 'action', 'save'],
  ['roas', 'ratio', 'higher', ratio('revenue', 'cost'), 'convert', 'action', 'sell'],
  ['roi', 'percent', 'higher', net('revenue', 'cost', 'cost'), 'convert', 'action', 'sell'],
  ['aov', 'currency', 'higher', ratio('revenue', 'orders'), 'convert', 'action', 'sell'],
  // Engage: loyalty and advocacy.
  ['retention_rate', 'percent', 'higher', ratio('retained_customers', 'customers_at_start'), 'engage', 'share', 'serve'],
  ['churn_rate', 'percent', 'lower', ratio('churned_customers', 'customers_at_start'), 'engage', 'share', 'serve'],
  ['repeat_rate', 'percent', 'higher', ratio('repeat_customers', 'customers'), 'engage', 'share', 'serve'],
  ['clv', 'currency', 'higher', ratio('revenue', 'customers'), 'engage', 'share', 'sell'],
  ['nps', 'score', 'higher', net('promoters', 'detractors', 'survey_responses', 100), 'engage', 'share', 'serve'],
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

/** The raw metrics a KPI is computed from. */
export function metricsOf(def: KpiDefinition): RawMetric[] {
  const f = def.formula;
  if (f.kind === 'total') return [f.metric];
  if (f.kind === 'ratio') return [f.numerator, f.denominator];
  return [...new Set([f.plus, f.minus, f.base])];
}

/**
 * A volume KPI (a total) accrues over its period, so its actual to date is compared with its
 * target to date; a rate KPI (a ratio) is compared with its target as it stands.
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
