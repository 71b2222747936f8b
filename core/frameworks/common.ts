/**
 * Default tasks every framework's schedule shares: the always-on activities that run from the
 * launch to the plan's end, and the control work (reviews, time kept free for reactive work).
 */
import type { DefaultTask } from './types';

/** The planning that opens RACE's and AISAS's schedules: the audit, then the objectives. */
/**
 * The KPIs of the stage where the sale happens (RACE's Convert, AISAS's Action): volumes, cost,
 * rates, and ROAS twice — the paid channels' own and the blended one beside it.
 */
export const SALE_KPIS = [
  'conversions',
  'revenue',
  'marketing_cost',
  'cvr',
  'cpa',
  'roas',
  'blended_roas',
  'aov',
];

export const PLANNING_WORK: DefaultTask[] = [
  { key: 'digital_audit', channel: null, days: 5, role: 'lead' },
  { key: 'set_objectives', channel: null, days: 2, after: 'digital_audit', role: 'lead' },
];

/** An always-on activity: from the launch to the plan's last working day. */
function alwaysOn(key: string, channel: string | null, role: string): DefaultTask {
  return { key, channel, days: 1, after: 'launch', alwaysOn: true, role };
}

export const CONTENT_ALWAYS_ON = alwaysOn('content_publishing', 'Content', 'content');
export const SOCIAL_ALWAYS_ON = alwaysOn('social_posting', 'Social', 'social');
export const EMAIL_ALWAYS_ON = alwaysOn('email_newsletter', 'Email', 'crm');
export const PAID_ALWAYS_ON = alwaysOn('paid_media', 'PPC', 'ads');

/** The always-on activities of the channel mix, in the order they are scheduled. */
export const ALWAYS_ON: DefaultTask[] = [
  CONTENT_ALWAYS_ON,
  SOCIAL_ALWAYS_ON,
  EMAIL_ALWAYS_ON,
  PAID_ALWAYS_ON,
];

/**
 * Control work: the review rhythm the Reviews sheet lists (monthly, weekly for paid media) and
 * time kept free for reactive work (news, competitors' moves, new technology).
 */
export const CONTROL_WORK: DefaultTask[] = [
  alwaysOn('kpi_review', null, 'analyst'),
  alwaysOn('reactive_work', null, 'lead'),
];
