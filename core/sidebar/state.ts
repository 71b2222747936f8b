/**
 * The sidebar's form as data: its state, the PlanInput it stands for, and where each of
 * validatePlan's errors belongs on the form. No DOM here.
 */
import { FRAMEWORKS } from '../frameworks';
import { OFFERED_CHANNELS } from '../frameworks/channels';
import { isLanguage, translator } from '../i18n';
import { FIVE_S, findKpi, isVolume, type FiveS } from '../kpi/catalogue';
import { isoDate } from '../dates/serial';
import { COUNTRIES } from '../plan/countries';
import { WorkCalendar } from '../plan/calendar';
import {
  TARGET_MEANINGS,
  TIMELINES,
  type PlanError,
  type PlanInput,
  type TargetIs,
  type Timeline,
} from '../plan/types';

export interface ChannelChoice {
  name: string;
  checked: boolean;
  budget: string;
}

export interface ObjectiveChoice {
  category: FiveS;
  kpi: string;
  baseline: string;
  target: string;
  /** What a volume's target counts (sent for volume KPIs only: a rate's target is the rate). */
  targetIs: TargetIs;
}

export interface FormState {
  framework: string;
  business: string;
  currency: string;
  /** business.country: an ISO code, or '' for Monday to Friday and no holidays. */
  country: string;
  language: string;
  start: string;
  weeks: string;
  timeline: Timeline;
  reportDate: string;
  channels: ChannelChoice[];
  objectives: ObjectiveChoice[];
}

export function defaultState(today: number): FormState {
  const fw = FRAMEWORKS[0];
  const start = WorkCalendar.STANDARD.nextWorkingDay(today);
  return {
    framework: fw.id,
    business: '',
    currency: 'USD',
    country: '',
    language: 'en',
    start: isoDate(start),
    weeks: String(fw.defaultWeeks),
    timeline: 'week',
    reportDate: isoDate(start),
    // Every form offers the same channels; those of the framework come checked.
    channels: OFFERED_CHANNELS.map((name) => ({
      name,
      checked: fw.defaultChannels.includes(name),
      budget: '',
    })),
    objectives: [],
  };
}

/** A plain decimal, as a marketer types one: 1200, -3, 0.025, .5 (not 0x10, 1e3 or Infinity). */
const PLAIN_DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/**
 * A number field as the plan wants it: blank is left out, a plain decimal becomes a number, and
 * anything else is passed on as typed, for validatePlan to name ("not a number: "0x10"").
 */
function numberOf(text: unknown): number | string | undefined {
  const t = String(text ?? '').trim();
  if (t === '') return undefined;
  return PLAIN_DECIMAL.test(t) ? Number(t) : t;
}

/** The PlanInput the form stands for (validatePlan decides whether it is a good one). */
export function toPlanInput(state: FormState): PlanInput {
  const channels = state.channels.filter((c) => c.checked);
  return {
    framework: state.framework,
    language: state.language,
    business: {
      name: state.business,
      currency: state.currency,
      ...(state.country ? { country: state.country } : {}),
    },
    period: { start: state.start, weeks: numberOf(state.weeks) as number },
    timeline: state.timeline,
    reportDate: state.reportDate,
    // Offered channels go into the plan under their names in the plan's language.
    channels: channels.map((c) => ({
      name: translator(state.language)(`channel.${c.name}`),
      budget: numberOf(c.budget) as number,
    })),
    ...(state.objectives.length > 0
      ? {
          objectives: state.objectives.map((o) => ({
            category: o.category,
            kpi: o.kpi,
            baseline: numberOf(o.baseline) as number,
            target: numberOf(o.target) as number,
            ...(isVolumeKpi(o.kpi) ? { targetIs: o.targetIs } : {}),
          })),
        }
      : {}),
  };
}

/** Whether a KPI id names a volume (its target may count the baseline in). */
function isVolumeKpi(id: string): boolean {
  const def = findKpi(id);
  return def !== undefined && isVolume(def);
}

const str = (v: unknown, fallback: string) =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fallback;

/**
 * A remembered form, read defensively: it may come from an older version of the sidebar or be
 * damaged. Each field is kept only when it has the right shape; the rest come from `fallback`.
 */
export function restoreState(saved: unknown, fallback: FormState): FormState {
  if (typeof saved !== 'object' || saved === null) return fallback;
  const s = saved as Record<string, unknown>;
  const known = FRAMEWORKS.some((f) => f.id === s.framework);
  const channels = Array.isArray(s.channels)
    ? fallback.channels.map((c) => {
        const old = (s.channels as unknown[]).find(
          (x): x is Record<string, unknown> =>
            typeof x === 'object' && x !== null && (x as { name?: unknown }).name === c.name,
        );
        return old
          ? { name: c.name, checked: old.checked === true, budget: str(old.budget, '') }
          : c;
      })
    : fallback.channels;
  const objectives = Array.isArray(s.objectives)
    ? (s.objectives as unknown[]).flatMap((o): ObjectiveChoice[] => {
        if (typeof o !== 'object' || o === null) return [];
        const x = o as Record<string, unknown>;
        const category = FIVE_S.includes(x.category as FiveS) ? (x.category as FiveS) : 'sell';
        return [
          {
            category,
            kpi: str(x.kpi, 'revenue'),
            baseline: str(x.baseline, ''),
            target: str(x.target, ''),
            targetIs: TARGET_MEANINGS.includes(x.targetIs as TargetIs)
              ? (x.targetIs as TargetIs)
              : 'increase',
          },
        ];
      })
    : fallback.objectives;
  return {
    framework: known ? (s.framework as string) : fallback.framework,
    business: str(s.business, fallback.business),
    currency: str(s.currency, fallback.currency),
    country: COUNTRIES.includes(s.country as string) ? (s.country as string) : fallback.country,
    language: isLanguage(s.language) ? s.language : fallback.language,
    start: str(s.start, fallback.start),
    weeks: str(s.weeks, fallback.weeks),
    timeline: TIMELINES.includes(s.timeline as Timeline)
      ? (s.timeline as Timeline)
      : fallback.timeline,
    reportDate: str(s.reportDate, fallback.reportDate),
    channels,
    objectives,
  };
}

/**
 * The form field an error belongs to: its id in the form (see view.ts), or "form" for errors
 * that no single field owns.
 */
export function fieldOfError(error: PlanError, state: FormState): string {
  const p = error.path;
  const direct: Record<string, string> = {
    framework: 'framework',
    language: 'language',
    'business.name': 'business',
    'business.currency': 'currency',
    'business.country': 'country',
    'period.start': 'start',
    'period.weeks': 'weeks',
    timeline: 'timeline',
    reportDate: 'reportDate',
  };
  if (direct[p]) return direct[p];
  // The holidays the country brought (the Sheets sidebar sends them with the plan).
  if (p.startsWith('holidays')) return 'country';
  const channel = /^channels\[(\d+)\]/.exec(p);
  if (channel) {
    const name = state.channels.filter((c) => c.checked)[Number(channel[1])]?.name;
    return name ? `channel-budget-${name}` : 'channels';
  }
  const objective = /^objectives\[(\d+)\]\.(\w+)/.exec(p);
  if (objective) return `objective-${objective[2]}-${objective[1]}`;
  return 'form';
}
