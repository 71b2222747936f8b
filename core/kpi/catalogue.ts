/**
 * The KPI catalogue: every KPI planbook tracks, as data. A KPI is computed from raw metrics
 * that the marketer enters month by month on the Data sheet; ratios are always computed from
 * summed parts (total cost / total conversions), never as an average of monthly ratios.
 */

export type KpiUnit = 'count' | 'currency' | 'ratio' | 'percent' | 'score';
export type Direction = 'higher' | 'lower';
export type FiveS = 'sell' | 'serve' | 'speak' | 'save' | 'sizzle';
export type RaceStage = 'reach' | 'act' | 'convert' | 'engage';
export type AisasStage = 'attention' | 'interest' | 'search' | 'action' | 'share';

export const FIVE_S: readonly FiveS[] = ['sell', 'serve', 'speak', 'save', 'sizzle'];
export const DIRECTIONS: readonly Direction[] = ['higher', 'lower'];

/** Raw metrics: monthly counts or amounts entered on the Data sheet. */
export const RAW_METRICS = [
  'impressions',
  'clicks',
  'sessions',
  'engaged_sessions',
  'bounces',
  'leads',
  'conversions',
  'orders',
  'revenue',
  'cost',
  'customers',
  'repeat_customers',
  'emails_delivered',
  'email_opens',
  'email_clicks',
  'unsubscribes',
] as const;
export type RawMetric = (typeof RAW_METRICS)[number];

/** Raw metrics measured in money (formatted in the plan's currency). */
export const MONEY_METRICS: readonly RawMetric[] = ['revenue', 'cost'];

/**
 * How a KPI's actual is computed from its raw metrics:
 * - total: the sum of one metric (a volume; its target is spread over its period);
 * - ratio: sum(numerator) / sum(denominator) × scale (a rate);
 * - return: (sum(gain) − sum(cost)) / sum(cost) (a rate).
 */
export type KpiFormula =
  | { kind: 'total'; metric: RawMetric }
  | { kind: 'ratio'; numerator: RawMetric; denominator: RawMetric; scale?: number }
  | { kind: 'return'; gain: RawMetric; cost: RawMetric };

export interface KpiDefinition {
  id: string;
  unit: KpiUnit;
  direction: Direction;
  formula: KpiFormula;
  race: RaceStage;
  aisas: AisasStage;
  fiveS: FiveS;
}

type Tags = Pick<KpiDefinition, 'race' | 'aisas' | 'fiveS'>;

function total(metric: RawMetric, unit: KpiUnit, tags: Tags, direction: Direction = 'higher') {
  return { id: metric, unit, direction, formula: { kind: 'total', metric } as KpiFormula, ...tags };
}

function ratio(
  id: string,
  [numerator, denominator, scale]: [RawMetric, RawMetric, number?],
  unit: KpiUnit,
  direction: Direction,
  tags: Tags,
): KpiDefinition {
  return {
    id,
    unit,
    direction,
    formula: { kind: 'ratio', numerator, denominator, scale },
    ...tags,
  };
}

export const KPI_CATALOGUE: readonly KpiDefinition[] = [
  total('impressions', 'count', { race: 'reach', aisas: 'attention', fiveS: 'sizzle' }),
  total('clicks', 'count', { race: 'reach', aisas: 'interest', fiveS: 'speak' }),
  total('sessions', 'count', { race: 'reach', aisas: 'search', fiveS: 'sizzle' }),
  total('leads', 'count', { race: 'act', aisas: 'action', fiveS: 'sell' }),
  total('conversions', 'count', { race: 'convert', aisas: 'action', fiveS: 'sell' }),
  total('orders', 'count', { race: 'convert', aisas: 'action', fiveS: 'sell' }),
  total('revenue', 'currency', { race: 'convert', aisas: 'action', fiveS: 'sell' }),
  total('customers', 'count', { race: 'convert', aisas: 'action', fiveS: 'sell' }),
  total('cost', 'currency', { race: 'convert', aisas: 'action', fiveS: 'save' }, 'lower'),
  ratio('ctr', ['clicks', 'impressions'], 'percent', 'higher', {
    race: 'reach',
    aisas: 'interest',
    fiveS: 'speak',
  }),
  ratio('cpc', ['cost', 'clicks'], 'currency', 'lower', {
    race: 'reach',
    aisas: 'interest',
    fiveS: 'save',
  }),
  ratio('cpm', ['cost', 'impressions', 1000], 'currency', 'lower', {
    race: 'reach',
    aisas: 'attention',
    fiveS: 'save',
  }),
  ratio('engagement_rate', ['engaged_sessions', 'sessions'], 'percent', 'higher', {
    race: 'act',
    aisas: 'interest',
    fiveS: 'speak',
  }),
  ratio('bounce_rate', ['bounces', 'sessions'], 'percent', 'lower', {
    race: 'act',
    aisas: 'interest',
    fiveS: 'serve',
  }),
  ratio('lead_rate', ['leads', 'sessions'], 'percent', 'higher', {
    race: 'act',
    aisas: 'action',
    fiveS: 'sell',
  }),
  ratio('cpl', ['cost', 'leads'], 'currency', 'lower', {
    race: 'act',
    aisas: 'action',
    fiveS: 'save',
  }),
  ratio('open_rate', ['email_opens', 'emails_delivered'], 'percent', 'higher', {
    race: 'act',
    aisas: 'interest',
    fiveS: 'speak',
  }),
  ratio('ctor', ['email_clicks', 'email_opens'], 'percent', 'higher', {
    race: 'act',
    aisas: 'interest',
    fiveS: 'speak',
  }),
  ratio('unsubscribe_rate', ['unsubscribes', 'emails_delivered'], 'percent', 'lower', {
    race: 'act',
    aisas: 'share',
    fiveS: 'serve',
  }),
  ratio('cvr', ['conversions', 'sessions'], 'percent', 'higher', {
    race: 'convert',
    aisas: 'action',
    fiveS: 'sell',
  }),
  ratio('cpa', ['cost', 'conversions'], 'currency', 'lower', {
    race: 'convert',
    aisas: 'action',
    fiveS: 'save',
  }),
  ratio('cac', ['cost', 'customers'], 'currency', 'lower', {
    race: 'convert',
    aisas: 'action',
    fiveS: 'save',
  }),
  ratio('roas', ['revenue', 'cost'], 'ratio', 'higher', {
    race: 'convert',
    aisas: 'action',
    fiveS: 'sell',
  }),
  {
    id: 'roi',
    unit: 'percent',
    direction: 'higher',
    formula: { kind: 'return', gain: 'revenue', cost: 'cost' },
    race: 'convert',
    aisas: 'action',
    fiveS: 'sell',
  },
  ratio('aov', ['revenue', 'orders'], 'currency', 'higher', {
    race: 'convert',
    aisas: 'action',
    fiveS: 'sell',
  }),
  ratio('repeat_rate', ['repeat_customers', 'customers'], 'percent', 'higher', {
    race: 'engage',
    aisas: 'share',
    fiveS: 'serve',
  }),
];

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
  return [f.gain, f.cost];
}

/**
 * A volume KPI (a total) accrues over its period, so its actual to date is compared with its
 * target to date; a rate KPI (a ratio) is compared with its target as it stands.
 */
export function isVolume(def: KpiDefinition): boolean {
  return def.formula.kind === 'total';
}
